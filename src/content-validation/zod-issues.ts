/**
 * Turns a zod issue into one line an author can act on: the field, then what was expected.
 * A schema's own message (e.g. `answer "e" names no option (options: a, b, c, d)`) is kept;
 * zod's generic English ("Invalid input: expected string, received number") is rewritten.
 */
import { z } from 'astro/zod';

type Issue = z.core.$ZodIssue;
type Key = PropertyKey;

const english = z.locales.en();

/** `options[2].feedback`, `panel["-1"]`. */
export function formatPath(path: readonly Key[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    if (/^[A-Za-z_$][\w$]*$/.test(name)) return out ? `${out}.${name}` : name;
    return `${out}[${JSON.stringify(name)}]`;
  }, '');
}

/** The same path as a schema's own message would say it: `panel "-1"`. */
function spokenPath(path: readonly Key[]): string {
  return path.map((key, i) => (i === 0 ? String(key) : JSON.stringify(String(key)))).join(' ');
}

/** A value as a message quotes it: `"abc"`, `3`, `a list`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping (field: value)',
  date: 'a date',
};

const typeName = (expected: string) => typeNames[expected] ?? expected;

/** Whether the schema wrote its own message (kept as is) or zod used its default. */
function hasOwnMessage(issue: Issue): boolean {
  return issue.code === 'custom' || issue.message !== english.localeError(issue as never);
}

/** Sentences for zod's own issues; `field` is never empty here (see describeIssue). */
function expectation(issue: Issue, field: string, allowedKeys: (path: readonly Key[]) => string[]): string {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined
        ? `${field} is required (expected ${typeName(issue.expected)})`
        : `${field} must be ${typeName(issue.expected)}, got ${describeValue(input)}`;
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const bound = Number(small ? issue.minimum : issue.maximum);
      if (issue.origin === 'array') {
        const got = Array.isArray(input) ? input.length : '?';
        return `${field} must have ${small ? 'at least' : 'at most'} ${bound} entr${bound === 1 ? 'y' : 'ies'}, got ${got}`;
      }
      if (issue.origin === 'string') {
        return small && bound <= 1
          ? `${field} must not be empty`
          : `${field} must be ${small ? 'at least' : 'at most'} ${bound} characters long`;
      }
      const op = small ? (issue.inclusive ? '>=' : '>') : issue.inclusive ? '<=' : '<';
      return `${field} must be ${op} ${bound}, got ${describeValue(input)}`;
    }
    case 'invalid_value':
      return `${field} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describeValue(input)}`;
    case 'invalid_format':
      if (issue.format === 'regex') {
        return `${field} must match ${issue.pattern}, got ${describeValue(input)}`;
      }
      if (issue.format === 'url') return `${field} must be a web address (https://...), got ${describeValue(input)}`;
      return `${field} must be a valid ${issue.format}, got ${describeValue(input)}`;
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => JSON.stringify(k)).join(', ');
      const allowed = allowedKeys(issue.path);
      const hint = allowed.length > 0 ? ` (allowed: ${allowed.join(', ')})` : '';
      return `${field} has unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}${hint}`;
    }
    case 'not_multiple_of':
      return `${field} must be a multiple of ${String(issue.divisor)}, got ${describeValue(input)}`;
    default:
      return `${field}: ${issue.message}`;
  }
}

/**
 * The keys an object schema allows at `path` (through arrays, optionals and defaults), so an
 * unknown-field message can say what was meant.
 */
export function allowedKeysOf(schema: z.ZodType): (path: readonly Key[]) => string[] {
  return (path) => {
    let current: unknown = schema;
    for (const key of [...path, undefined]) {
      // Unwrap optional/default/nullable/pipe wrappers before each step.
      for (;;) {
        if (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault) {
          current = current.unwrap();
        } else if (current instanceof z.ZodPipe) {
          current = current.in;
        } else break;
      }
      if (key === undefined) break;
      if (current instanceof z.ZodArray && typeof key === 'number') current = current.element;
      else if (current instanceof z.ZodObject) current = current.shape[String(key)];
      else return [];
    }
    return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
  };
}

export interface DescribeOptions {
  /** What the whole value is called when the issue is about it, e.g. "frontmatter" or "entry". */
  subject: string;
  /** The schema the issue came from, to list allowed fields for an unknown one. */
  schema?: z.ZodType;
}

/**
 * One issue as `<field> <what was expected>`, e.g. `minutes must be > 0, got 0`,
 * `options[2].feedback: option feedback is required`.
 */
export function describeIssue(issue: Issue, { subject, schema }: DescribeOptions): string {
  const field = formatPath(issue.path);
  if (!hasOwnMessage(issue)) {
    return expectation(issue, field || subject, schema ? allowedKeysOf(schema) : () => []);
  }
  const message = issue.message;
  if (!field) return message;
  const saysWhere = [field, spokenPath(issue.path)].some(
    (where) => message === where || message.startsWith(`${where} `),
  );
  return saysWhere ? message : `${field}: ${message}`;
}
