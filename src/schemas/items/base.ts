/**
 * Fields and checks shared by every item schema.
 *
 * An item is an answer key written by an author as YAML data
 * (content/questions/<lesson>.yaml). Every schema is strict: an unknown
 * field is rejected, so a typo ("answr", "feedbak") cannot pass silently.
 * Within-item checks run in `superRefine` with a precise path and message;
 * cross-file checks (unique ids in the module, `teaches` and `refs` exist)
 * live in src/content-validation/.
 */
import { z } from 'astro/zod';
import { kebabIdPattern } from '../ids.ts';

/** Item ids: kebab-case, unique in the module. */
export const itemIdPattern = kebabIdPattern;
/** `teaches`: "lesson-slug#heading-anchor". */
export const teachesPattern = /^[a-z0-9-]+#[a-z0-9-]+$/;
/** Ids inside one item (options, steps, premises, choices, reasons, regions): short and plain. */
export const localIdPattern = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
/** Figure names: src/figures/<name>.svg. */
export const figureNamePattern = kebabIdPattern;


type ErrorFn = (issue: { code?: string; input?: unknown; keys?: string[] }) => string | undefined;

/** Message for a missing field; other issues keep zod's own message. */
const required =
  (what: string): ErrorFn =>
  (issue) =>
    issue.input === undefined ? `${what} is required` : undefined;

/** Message for a list field that is missing or not a list. */
export const listError =
  (what: string): ErrorFn =>
  (issue) =>
    issue.input === undefined ? `${what} is required` : `${what} must be a list`;

/** Non-empty text (markdown allowed). */
export const markdown = (what: string) =>
  z.string({ error: required(what) }).regex(/\S/, { message: `${what} must not be empty` });

/** An id unique within one item. */
export const localId = (what: string) =>
  z.string({ error: required(what) }).regex(localIdPattern, {
    message: `${what} must be letters, digits, "-" or "_" (e.g. "a")`,
  });

/**
 * A strict object whose unknown-field error names the field and lists the allowed ones.
 */
export function strictObject<S extends z.core.$ZodLooseShape>(shape: S, what: string) {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') {
        const keys = (issue.keys as string[]).map((k) => `"${k}"`).join(', ');
        return `${what} has unknown field${issue.keys.length > 1 ? 's' : ''} ${keys} (allowed: ${allowed})`;
      }
      if (issue.input === undefined) return `${what} is required`;
      return undefined;
    },
  });
}

/** At most this many hints: one per extra try, so the key comes by the fourth try at the latest. */
export const maxHints = 3;

/**
 * `hints`: markdown shown one per try after a wrong or partial try, before the key. A list even
 * for one hint, so adding a second is one line.
 */
export const hintsSchema = z
  .array(markdown('hint'), {
    error: (issue) => (issue.input === undefined ? undefined : 'hints must be a list of markdown texts, one "- " line per hint'),
  })
  // Counted in a refinement: zod runs length checks even on a value that is not a list.
  .superRefine((hints, ctx) => {
    if (hints.length === 0) ctx.addIssue({ code: 'custom', message: 'hints must hold at least one hint (or leave the field out)' });
    if (hints.length > maxHints) ctx.addIssue({ code: 'custom', message: `hints may hold at most ${maxHints} hints (one per extra try)` });
  })
  .optional();

/** The fields every item has, with `type` fixed to one literal. */
export function baseFields<T extends string>(type: T) {
  return {
    id: z
      .string({ error: required('id') })
      .regex(itemIdPattern, { message: 'id must be kebab-case (lower-case letters, digits and "-")' }),
    type: z.literal(type),
    stem: markdown('stem'),
    explanation: markdown('explanation'),
    teaches: z.string({ error: required('teaches') }).regex(teachesPattern, {
      message: 'teaches must be "lesson-slug#heading-anchor"',
    }),
    refs: z.array(z.string().regex(/\S/, { message: 'a reference id must not be empty' })).default([]),
    hints: hintsSchema,
  };
}

/**
 * `confidence`: ask the learner's certainty (1-3 or "no idea") before checking, for
 * certainty-based marking. On by default for every type; `confidence: false` opts an item out.
 */
export const certaintyField = {
  confidence: z.boolean({ error: 'confidence must be true or false' }).default(true),
};

/** An answer option with its own feedback (single, twoTier). */
export const optionSchema = strictObject(
  {
    id: localId('option id'),
    text: markdown('option text'),
    feedback: markdown('option feedback'),
  },
  'option',
);

type Ctx = z.core.$RefinementCtx<unknown>;
type Path = (string | number)[];

/** Report every id used twice in `list` (at the later occurrence). */
export function checkUnique(ctx: Ctx, list: readonly { id: string }[], path: Path, what: string): void {
  const seen = new Set<string>();
  list.forEach((entry, index) => {
    if (seen.has(entry.id)) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, index, 'id'],
        message: `${what} id "${entry.id}" is used twice (ids must be unique within the item)`,
      });
    }
    seen.add(entry.id);
  });
}

/**
 * Report a reference (`answer`, `reason`...) that names no entry of `list`, e.g.
 * `answer "e" names no option (options: a, b, c, d)`.
 */
export function checkNames(
  ctx: Ctx,
  value: string,
  list: readonly { id: string }[],
  path: Path,
  field: string,
  what: string,
  plural = `${what}s`,
): void {
  if (!list.some((entry) => entry.id === value)) {
    ctx.addIssue({
      code: 'custom',
      path,
      message: `${field} "${value}" names no ${what} (${plural}: ${[...new Set(list.map((e) => e.id))].join(', ')})`,
    });
  }
}
