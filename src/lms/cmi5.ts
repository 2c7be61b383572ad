/**
 * A small cmi5 client on fetch (no library: @xapi/cmi5 is 31 KB and still on @xapi/xapi 2; this
 * is what the module needs of it). The LMS launches the AU with endpoint, fetch, registration,
 * activityId and actor in the query string; the fetch URL gives the auth token once (so it is
 * kept in sessionStorage for a reload of the launch page); LMS.LaunchData gives the context
 * template, launch mode and mastery score. Statements go out in order, each with the template's
 * context, the registration and (for cmi5-defined verbs) the cmi5 category.
 */
import { isoDuration, type Interaction, type Summary } from './report.ts';

export interface Cmi5Launch {
  endpoint: string;
  fetchUrl: string;
  registration: string;
  activityId: string;
  actor: Record<string, unknown>;
}

/** The cmi5 launch parameters of a launch URL, or undefined when it has none (or they are broken). */
export function cmi5Launch(search: string): Cmi5Launch | undefined {
  const params = new URLSearchParams(search);
  const endpoint = params.get('endpoint');
  const fetchUrl = params.get('fetch');
  const registration = params.get('registration');
  const activityId = params.get('activityId');
  const actor = params.get('actor');
  if (!endpoint || !fetchUrl || !registration || !activityId || !actor) return undefined;
  try {
    const parsed: unknown = JSON.parse(actor);
    if (!parsed || typeof parsed !== 'object') return undefined;
    return { endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`, fetchUrl, registration, activityId, actor: parsed as Record<string, unknown> };
  } catch {
    return undefined;
  }
}

export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
export const MOVEON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
export const SESSION_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
/** Where the module keeps its resume state for the registration (an xAPI state document of its own). */
export const STATE_ID = 'wfbb-progress';

const verbs = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
} as const;
type Verb = keyof typeof verbs;

interface LaunchData {
  contextTemplate?: { contextActivities?: Record<string, unknown[]>; extensions?: Record<string, unknown> };
  launchMode?: string;
  masteryScore?: number;
  moveOn?: string;
}

/** What the module saved for this registration: the progress text and which verdicts were sent. */
interface SavedState {
  text: string;
  completed?: boolean;
  passed?: boolean;
  /** The score of the last "failed" sent: a failed statement goes out again only for a new score. */
  failedAt?: number;
}

const uuid = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => ((c === 'x' ? Math.random() * 16 : (Math.random() * 4) | 8) | 0).toString(16));

export class Cmi5Client {
  readonly errors: string[] = [];
  private token = '';
  private launchData: LaunchData = {};
  private saved: SavedState = { text: '' };
  /** Statements are sent one after another, in the order the module made them. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly launch: Cmi5Launch,
    private readonly log: (message: string) => void = (message) => console.warn(message),
  ) {}

  private headers(json = true): Record<string, string> {
    return {
      Authorization: `Basic ${this.token}`,
      'X-Experience-API-Version': '1.0.3',
      ...(json ? { 'Content-Type': 'application/json' } : {}),
    };
  }

  private stateUrl(stateId: string): string {
    const query = new URLSearchParams({
      stateId,
      activityId: this.launch.activityId,
      agent: JSON.stringify(this.launch.actor),
      registration: this.launch.registration,
    });
    return `${this.launch.endpoint}activities/state?${query}`;
  }

  private async request(url: string, init: RequestInit, what: string): Promise<Response | undefined> {
    try {
      const response = await fetch(url, init);
      if (!response.ok) {
        const message = `LRS refused ${what}: HTTP ${response.status} ${await response.text().catch(() => '')}`.trim();
        this.errors.push(message);
        this.log(message);
        return undefined;
      }
      return response;
    } catch (error) {
      const message = `LRS unreachable for ${what}: ${String(error)}`;
      this.errors.push(message);
      this.log(message);
      return undefined;
    }
  }

  /** Token, launch data and saved state; then "initialized". Resolves to the saved progress text. */
  async start(): Promise<boolean> {
    const key = `wfbb-cmi5-token:${this.launch.registration}`;
    try {
      this.token = sessionStorage.getItem(key) ?? '';
    } catch {
      // No sessionStorage: fetch the token (a reload of the launch page then cannot reuse it).
    }
    if (!this.token) {
      const response = await this.request(this.launch.fetchUrl, { method: 'POST' }, 'the auth token');
      const body = (await response?.json().catch(() => undefined)) as Record<string, unknown> | undefined;
      const token = body?.['auth-token'];
      if (typeof token !== 'string' || token === '') {
        this.log(`cmi5: no auth token from the fetch URL${body?.['error-text'] ? ` (${String(body['error-text'])})` : ''}`);
        return false;
      }
      this.token = token;
      try {
        sessionStorage.setItem(key, token);
      } catch {
        // Kept in memory only.
      }
    }
    const launchData = await this.request(this.stateUrl('LMS.LaunchData'), { headers: this.headers(false) }, 'LMS.LaunchData');
    if (!launchData) return false;
    this.launchData = (await launchData.json().catch(() => ({}))) as LaunchData;
    const state = await this.request(this.stateUrl(STATE_ID), { headers: this.headers(false) }, 'the saved state').catch(() => undefined);
    if (state) {
      const value = (await state.json().catch(() => undefined)) as SavedState | undefined;
      if (value && typeof value.text === 'string') this.saved = value;
    }
    this.send('initialized');
    return true;
  }

  /** The mastery score the LMS set for this AU, if any (it overrides the package's). */
  get masteryScore(): number | undefined {
    return typeof this.launchData.masteryScore === 'number' ? this.launchData.masteryScore : undefined;
  }

  get savedText(): string {
    return this.saved.text;
  }

  /** Only a Normal launch may record completion and success (Browse and Review may not). */
  private get normal(): boolean {
    return (this.launchData.launchMode ?? 'Normal') === 'Normal';
  }

  private context(defined: boolean, extra: { moveOn?: boolean; parent?: boolean } = {}): Record<string, unknown> {
    const template = this.launchData.contextTemplate ?? {};
    const activities: Record<string, unknown[]> = { ...(template.contextActivities ?? {}) };
    if (defined) {
      activities.category = [
        ...(activities.category ?? []),
        { id: CMI5_CATEGORY, objectType: 'Activity' },
        ...(extra.moveOn ? [{ id: MOVEON_CATEGORY, objectType: 'Activity' }] : []),
      ];
    }
    if (extra.parent) activities.parent = [{ id: this.launch.activityId, objectType: 'Activity' }];
    return { ...template, registration: this.launch.registration, contextActivities: activities };
  }

  private statement(verb: Verb, result?: Record<string, unknown>, object?: Record<string, unknown>, context?: Record<string, unknown>) {
    return {
      id: uuid(),
      timestamp: new Date().toISOString(),
      actor: this.launch.actor,
      verb: { id: verbs[verb], display: { 'en-US': verb } },
      object: object ?? { id: this.launch.activityId, objectType: 'Activity' },
      context: context ?? this.context(true, { moveOn: verb === 'completed' || verb === 'passed' || verb === 'failed' }),
      ...(result ? { result } : {}),
    };
  }

  private post(statement: object, keepalive = false): void {
    const body = JSON.stringify(statement);
    this.queue = this.queue.then(() =>
      this.request(`${this.launch.endpoint}statements`, { method: 'POST', headers: this.headers(), body, keepalive }, 'a statement'),
    );
  }

  private send(verb: Verb, result?: Record<string, unknown>): void {
    this.post(this.statement(verb, result));
  }

  answered(interaction: Interaction, score: number, name: string): void {
    const object = {
      id: `${this.launch.activityId}/items/${encodeURIComponent(interaction.id)}`,
      objectType: 'Activity',
      definition: {
        type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
        interactionType: interaction.type,
        name: { en: name },
      },
    };
    const result = {
      score: { scaled: score, raw: score, min: 0, max: 1 },
      success: interaction.result === 'correct',
      response: interaction.response,
      ...(interaction.latencyMs === undefined ? {} : { duration: isoDuration(interaction.latencyMs) }),
    };
    // "answered" is a cmi5-allowed statement: the template's context, no cmi5 category.
    this.post(this.statement('answered', result, object, this.context(false, { parent: true })));
  }

  /** Completed once per registration when the rule is met; then passed (once) or failed. */
  status(summary: Summary, sessionMs: number): void {
    if (!this.normal) return;
    if (summary.completed && !this.saved.completed) {
      this.saved.completed = true;
      this.send('completed', { completion: true, duration: isoDuration(sessionMs) });
    }
    if (summary.completed && !this.saved.passed && this.saved.failedAt !== summary.scaled) {
      if (summary.passed) this.saved.passed = true;
      else this.saved.failedAt = summary.scaled;
      this.send(summary.passed ? 'passed' : 'failed', { success: summary.passed, score: { scaled: summary.scaled }, duration: isoDuration(sessionMs) });
    }
  }

  /** Keeps the resume text (and the verdicts sent) in the registration's state document. */
  saveState(text: string, keepalive = false): void {
    this.saved.text = text;
    const body = JSON.stringify(this.saved);
    this.queue = this.queue.then(() =>
      this.request(this.stateUrl(STATE_ID), { method: 'PUT', headers: this.headers(), body, keepalive }, 'the saved state'),
    );
  }

  /**
   * The last statement of the session, sent at once with keepalive (the page is going: a request
   * queued behind one still in flight might never start). Its timestamp keeps it last.
   */
  terminate(sessionMs: number): Promise<unknown> {
    const body = JSON.stringify(this.statement('terminated', { duration: isoDuration(sessionMs) }));
    return this.request(`${this.launch.endpoint}statements`, { method: 'POST', headers: this.headers(), body, keepalive: true }, 'a statement');
  }
}
