/**
 * "Scan the room": the panel that reads the room's answer cards through the teacher's camera
 * and fills the tally of the item in view (through ./room-scan.ts), live. Loaded when the
 * button is first pressed (./scan-control.ts); js-aruco2 (./aruco.ts) loads when the camera
 * starts. Frames are read a few times a second from a <video> through a small canvas and
 * dropped at once: nothing is recorded or stored.
 */
import './scanner.css';
import { withBase } from '../lib/paths.ts';
import { CARD_COUNT, tallyRoom, type CardLetter } from './cards.ts';
import { cardsInUse, roomScan } from './room-scan.ts';
import { cameraPossible } from './scan-control.ts';
import type { Frame } from './aruco.ts';

/** Frames read per second at most: enough to follow a sweep of the room, light on a laptop. */
const READS_PER_SECOND = 6;
/** The longest side a frame is read at (the detector's time grows with the pixels). */
const READ_WIDTH = 1280;
/** Screen readers hear the count at most this often (the screen shows it at once). */
const ANNOUNCE_EVERY_MS = 4000;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.textContent = text;
  return node;
}

/** The quiz item on screen now, if any: the first one of the current step that is laid out. */
function itemInView(): HTMLElement | undefined {
  const step = document.querySelector('.lesson-step[data-current]');
  return [...(step?.querySelectorAll<HTMLElement>('[data-quiz-item]') ?? [])].find((item) => item.getClientRects().length > 0);
}

