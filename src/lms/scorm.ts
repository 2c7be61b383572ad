/**
 * The SCO side of SCORM 1.2 and SCORM 2004, our own: API discovery as the SCORM run-time
 * documents it (walk up the parent frames, then the opener's), the calls, and error handling
 * that logs the runtime's GetLastError code and GetErrorString text. A value the LMS refuses is
 * logged and skipped: the learner's record is already saved locally by the store.
 */
import {
  isoDuration,
  scorm12Response,
  scorm12Time,
  scorm12Timespan,
  scorm12Type,
  type Interaction,
  type Summary,
} from './report.ts';

export type ScormVersion = '1.2' | '2004';

/** The LMS API object (SCORM 1.2 `API`, SCORM 2004 `API_1484_11`): every call takes and returns strings. */
type ScormApi = Record<string, (...args: string[]) => string>;

const calls = {
  '1.2': {
    name: 'API',
    initialize: 'LMSInitialize',
    terminate: 'LMSFinish',
    get: 'LMSGetValue',
    set: 'LMSSetValue',
    commit: 'LMSCommit',
    lastError: 'LMSGetLastError',
    errorString: 'LMSGetErrorString',
  },
  '2004': {
    name: 'API_1484_11',
    initialize: 'Initialize',
    terminate: 'Terminate',
    get: 'GetValue',
    set: 'SetValue',
    commit: 'Commit',
    lastError: 'GetLastError',
    errorString: 'GetErrorString',
  },
} as const;

/** The API object in `win` or one of its parents (at most 7 levels up, as ADL's findAPI), if any. */
function scan(win: Window, name: string): ScormApi | undefined {
  let current: Window = win;
  for (let depth = 0; depth <= 7; depth++) {
    try {
      const api = (current as unknown as Record<string, unknown>)[name];
      if (api && typeof api === 'object') return api as ScormApi;
    } catch {
      // A frame of another origin: its properties cannot be read; go on up.
    }
    if (!current.parent || current.parent === current) return undefined;
    current = current.parent;
  }
  return undefined;
}

/** SCORM's findAPI: this window's parents, then the opener and its parents. */
export function findApi(win: Window, version: ScormVersion): ScormApi | undefined {
  const name = calls[version].name;
  const found = scan(win, name);
  if (found) return found;
  try {
    if (win.opener) return scan(win.opener as Window, name);
  } catch {
    // An opener of another origin.
  }
  return undefined;
}

export interface LmsError {
  call: string;
  element?: string;
  code: string;
  message: string;
}

/** One SCORM session: initialised once, every call checked, errors logged with the runtime's code. */
export class ScormConnection {
  readonly errors: LmsError[] = [];
  private readonly names: (typeof calls)[ScormVersion];
  private live = false;

  constructor(
    private readonly api: ScormApi,
    readonly version: ScormVersion,
    private readonly log: (message: string) => void = (message) => console.warn(message),
  ) {
    this.names = calls[version];
  }

  private call(which: keyof (typeof calls)[ScormVersion], ...args: string[]): string {
    const fn = this.api[this.names[which]];
    if (typeof fn !== 'function') return 'false';
    try {
      return String(fn.apply(this.api, args));
    } catch (error) {
      this.log(`LMS ${this.names[which]} threw: ${String(error)}`);
      return 'false';
    }
  }

  private failed(call: string, element?: string): void {
    const code = this.call('lastError');
    const message = this.call('errorString', code);
    const error = { call, ...(element === undefined ? {} : { element }), code, message };
    this.errors.push(error);
    this.log(`LMS refused ${call}${element ? `(${element})` : ''}: error ${code} ${message}`);
  }

  initialize(): boolean {
    if (this.live) return true;
    this.live = this.call('initialize', '') === 'true';
    if (!this.live) this.failed(this.names.initialize);
    return this.live;
  }

