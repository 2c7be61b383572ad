/** `sct` script concordance: panel[value] / max(panel) (aggregate scoring). */
import { isSctValue, sctKeyOf, sctKeys, sctValueLabel, type SctKey, type SctValue } from '../schemas/items/catalogue.ts';
import type { SctItemInput } from '../schemas/items/sct.ts';
import type { Feedback, Grade, SctResponse } from './types.ts';
import { expectItem, expectShape, fail, finish } from './validate.ts';

/** Throws GradingError unless `response` is `{ value }` with an integer from -2 to 2. */
export function validateSctResponse(item: SctItemInput, response: unknown): SctResponse & { value: SctValue } {
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
  if (!isSctValue(r.value)) {
    fail(item, 'out-of-range', 'value', `value must be an integer from -2 to 2, not ${r.value}`);
  }
  return r as unknown as SctResponse & { value: SctValue };
}

export function gradeSct(item: SctItemInput, response: SctResponse): Grade {
  const { value } = validateSctResponse(item, response);
  const key = sctKeyOf(value);
  const counts = sctKeys.map((k) => item.panel[k]);
  const top = Math.max(...counts);
  const total = counts.reduce((sum, n) => sum + n, 0);
  if (!(top > 0)) fail(item, 'broken-item', 'panel', 'the panel needs at least one count above 0');

  // The counts are the authors' reference key, not a panel that met: say weight, not experts.
  const modal = (k: SctKey) => (item.panel[k] === top ? ' (the highest weight)' : '');
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
        ? `Your answer, ${sctValueLabel(key)}, carries ${chosen} of ${total} in the reference key${modal(key)}.`
        : `Your answer, ${sctValueLabel(key)}, carries no weight in the reference key.`,
  });
  const others = sctKeys.filter((k) => k !== key && item.panel[k] > 0).sort(
    (a, b) => item.panel[b] - item.panel[a] || Number(a) - Number(b),
  );
  for (const k of others) {
    feedback.push({
      kind: 'panel',
      target: k,
      message: `${sctValueLabel(k)} carries ${item.panel[k]} of ${total}${modal(k)}.`,
    });
  }
  return finish(item, chosen / top, feedback, response);
}
