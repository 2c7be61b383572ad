/** `sct` script concordance: panel[value] / max(panel) (aggregate scoring). */
import type { SctItemInput } from '../schemas/items/sct.ts';
import type { Feedback, Grade, SctResponse } from './types.ts';
import { expectItem, expectShape, fail, finish } from './validate.ts';

type SctKey = '-2' | '-1' | '0' | '1' | '2';
const SCALE: readonly SctKey[] = ['-2', '-1', '0', '1', '2'];

/** A scale value as learners see it: -2, -1, 0, +1, +2. */
export function formatSctValue(value: number | string): string {
  const n = Number(value);
  return n > 0 ? `+${n}` : String(n);
}

/** Throws GradingError unless `response` is `{ value }` with an integer from -2 to 2. */
export function validateSctResponse(item: SctItemInput, response: unknown): SctResponse {
  expectItem(item, 'sct');
  const r = expectShape(item, response, ['value']);
  if (typeof r.value !== 'number' || !Number.isFinite(r.value)) {
    fail(
      item,
      'wrong-shape',
      'value',
      `value must be an integer from -2 to 2, not ${JSON.stringify(r.value)}`,
    );
  }
  if (!Number.isInteger(r.value) || r.value < -2 || r.value > 2) {
    fail(item, 'out-of-range', 'value', `value must be an integer from -2 to 2, not ${r.value}`);
  }
  return r as unknown as SctResponse;
}

export function gradeSct(item: SctItemInput, response: SctResponse): Grade {
  const { value } = validateSctResponse(item, response);
  const key = String(value) as SctKey; // String(-0) is "0"
  const counts = SCALE.map((k) => item.panel[k]);
  const top = Math.max(...counts);
  const total = counts.reduce((sum, n) => sum + n, 0);
  if (!(top > 0)) fail(item, 'broken-item', 'panel', 'the panel needs at least one count above 0');

  const experts = `${total} expert${total === 1 ? '' : 's'}`;
  const modal = (k: SctKey) => (item.panel[k] === top ? " (the panel's most common answer)" : '');
  const chosen = item.panel[key];
  const feedback: Feedback[] = [];
  const authored = item.feedback?.[key];
  if (authored) feedback.push({ kind: 'option', target: key, correct: chosen === top, message: authored });
  feedback.push({
    kind: 'panel',
    target: key,
    correct: chosen === top,
    message:
      chosen > 0
        ? `${chosen} of ${experts} chose ${formatSctValue(key)}${modal(key)}, as you did.`
        : `None of the ${experts} chose ${formatSctValue(key)}, as you did.`,
  });
  const others = SCALE.filter((k) => k !== key && item.panel[k] > 0).sort(
    (a, b) => item.panel[b] - item.panel[a] || Number(a) - Number(b),
  );
  for (const k of others) {
    feedback.push({
      kind: 'panel',
      target: k,
      message: `${item.panel[k]} of ${experts} chose ${formatSctValue(k)}${modal(k)}.`,
    });
  }
  return finish(item, chosen / top, feedback, response);
}