  get(element: string): string {
    const value = this.call('get', element);
    const code = this.call('lastError');
    // An element not yet set is "" with code 0 (1.2) or 403 "not initialized" (2004); anything else is a refusal.
    if (code !== '0' && code !== '' && code !== '403') this.failed(`${this.names.get}`, element);
    return value;
  }

  set(element: string, value: string): boolean {
    if (!this.live) return false;
    const ok = this.call('set', element, value) === 'true';
    if (!ok) this.failed(this.names.set, element);
    return ok;
  }

  commit(): boolean {
    if (!this.live) return false;
    const ok = this.call('commit', '') === 'true';
    if (!ok) this.failed(this.names.commit);
    return ok;
  }

  terminate(): void {
    if (!this.live) return;
    if (this.call('terminate', '') !== 'true') this.failed(this.names.terminate);
    this.live = false;
  }

  get active(): boolean {
    return this.live;
  }
}

/** Writes the module's state into the SCORM data model of either version. */
export class ScormReporter {
  constructor(readonly connection: ScormConnection) {}

  private get v12() {
    return this.connection.version === '1.2';
  }

  /** The resume text the LMS kept, or "" on a first launch. */
  suspendData(): string {
    return this.connection.get('cmi.suspend_data');
  }

  saveState(text: string): void {
    this.connection.set('cmi.suspend_data', text);
  }

  status(summary: Summary): void {
    const set = (element: string, value: string) => this.connection.set(element, value);
    const raw = String(Math.round(summary.scaled * 100));
    if (this.v12) {
      set('cmi.core.score.min', '0');
      set('cmi.core.score.max', '100');
      set('cmi.core.score.raw', raw);
      set('cmi.core.lesson_status', summary.completed ? (summary.passed ? 'passed' : 'failed') : 'incomplete');
    } else {
      set('cmi.score.min', '0');
      set('cmi.score.max', '100');
      set('cmi.score.raw', raw);
      set('cmi.score.scaled', String(summary.scaled));
      set('cmi.progress_measure', String(summary.total ? Math.round((summary.answered / summary.total) * 100) / 100 : 0));
      set('cmi.completion_status', summary.completed ? 'completed' : 'incomplete');
      set('cmi.success_status', summary.passed ? 'passed' : summary.completed ? 'failed' : 'unknown');
    }
  }

  interaction(interaction: Interaction): void {
    const n = Number.parseInt(this.connection.get('cmi.interactions._count'), 10) || 0;
    const at = `cmi.interactions.${n}.`;
    const set = (element: string, value: string) => this.connection.set(at + element, value);
    // The id first: the LMS refuses the other fields of an interaction that has none.
    if (!set('id', interaction.id)) return;
    if (this.v12) {
      set('type', scorm12Type(interaction.type));
      set('student_response', scorm12Response(interaction.response));
      set('result', interaction.result === 'incorrect' ? 'wrong' : String(interaction.result));
      if (interaction.latencyMs !== undefined) set('latency', scorm12Timespan(interaction.latencyMs));
      set('time', scorm12Time(interaction.timestamp));
    } else {
      set('type', interaction.type);
      set('timestamp', interaction.timestamp.toISOString());
      set('learner_response', interaction.response);
      set('result', String(interaction.result));
      if (interaction.latencyMs !== undefined) set('latency', isoDuration(interaction.latencyMs));
      set('description', interaction.itemType);
    }
  }

  commit(): void {
    this.connection.commit();
  }

  /** Session time and exit, then the one Terminate of the session. */
  finish(sessionMs: number): void {
    if (this.v12) {
      this.connection.set('cmi.core.session_time', scorm12Timespan(sessionMs));
      this.connection.set('cmi.core.exit', 'suspend');
    } else {
      this.connection.set('cmi.session_time', isoDuration(sessionMs));
      this.connection.set('cmi.exit', 'suspend');
    }
    this.connection.commit();
    this.connection.terminate();
  }
}
