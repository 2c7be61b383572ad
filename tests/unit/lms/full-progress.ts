// A learner who answered every item of the module, the way the store saves it: realistic
// responses from the real answer keys (wrong answers as well as right ones, long short-answer
// text), several attempts, certainty, and, per progress format v2, an FSRS review schedule on
// every item (floats rounded to 2 decimals, as the contract says).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../../..');

interface RawItem {
  id: string;
  type: string;
  confidence?: boolean;
  options?: { id: string; correct?: boolean }[];
  steps?: { id: string }[];
  premises?: { id: string; answer: string }[];
  reasons?: { id: string }[];
  answer?: string;
  reason?: string;
  k?: number;
  accept?: string[];
  regions?: { id: string }[];
}

/** Every item asks a certainty unless its YAML opts out with `confidence: false`. */
const asksCertainty = (item: RawItem) => item.confidence !== false;

export function moduleItems(): (RawItem & { lesson: string })[] {
  const dir = path.join(root, 'content/questions');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((f) => (parse(readFileSync(path.join(dir, f), 'utf8')) as RawItem[]).map((item) => ({ ...item, lesson: f.replace(/\.yaml$/, '') })));
}

function responseOf(item: RawItem, n: number): Record<string, unknown> {
  const ids = (list?: { id: string }[]) => (list ?? []).map((o) => o.id);
  switch (item.type) {
    case 'single':
      return { choice: n % 3 === 0 ? ids(item.options).find((id) => id !== item.answer) : item.answer };
    case 'multi':
      return { choices: (item.options ?? []).filter((o, i) => o.correct || i === n % 4).map((o) => o.id) };
    case 'order':
      return { order: n % 2 ? ids(item.steps).reverse() : ids(item.steps) };
    case 'match':
      return { pairs: Object.fromEntries((item.premises ?? []).map((p) => [p.id, p.answer])) };
    case 'twoTier':
      return { choice: item.answer, reason: n % 2 ? ids(item.reasons).find((id) => id !== item.reason) : item.reason };
    case 'sct':
      return { value: (n % 5) - 2 };
    case 'rank':
      return { ranked: ids(item.options).slice(0, item.k ?? 3) };
    case 'text':
      // Longer than the key: what a learner types, with a typo and a hedge.
      return { text: `${item.accept?.[0] ?? 'an answer'}, I think (paternaly inherited?)` };
    case 'hotspot':
      return n % 2 ? { x: 412.37 + n, y: 188.91 + n } : { region: ids(item.regions)[n % Math.max(1, ids(item.regions).length)] };
  }
  throw new Error(`unknown item type ${item.type}`);
}

/** Saved progress (format v2 shape) with every item answered. */
export function fullProgress(withSchedule = true) {
  const items: Record<string, unknown> = {};
  moduleItems().forEach((item, n) => {
    const score = [1, 0, 0.67, 1, 0.5][n % 5]!;
    const verdict = score === 1 ? 'correct' : score === 0 ? 'incorrect' : 'partial';
    // Certainty-based marks as format v1 allows them (v2 also allows partial credit's scaled marks).
    const cbm = score === 1 ? 3 : score === 0 ? -2 : withSchedule ? -0.67 : undefined;
    const grade = { score, verdict, ...(asksCertainty(item) && cbm !== undefined ? { cbm } : {}) };
    const day = String(1 + (n % 28)).padStart(2, '0');
    items[item.id] = {
      lastResponse: responseOf(item, n),
      lastGrade: grade,
      bestGrade: grade,
      attempts: 1 + (n % 4),
      ...(asksCertainty(item) ? { certainty: withSchedule ? n % 4 : 1 + (n % 3) } : {}),
      updatedAt: `2026-11-${day}T${String(n % 24).padStart(2, '0')}:${String((n * 7) % 60).padStart(2, '0')}:13.${String(100 + n).slice(-3)}Z`,
      lesson: item.lesson,
      ...(withSchedule
        ? {
            schedule: {
              due: `2026-12-${day}T08:${String(n % 60).padStart(2, '0')}:00.000Z`,
              stability: Math.round((2.31 + n * 1.37) * 100) / 100,
              difficulty: Math.round((4.93 + (n % 7) * 0.61) * 100) / 100,
              reps: 1 + (n % 5),
              lapses: n % 3,
              state: (n % 4) as 0 | 1 | 2 | 3,
              lastReview: `2026-11-${day}T${String(n % 24).padStart(2, '0')}:${String((n * 7) % 60).padStart(2, '0')}:13.000Z`,
            },
          }
        : {}),
    };
  });
  return { version: withSchedule ? 2 : 1, items };
}
