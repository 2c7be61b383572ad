// client:engage (src/client-directives/engage.ts): when a quiz island hydrates; the controls work
// natively meanwhile, and a "Check answer" pressed before the island is live is not lost.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import engage from '../../src/client-directives/engage.ts';

type Load = Parameters<typeof engage>[0];

/** An island element holding one server-rendered item, and a fake loader that counts hydrations. */
function island(itemId = 'item-a') {
  const el = document.createElement('astro-island');
  el.innerHTML = `<div data-quiz-item="${itemId}"><input type="radio" name="o" value="a"><input type="text" value=""><button type="button">Check answer</button></div>`;
  document.body.append(el);
  const events: string[] = [];
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const hydrate = vi.fn(async () => {
    events.push('hydrate');
  });
  const load = vi.fn(async () => {
    events.push('load');
    await gate;
    return hydrate;
  }) as unknown as Load;
  return { el, load, hydrate, events, release };
}

/** Lets the directive's awaits (and its wait for a frame) finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

let observed: Element[] = [];
beforeEach(() => {
  localStorage.clear();
  observed = [];
  // Everything observed is in view at once.
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      constructor(private readonly callback: IntersectionObserverCallback) {}
      observe(target: Element) {
        observed.push(target);
        queueMicrotask(() => this.callback([{ isIntersecting: true, target } as IntersectionObserverEntry], this as unknown as IntersectionObserver));
      }
      disconnect() {}
    },
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('client:engage on a quiz item', () => {
  it('loads nothing on a first visit until the learner reaches for the item', async () => {
    const { el, load, hydrate, release } = island();
    engage(load, { name: 'engage', value: '' }, el);
    release();
    await settle();
    expect(load).not.toHaveBeenCalled();
    el.querySelector('input')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    el.querySelector('input')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
    expect(hydrate).toHaveBeenCalledTimes(1);
  });

  it('hydrates on a mouse pointer, and on a touch once its tap has landed (or a moment after a touch that scrolls)', async () => {
    const mouse = island();
    engage(mouse.load, { name: 'engage', value: '' }, mouse.el);
    mouse.release();
    mouse.el.firstElementChild!.dispatchEvent(new Event('pointerover', { bubbles: true }));
    await settle();
    expect(mouse.load).toHaveBeenCalledTimes(1);

    const tap = island();
    engage(tap.load, { name: 'engage', value: '' }, tap.el);
    tap.release();
    const radio = tap.el.querySelector('input')!;
    radio.dispatchEvent(new Event('touchstart', { bubbles: true }));
    await Promise.resolve();
    expect(tap.load).not.toHaveBeenCalled(); // not before the tap's own change shows
    radio.click();
    await settle();
    expect(tap.load).toHaveBeenCalledTimes(1);

    const scroll = island();
    engage(scroll.load, { name: 'engage', value: '' }, scroll.el);
    scroll.release();
    scroll.el.firstElementChild!.dispatchEvent(new Event('touchstart', { bubbles: true }));
    await settle();
    expect(scroll.load).not.toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(scroll.load).toHaveBeenCalledTimes(1);
  });

  it('hydrates when a control is changed without focus or pointer (assistive technology)', async () => {
    const { el, load, release } = island();
    engage(load, { name: 'engage', value: '' }, el);
    release();
    el.querySelector('input[type=text]')!.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('hydrates an item with a saved answer once it is in view, without being touched', async () => {
    localStorage.setItem('wfbb-progress', JSON.stringify({ version: 1, items: { 'item-a': {} } }));
    const saved = island('item-a');
    const other = island('item-b');
    engage(saved.load, { name: 'engage', value: '' }, saved.el);
    engage(other.load, { name: 'engage', value: '' }, other.el);
    saved.release();
    other.release();
    await settle();
    expect(saved.hydrate).toHaveBeenCalledTimes(1);
    expect(other.load).not.toHaveBeenCalled();
    expect(observed).toContain(saved.el.firstElementChild);
  });

  it('does not hydrate items from unreadable storage (the notice reports it)', async () => {
    localStorage.setItem('wfbb-progress', '{not json');
    const item = island();
    const notice = island('none');
    notice.el.innerHTML = '<div class="storage-notice" role="alert"></div>';
    engage(item.load, { name: 'engage', value: '' }, item.el);
    engage(notice.load, { name: 'engage', value: 'notice' }, notice.el);
    item.release();
    notice.release();
    await settle();
    expect(item.load).not.toHaveBeenCalled();
    expect(notice.hydrate).toHaveBeenCalledTimes(1);
  });

  it('leaves the storage notice asleep on a first visit and wakes it when an item hydrates', async () => {
    const item = island();
    const notice = island('none');
    notice.el.innerHTML = '<div class="storage-notice" role="alert"></div>';
    engage(notice.load, { name: 'engage', value: 'notice' }, notice.el);
    engage(item.load, { name: 'engage', value: '' }, item.el);
    item.release();
    notice.release();
    await settle();
    expect(notice.load).not.toHaveBeenCalled();
    item.el.firstElementChild!.dispatchEvent(new Event('pointerover', { bubbles: true }));
    await settle();
    expect(item.hydrate).toHaveBeenCalledTimes(1);
    expect(notice.hydrate).toHaveBeenCalledTimes(1);
  });

  it('hydrates every item on `quiz:hydrate` (projector mode) and when another tab saves this item', async () => {
    const a = island('item-a');
    const b = island('item-b');
    engage(a.load, { name: 'engage', value: '' }, a.el);
    engage(b.load, { name: 'engage', value: '' }, b.el);
    a.release();
    b.release();
    localStorage.setItem('wfbb-progress', JSON.stringify({ version: 1, items: { 'item-b': {} } }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'wfbb-progress' }));
    await settle();
    expect(b.hydrate).toHaveBeenCalledTimes(1);
    expect(a.load).not.toHaveBeenCalled();
    document.dispatchEvent(new Event('quiz:hydrate'));
    await settle();
    expect(a.hydrate).toHaveBeenCalledTimes(1);
    expect(b.hydrate).toHaveBeenCalledTimes(1);
  });

  it('holds no click: a radio touched while the code loads is checked at once, and stays so', async () => {
    const { el, load, events, release } = island();
    engage(load, { name: 'engage', value: '' }, el);
    const radio = el.querySelector<HTMLInputElement>('input[type=radio]')!;
    const clicks: boolean[] = [];
    el.addEventListener('click', () => clicks.push(radio.checked));
    radio.dispatchEvent(new Event('pointerover', { bubbles: true }));
    radio.click();
    expect(radio.checked).toBe(true); // the native toggle, not held
    expect(clicks).toEqual([true]);
    release();
    await settle();
    expect(events).toEqual(['load', 'hydrate']);
    expect(radio.checked).toBe(true);
    expect(clicks).toEqual([true]); // nothing replayed
  });

  it('holds a "Check answer" made while the code loads (no native submit) and submits it once when live', async () => {
    const { el, load, hydrate, release } = island();
    el.innerHTML = '<form data-quiz-item="item-a"><input type="radio" name="o" value="a"><button type="submit">Check answer</button></form>';
    const form = el.querySelector('form')!;
    const checks: string[] = [];
    // The island's own submit handler exists only once hydrated.
    hydrate.mockImplementation(async () => {
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        checks.push(new FormData(form).get('o') as string);
      });
    });
    engage(load, { name: 'engage', value: '' }, el);
    el.querySelector<HTMLInputElement>('input')!.click();
    const press = new SubmitEvent('submit', { bubbles: true, cancelable: true });
    form.dispatchEvent(press);
    expect(press.defaultPrevented).toBe(true); // no page reload
    expect(checks).toEqual([]);
    release();
    await settle();
    expect(hydrate).toHaveBeenCalledTimes(1);
    expect(checks).toEqual(['a']);
    await settle();
    expect(checks).toEqual(['a']);
  });
});
