/**
 * The module page's side of an LMS package: bundled into every page of the LMS copies only
 * (scripts/lms/ adds it to the portable bundles), never into the web build or the portable copy.
 * It finds the launch page's session in a parent frame, merges the LMS's progress into the
 * page's store, and hands the session every record the store saves. Everything crosses the
 * frame as JSON text, so nothing of a page that has gone stays referenced.
 */
import { mergeProgress, type Progress } from '../stores/progress-format.ts';
import type { ProgressStore } from '../stores/progress.ts';
import type { PageSession } from './session.ts';

/** The progress store among a built chunk's exports (its export names are minified). */
export function storeAmong(exports: Record<string, unknown>): ProgressStore | undefined {
  return Object.values(exports).find(
    (value): value is ProgressStore =>
      typeof value === 'object' && value !== null && typeof (value as ProgressStore).onRecorded === 'function' && typeof (value as ProgressStore).recordGrade === 'function',
  );
}

/** The launch page's session in this window's parents, if any. */
export function findSession(win: Window): PageSession | undefined {
  let current = win;
  for (let depth = 0; depth < 8 && current.parent !== current; depth++) {
    current = current.parent;
    try {
      const session = (current as unknown as { __wfbbLms?: PageSession }).__wfbbLms;
      if (session) return session;
    } catch {
      return undefined; // another origin: not our launch page
    }
  }
  return undefined;
}

/** "lessons/genetics/index.html" → "genetics". */
export function lessonOf(pathname: string): string | undefined {
  return /\/lessons\/([a-z0-9]+(?:-[a-z0-9]+)*)\/(?:index\.html)?$/.exec(pathname)?.[1];
}

/** On <html> while the page runs inside an LMS session. */
const LMS_SESSION_ATTR = 'data-lms-session';

export function startBridge(chunk: Record<string, unknown>): void {
  const session = findSession(window);
  if (!session) {
    console.info('This page is not inside its LMS launch page: progress is kept in this browser only.');
    return;
  }
  // The LMS keeps the record, and merges it back on every page: "Reset progress" could not work
  // here, so the progress page offers it only outside an LMS (quiz.css).
  if (session.connected) document.documentElement.setAttribute(LMS_SESSION_ATTR, '');
  const store = storeAmong(chunk);
  if (!store) {
    console.warn('LMS: the progress store was not found in this build; nothing is reported.');
    return;
  }
  void session.ready.then(() => {
    const fromLms = JSON.parse(session.progressJson()) as Progress;
    store.progress.set(mergeProgress(store.progress.get(), fromLms));
    session.update(JSON.stringify(store.progress.get()));
    session.visit(lessonOf(location.pathname));
    store.onRecorded((attempt, entry) => {
      const { item, response, grade, latencyMs } = attempt;
      const plain = { item: { id: item.id, type: item.type }, response, grade: { score: grade.score, verdict: grade.verdict }, latencyMs };
      session.record(JSON.stringify({ attempt: plain, entry }));
    });
    store.progress.listen((progress) => session.update(JSON.stringify(progress)));
  });
  addEventListener('pagehide', () => session.flush());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') session.flush();
  });
}
