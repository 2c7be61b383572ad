/**
 * What the module tells an LMS, as pure functions: the score, completion and success from the
 * saved progress; one interaction per graded answer; the time formats of SCORM 1.2, SCORM 2004
 * and xAPI. No DOM, no LMS calls (scorm.ts and cmi5.ts make those).
 */
import type { ItemType } from '../schemas/items/catalogue.ts';
import type { LmsState } from './codec.ts';

export interface ModuleItem {
  id: string;
  type: ItemType;
  lesson: string;
}

/** What the package step learns from the build and hands to the launch page. */
export interface ModuleFacts {
  title: string;
  items: ModuleItem[];
  /** Slugs of every lesson page. */
  lessons: string[];
  /** Scaled score (0-1) at or above which the learner has passed. */
  masteryScore: number;
}

export interface Summary {
  /** Mean of the best score of every item of the module (unanswered items count 0), in [0, 1]. */
  scaled: number;
  answered: number;
  total: number;
  lessonsVisited: number;
  lessons: number;
  /** The completion rule: every lesson opened and every item answered at least once. */
  completed: boolean;
  passed: boolean;
}

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

export function summarize(state: LmsState, facts: ModuleFacts): Summary {
  let sum = 0;
  let answered = 0;
  for (const item of facts.items) {
    const entry = state.progress.items[item.id];
    if (!entry) continue;
    answered++;
    sum += entry.bestGrade.score;
  }
  const total = facts.items.length;
  const scaled = total === 0 ? 0 : round(sum / total, 4);
  const visited = new Set(state.visited);
  const lessonsVisited = facts.lessons.filter((slug) => visited.has(slug)).length;
  return {
    scaled,
    answered,
    total,
    lessonsVisited,
    lessons: facts.lessons.length,
    completed: answered === total && lessonsVisited === facts.lessons.length,
    passed: scaled >= facts.masteryScore,
  };
}

/** SCORM 2004 / xAPI interaction types (SCORM 1.2 has no `other`: see scorm12Type). */
export type InteractionType = 'choice' | 'sequencing' | 'matching' | 'likert' | 'fill-in' | 'other';

export interface Interaction {
  id: string;
  type: InteractionType;
  /** In SCORM 2004 / xAPI notation ("a[,]b", "p1[.]poh"). */
  response: string;
  result: 'correct' | 'incorrect' | number;
  latencyMs?: number;
  timestamp: Date;
  /** The item's type, as the catalogue names it. */
  itemType: ItemType;
}

/** What the LMS reporter gets of one graded attempt (store's GradedAttempt, plain data). */
export interface ReportedAttempt {
  item: { id: string; type: ItemType };
  response: object;
  grade: { score: number; verdict: 'correct' | 'partial' | 'incorrect' };
  latencyMs?: number;
}

/** Identifier characters SCORM 2004 allows in a short identifier. */
const identifier = (value: unknown) => String(value).replace(/[^\w\-().:=@;$!*'%/#+]/g, '_') || '_';
/** Free text on one line, without the delimiters, at most `max` characters. */
const oneLine = (value: unknown, max: number) =>
  String(value)
    .replace(/\[[,.:]\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max);

function responseOf(type: ItemType, response: Record<string, unknown>): { type: InteractionType; response: string } {
  const list = (value: unknown) => (Array.isArray(value) ? value.map(identifier) : []);
  switch (type) {
    case 'single':
      return { type: 'choice', response: identifier(response.choice) };
    case 'multi':
      return { type: 'choice', response: [...new Set(list(response.choices))].join('[,]') };
    case 'order':
      return { type: 'sequencing', response: list(response.order).join('[,]') };
    case 'rank':
      return { type: 'sequencing', response: list(response.ranked).join('[,]') };
    case 'match': {
      const pairs = Object.entries((response.pairs ?? {}) as Record<string, unknown>);
      return { type: 'matching', response: pairs.map(([premise, choice]) => `${identifier(premise)}[.]${identifier(choice)}`).join('[,]') };
    }
    case 'sct':
      return { type: 'likert', response: identifier(response.value) };
    case 'text':
      return { type: 'fill-in', response: oneLine(response.text, 250) };
    case 'twoTier':
      return { type: 'other', response: `answer=${identifier(response.choice)};reason=${identifier(response.reason)}` };
    case 'hotspot':
      return typeof response.region === 'string'
        ? { type: 'choice', response: identifier(response.region) }
        : { type: 'other', response: `point=${round(Number(response.x), 2)},${round(Number(response.y), 2)}` };
  }
}

export function interactionOf(attempt: ReportedAttempt, timestamp: Date): Interaction {
  const { type, response } = responseOf(attempt.item.type, attempt.response as Record<string, unknown>);
  const { score, verdict } = attempt.grade;
  return {
    id: attempt.item.id,
    type,
    response,
    result: verdict === 'correct' ? 'correct' : verdict === 'incorrect' ? 'incorrect' : round(score, 4),
    ...(attempt.latencyMs === undefined ? {} : { latencyMs: attempt.latencyMs }),
    timestamp,
    itemType: attempt.item.type,
  };
}

/** SCORM 1.2 has no `other`: `performance` takes free text there. */
export function scorm12Type(type: InteractionType): string {
  return type === 'other' ? 'performance' : type;
}

/** SCORM 1.2 writes the 2004 delimiters as plain "," and ".". */
export function scorm12Response(response: string): string {
  return response.replace(/\[,\]/g, ',').replace(/\[\.\]/g, '.').slice(0, 255);
}

/** SCORM 1.2 CMITimespan: HH:MM:SS.SS. */
export function scorm12Timespan(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centis / 360000);
  const minutes = Math.floor((centis % 360000) / 6000);
  const seconds = (centis % 6000) / 100;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(hours).padStart(4, '0')}:${pad(minutes)}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/** SCORM 1.2 CMITime: the time of day, HH:MM:SS (UTC). */
export function scorm12Time(date: Date): string {
  return date.toISOString().slice(11, 19);
}

/** ISO 8601 duration (SCORM 2004 timeinterval, xAPI duration): PT1H2M3.45S. */
export function isoDuration(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centis / 360000);
  const minutes = Math.floor((centis % 360000) / 6000);
  const seconds = (centis % 6000) / 100;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${Number(seconds.toFixed(2))}S`;
}