export function createScanner(main: HTMLElement, button: HTMLButtonElement): { toggle(): void } {
  const panel = el('section', { class: 'room-scan', id: 'room-scan', 'aria-labelledby': 'room-scan-title', 'data-room-scan': '' });
  panel.hidden = true;
  button.setAttribute('aria-controls', panel.id);
  const target = el('p', { class: 'room-scan__for' });
  const video = el('video', { muted: '', playsinline: '', 'aria-label': 'What the camera sees' });
  video.muted = true;
  const progress = el('p', { class: 'room-scan__progress', 'data-room-scan-progress': '' });
  const missing = el('p', { class: 'room-scan__missing', 'data-room-scan-missing': '' });
  const live = el('p', { class: 'visually-hidden', 'aria-live': 'polite' });
  const inUseId = 'room-scan-in-use';
  const inUse = el('input', { id: inUseId, type: 'number', inputmode: 'numeric', min: '1', max: String(CARD_COUNT), step: '1' });
  inUse.value = String(cardsInUse.get());
  const restart = el('button', { type: 'button' }, 'Start again');
  const close = el('button', { type: 'button' }, 'Stop and close');
  const row = el('div', { class: 'room-scan__row' });
  row.append(el('label', { for: inUseId }, 'Cards handed out'), inUse, restart, close);
  const print = el('p', { class: 'meta' });
  print.append('No cards yet? ', el('a', { href: withBase('cards/') }, 'Print the answer cards'), '.');
  panel.append(el('h2', { id: 'room-scan-title' }, 'Scan the room'), target, video, progress, missing, live, row, print);
  main.append(panel);

  let stream: MediaStream | undefined;
  let running = false;
  let lastRead = 0;
  let lastAnnounced = 0;
  let read: ((frame: Frame) => { card: number; answer: CardLetter }[]) | undefined;
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });

  function describeTarget(item: string | null) {
    const where = item === null ? null : document.querySelector(`[data-quiz-item="${CSS.escape(item)}"] .quiz__stem`);
    const words = where?.textContent?.trim().replace(/\s+/g, ' ');
    target.textContent = item
      ? `Counting the answers to: ${words ? (words.length > 90 ? `${words.slice(0, 88)}…` : words) : 'the question on screen'}. Reveal to see the counts in the tally.`
      : 'No question on this screen: move to one, and the cards are counted for it.';
  }

  function show() {
    const scan = roomScan.get();
    if (!scan) return;
    const { answered, missing: notYet } = tallyRoom(scan.answers, scan.inUse);
    progress.textContent = `${answered} of ${scan.inUse} cards answered${scan.live ? '' : ' (camera stopped)'}.`;
    missing.textContent = notYet.length ? `Not answered: ${notYet.join(', ')}.` : 'Every card has answered.';
    const now = performance.now();
    if (now - lastAnnounced > ANNOUNCE_EVERY_MS) {
      lastAnnounced = now;
      live.textContent = progress.textContent;
    }
  }

  /** A fresh count for the item in view (answers never carry over from one question to the next). */
  function begin() {
    const item = itemInView()?.dataset.quizItem ?? null;
    roomScan.set({ item, answers: {}, inUse: cardsInUse.get(), live: running });
    describeTarget(item);
    show();
  }

  function readFrame() {
    if (!read || !context || video.videoWidth === 0) return;
    const scale = Math.min(1, READ_WIDTH / Math.max(video.videoWidth, video.videoHeight));
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    const cards = read(context.getImageData(0, 0, canvas.width, canvas.height));
    const scan = roomScan.get();
    const item = itemInView()?.dataset.quizItem ?? null;
    // Another question on screen: count afresh. A screen with none (the key, the tally) keeps the count.
    if (!scan || (item !== null && scan.item !== item)) return begin();
    if (!cards.length) return;
    const answers = { ...scan.answers };
    let changed = false;
    for (const { card, answer } of cards) {
      if (card > scan.inUse || answers[card] === answer) continue;
      answers[card] = answer; // a student who turns the card changes their answer
      changed = true;
    }
    if (changed) {
      roomScan.set({ ...scan, answers });
      show();
    }
  }

  function loop() {
    if (!running) return;
    const now = performance.now();
    if (now - lastRead >= 1000 / READS_PER_SECOND) {
      lastRead = now;
      readFrame();
    }
    if ('requestVideoFrameCallback' in video) video.requestVideoFrameCallback(loop);
    else requestAnimationFrame(loop);
  }

  async function startCamera() {
    if (!cameraPossible()) {
      video.hidden = true;
      progress.textContent =
        'The camera needs a secure connection (HTTPS, or a copy opened on this computer); this copy is served over plain HTTP, so the browser will not offer it. Count a show of hands and type the numbers into the tally after Reveal.';
      missing.textContent = '';
      return;
    }
    progress.textContent = 'Starting the camera…';
    try {
      const [reader, media] = await Promise.all([
        import('./aruco.ts').then((aruco) => aruco.createCardReader()),
        navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment', width: { ideal: 1920 }, height: { ideal: 1080 } }, audio: false }),
      ]);
      if (panel.hidden) {
        for (const track of media.getTracks()) track.stop();
        return;
      }
      read = reader;
      stream = media;
      video.srcObject = media;
      await video.play();
      running = true;
      begin();
      loop();
    } catch (error) {
      const name = (error as { name?: string }).name;
      progress.textContent =
        name === 'NotAllowedError'
          ? 'The browser was not allowed to use the camera. Allow it (the camera icon in the address bar) and press Scan the room again, or type the counts into the tally.'
          : name === 'NotFoundError' || name === 'OverconstrainedError'
            ? 'No camera was found. Connect one and press Scan the room again, or type the counts into the tally.'
            : `The camera could not start (${name ?? String(error)}). Type the counts into the tally instead.`;
      stopCamera();
    }
  }

  function stopCamera() {
    running = false;
    for (const track of stream?.getTracks() ?? []) track.stop();
    stream = undefined;
    video.srcObject = null;
    const scan = roomScan.get();
    // The counts stay in the tally; the scan is over.
    if (scan?.live) roomScan.set({ ...scan, live: false });
  }

  function open(on: boolean) {
    if (on === !panel.hidden) return;
    panel.hidden = !on;
    button.setAttribute('aria-expanded', String(on));
    // The step makes room for the panel (src/styles/cards.css); the stage measures it again on a resize.
    if (on) document.documentElement.dataset.roomScanOpen = '';
    else delete document.documentElement.dataset.roomScanOpen;
    dispatchEvent(new Event('resize'));
    if (on) {
      void startCamera();
      close.focus();
    } else {
      stopCamera();
      lastAnnounced = 0;
      show();
    }
  }

  inUse.addEventListener('change', () => {
    const n = Math.round(Number(inUse.value));
    const valid = Number.isFinite(n) && n >= 1 && n <= CARD_COUNT ? n : cardsInUse.get();
    inUse.value = String(valid);
    cardsInUse.set(valid);
    const scan = roomScan.get();
    if (scan) roomScan.set({ ...scan, inUse: valid });
    show();
  });
  restart.addEventListener('click', begin);
  close.addEventListener('click', () => {
    open(false);
    button.focus();
  });
  panel.addEventListener('keydown', (event) => {
    // Escape closes the panel, not projector mode.
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      open(false);
      button.focus();
    }
  });
  // Leaving projector mode (or the page) lets go of the camera.
  new MutationObserver(() => document.documentElement.dataset.mode !== 'present' && open(false)).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['data-mode'],
  });
  addEventListener('pagehide', () => open(false));

  return { toggle: () => open(panel.hidden !== false) };
}
