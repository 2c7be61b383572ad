/**
 * One LMS session for the whole module. It lives in the launch page (the SCO / AU the LMS
 * starts), which frames the module: the module's pages come and go inside the frame, the
 * session stays, so the LMS sees one Initialize and one Terminate however many pages the
 * learner opens. Pages hand it their records through bridge.ts (as JSON text, so nothing of a
 * page that has gone is kept); it keeps the merged progress, reports each answer, the score and
 * the status, and saves the compressed progress for resume.
 */
import { CORRUPT_PREFIX, emptyProgress, mergeProgress, type ItemProgress, type Progress } from '../stores/progress-format.ts';
import { decodeState, encodeState, type ItemIndex, type LmsState } from './codec.ts';
import { interactionOf, summarize, type Interaction, type ModuleFacts, type ReportedAttempt, type Summary } from './report.ts';

/** What a standard (SCORM 1.2, SCORM 2004, cmi5) does with the session's news. */
export interface Reporter {
  /** The resume text the LMS kept ("" on a first launch). */
  savedText(): string;
  /** A mastery score set in the LMS, which overrides the package's. */
  masteryScore(): number | undefined;
  saveState(text: string): void;
  interaction(interaction: Interaction, score: number): void;
  status(summary: Summary, sessionMs: number): void;
  commit(): void;
  /** Session time, exit and the one Terminate. */
  finish(sessionMs: number): void;
}

/** The session as a module page sees it (window.__wfbbLms of the launch page). */
export interface PageSession {
  ready: Promise<void>;
  /** Whether an LMS answered (a launch page with no LMS API keeps progress in this browser only). */
  readonly connected: boolean;
  /** The progress the session holds (from the LMS and this launch), as JSON. */
  progressJson(): string;
  visit(lesson: string | undefined): void;
  /** `{ attempt, entry }` as JSON: a graded attempt the page's store has just saved. */
  record(json: string): void;
  /** The page's whole progress as JSON (an import, another tab's records). */
  update(json: string): void;
  flush(): void;
}

export class LmsSession implements PageSession {
  readonly ready: Promise<void>;
  readonly connected: boolean;
  state: LmsState = { progress: emptyProgress(), visited: [] };
  private readonly started = Date.now();
  private saving: Promise<void> = Promise.resolve();
  private ended = false;
  private facts: ModuleFacts;
  private readonly index: ItemIndex;

  constructor(
    facts: ModuleFacts,
    private readonly reporter: Reporter | undefined,
    private readonly log: (message: string) => void = (message) => console.warn(message),
  ) {
    this.facts = facts;
    this.connected = reporter !== undefined;
    this.index = { ids: facts.items.map((item) => item.id), lessonOf: Object.fromEntries(facts.items.map((item) => [item.id, item.lesson])) };
    this.ready = this.start();
  }

  private async start(): Promise<void> {
    if (!this.reporter) return;
    const mastery = this.reporter.masteryScore();
    if (mastery !== undefined && mastery >= 0 && mastery <= 1) this.facts = { ...this.facts, masteryScore: mastery };
    const text = this.reporter.savedText();
    const decoded = await decodeState(text, this.index);
    if ('state' in decoded) {
      this.state = decoded.state;
    } else {
      // Never lost: the unreadable text is kept beside the local progress, and not overwritten until a new record.
      this.log(`The progress the LMS kept could not be read (${decoded.problem}); starting from this browser's progress.`);
      try {
        localStorage.setItem(`${CORRUPT_PREFIX}lms.${new Date().toISOString()}`, text);
      } catch {
        // No storage: the LMS still holds the text until the next save.
      }
    }
  }

  get summary(): Summary {
    return summarize(this.state, this.facts);
  }

  progressJson(): string {
    return JSON.stringify(this.state.progress);
  }

  visit(lesson: string | undefined): void {
    if (!lesson || this.state.visited.includes(lesson)) return;
    this.state = { ...this.state, visited: [...this.state.visited, lesson] };
    this.save();
  }

  record(json: string): void {
    const { attempt, entry } = JSON.parse(json) as { attempt: ReportedAttempt; entry: ItemProgress };
    this.merge({ version: this.state.progress.version, items: { [attempt.item.id]: entry } });
    this.reporter?.interaction(interactionOf(attempt, new Date(entry.updatedAt)), attempt.grade.score);
    this.save();
  }

  update(json: string): void {
    this.merge(JSON.parse(json) as Progress);
    this.save();
  }

  private merge(incoming: Progress): void {
    this.state = { ...this.state, progress: mergeProgress(this.state.progress, incoming) };
  }

  /** Encodes the state, saves it with the status, and commits; saves run one after another. */
  private save(): void {
    if (!this.reporter || this.ended) return;
    const reporter = this.reporter;
    this.saving = this.saving
      .then(async () => {
        const text = await encodeState(this.state, this.index);
        if (this.ended) return;
        reporter.saveState(text);
        reporter.status(this.summary, Date.now() - this.started);
        reporter.commit();
      })
      .catch((error: unknown) => this.log(`LMS save failed: ${String(error)}`));
  }

  /** The page is hidden or going: commit what the LMS has. */
  flush(): void {
    if (this.reporter && !this.ended) this.reporter.commit();
  }

  /** The launch page is closing: session time, exit, Terminate (once). */
  end(): void {
    if (!this.reporter || this.ended) return;
    this.ended = true;
    this.reporter.finish(Date.now() - this.started);
  }

  /** Resolves once every save so far has reached the reporter (tests, and before a planned exit). */
  settled(): Promise<void> {
    return this.saving;
  }
}
