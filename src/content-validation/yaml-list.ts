/** Reading a content YAML file that holds a list (question files, disorders, glossary, references). */
import { parseDocument, type YAMLError } from 'yaml';

export interface YamlList {
  list: unknown[];
  problems: string[];
}

/**
 * Parse `text` as a YAML list. A syntax error or a value that is not a list is a problem
 * (`<file>: ...`) and gives an empty list, so the other files are still checked.
 */
/** The mistakes authors make most, with the fix. */
const yamlHints: [RegExp, string][] = [
  [/^Nested mappings are not allowed in compact mappings/, ' (put text that contains ": " in quotes)'],
  [/^Implicit map keys need to be followed by map values/, ' (put text that contains ": " or " #" in quotes)'],
];

/** A YAML error as `<file>:<line>: is not valid YAML: <what> (<hint>)`. */
export function yamlErrorProblem(file: string, error: YAMLError, lineOffset = 0): string {
  const where = error.linePos ? `:${error.linePos[0].line + lineOffset}` : '';
  const what = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const hint = yamlHints.find(([pattern]) => pattern.test(what))?.[1] ?? '';
  return `${file}${where}: is not valid YAML: ${what}${hint}`;
}

export function parseYamlList(file: string, text: string, listOf: string): YamlList {
  const document = parseDocument(text, { prettyErrors: true });
  if (document.errors.length > 0) {
    return { list: [], problems: document.errors.map((error) => yamlErrorProblem(file, error)) };
  }
  const value: unknown = document.toJS();
  if (Array.isArray(value)) return { list: value, problems: [] };
  const found = value == null ? 'nothing' : typeof value === 'object' ? 'a mapping' : `${typeof value}`;
  return {
    list: [],
    problems: [`${file}: must be a YAML list of ${listOf} (each starting with "- id: ..."), found ${found}`],
  };
}

/** `item "poh-gene"`, or `item 3 (no id)` when the entry has no usable id. */
export function entryLabel(kind: string, entry: unknown, position: number): string {
  const id = entryId(entry);
  return id === undefined ? `${kind} ${position} (no id)` : `${kind} "${id}"`;
}

export function entryId(entry: unknown): string | undefined {
  if (entry && typeof entry === 'object' && 'id' in entry) {
    const { id } = entry as { id: unknown };
    if (typeof id === 'string' && id.trim() !== '') return id;
  }
  return undefined;
}

export interface Identified {
  file: string;
  position: number;
  id: string | undefined;
  label: string;
}

/**
 * `<file>: entry "poh": id is also used by entry 1 in <file>`: each repeat names the first use,
 * across as many files as the entries come from.
 */
export function duplicateIds(entries: readonly Identified[], kind: string): string[] {
  const first = new Map<string, Identified>();
  const problems: string[] = [];
  for (const entry of entries) {
    if (entry.id === undefined) continue;
    const earlier = first.get(entry.id);
    if (earlier) {
      problems.push(`${entry.file}: ${entry.label}: id is also used by ${kind} ${earlier.position} in ${earlier.file}`);
    } else {
      first.set(entry.id, entry);
    }
  }
  return problems;
}
