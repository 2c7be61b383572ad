/**
 * What the LMS keeps for the learner between launches (SCORM `suspend_data`, a cmi5 state
 * document): the saved progress and the lessons visited, packed, compressed with the browser's
 * CompressionStream (deflate-raw) and written in base64. SCORM 1.2 allows 4,096 characters;
 * full progress with review schedules is about 26,000 characters of JSON, and plain deflate
 * leaves 5,300. Packing (lossless) brings it under the limit: an item is named by its place in
 * the module's list, what the module knows (its lesson, the verdict of a score) is left out,
 * a best grade equal to the last is written once, and times are milliseconds since 2020.
 */
import { emptyProgress, parseProgress, verdictFor, type Progress } from '../stores/progress-format.ts';

/** The module's item ids in order, and each item's lesson (the launch page has them). */
export interface ItemIndex {
  ids: readonly string[];
  lessonOf: Readonly<Record<string, string>>;
}

const EPOCH = Date.UTC(2020, 0, 1);
const toTime = (iso: unknown) => (typeof iso === 'string' && /Z$/.test(iso) ? Date.parse(iso) - EPOCH : NaN);
const fromTime = (ms: number) => new Date(ms + EPOCH).toISOString();
type Json = Record<string, unknown>;

function packGrade(grade: Json): unknown[] {
  return grade.cbm === undefined ? [grade.score] : [grade.score, grade.cbm];
}
function unpackGrade(packed: unknown): Json {
  const [score, cbm] = packed as [number, number | undefined];
  return { score, verdict: verdictFor(score), ...(cbm === undefined ? {} : { cbm }) };
}
const sameGrade = (a: Json, b: Json) => a.score === b.score && a.cbm === b.cbm;

/** One saved item, packed. Fields the packer does not know are kept as they are under "x". */
function packItem(id: string, entry: Json, index: ItemIndex): Json {
  const { lastResponse, lastGrade, bestGrade, attempts, certainty, updatedAt, lesson, schedule, ...rest } = entry;
  const at = index.ids.indexOf(id);
  const t = toTime(updatedAt);
  const packed: Json = { i: at < 0 ? id : at, r: lastResponse, g: packGrade(lastGrade as Json) };
  if (!sameGrade(lastGrade as Json, bestGrade as Json) || (bestGrade as Json).verdict !== verdictFor((bestGrade as Json).score as number) || (lastGrade as Json).verdict !== verdictFor((lastGrade as Json).score as number)) {
    packed.b = bestGrade;
    packed.g = lastGrade;
  }
  if (attempts !== 1) packed.a = attempts;
  if (certainty !== undefined) packed.c = certainty;
  packed.t = Number.isNaN(t) || fromTime(t) !== updatedAt ? updatedAt : t;
  if (lesson !== index.lessonOf[id]) packed.l = lesson;
  if (schedule && typeof schedule === 'object') {
    const { due, stability, difficulty, reps, lapses, state, lastReview, ...more } = schedule as Json;
    const d = toTime(due);
    const r = toTime(lastReview);
    const exact = !Number.isNaN(d) && !Number.isNaN(r) && fromTime(d) === due && fromTime(r) === lastReview && Object.keys(more).length === 0;
    // Due and last review as offsets from the attempt's time: small numbers, which compress well.
    packed.s = exact && typeof packed.t === 'number' ? [d - packed.t, stability, difficulty, reps, lapses, state, r - packed.t] : schedule;
  } else if (schedule !== undefined) packed.s = schedule;
  if (Object.keys(rest).length) packed.x = rest;
  return packed;
}

function unpackItem(packed: Json, index: ItemIndex): [string, Json] {
  const id = typeof packed.i === 'number' ? index.ids[packed.i] : packed.i;
  if (typeof id !== 'string') throw new Error('an item has no id');
  const lastGrade = Array.isArray(packed.g) ? unpackGrade(packed.g) : (packed.g as Json);
  const t = packed.t;
  const entry: Json = {
    lastResponse: packed.r,
    lastGrade,
    bestGrade: packed.b ?? lastGrade,
    attempts: packed.a ?? 1,
    ...(packed.c === undefined ? {} : { certainty: packed.c }),
    updatedAt: typeof t === 'number' ? fromTime(t) : t,
    lesson: packed.l ?? index.lessonOf[id],
  };
  if (Array.isArray(packed.s) && typeof t === 'number') {
    const [d, stability, difficulty, reps, lapses, state, r] = packed.s as number[];
    entry.schedule = { due: fromTime(t + d!), stability, difficulty, reps, lapses, state, lastReview: fromTime(t + r!) };
  } else if (packed.s !== undefined) entry.schedule = packed.s;
  return [id, { ...entry, ...((packed.x as Json | undefined) ?? {}) }];
}

/** Progress as the packed form (lossless: unpackProgress gives back the same value). */
export function packProgress(progress: Progress, index: ItemIndex): Json {
  return { version: progress.version, items: Object.entries(progress.items).map(([id, entry]) => packItem(id, entry as unknown as Json, index)) };
}

export function unpackProgress(packed: Json, index: ItemIndex): unknown {
  const items = Array.isArray(packed.items) ? packed.items.map((item) => unpackItem(item as Json, index)) : [];
  return { version: packed.version, items: Object.fromEntries(items) };
}

export interface LmsState {
  progress: Progress;
  /** Lesson slugs the learner has opened (the completion rule counts them). */
  visited: string[];
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The state as the text an LMS keeps. */
export async function encodeState(state: LmsState, index: ItemIndex): Promise<string> {
  const json = JSON.stringify({ p: packProgress(state.progress, index), v: state.visited });
  return toBase64(await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw')));
}

/** The state back from the LMS's text, or why it cannot be read (never throws). */
export async function decodeState(text: string, index: ItemIndex): Promise<{ state: LmsState } | { problem: string }> {
  if (text.trim() === '') return { state: { progress: emptyProgress(), visited: [] } };
  let json: string;
  try {
    json = new TextDecoder().decode(await pipe(fromBase64(text.trim()), new DecompressionStream('deflate-raw')));
  } catch {
    return { problem: 'it is not compressed progress' };
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { problem: 'it is not valid JSON' };
  }
  const { p, v } = (value ?? {}) as { p?: unknown; v?: unknown };
  let progress: unknown;
  try {
    progress = unpackProgress((p ?? {}) as Json, index);
  } catch (error) {
    return { problem: `its progress cannot be unpacked (${(error as Error).message})` };
  }
  // Through parseProgress, so the store's reader (and any migration of an older format) decides.
  const parsed = parseProgress(JSON.stringify(progress));
  if ('problem' in parsed) return { problem: `its progress is not in the saved format: ${parsed.problem}` };
  const visited = Array.isArray(v) ? v.filter((slug): slug is string => typeof slug === 'string') : [];
  return { state: { progress: parsed.progress, visited } };
}
