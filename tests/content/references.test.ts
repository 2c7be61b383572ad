/**
 * References are cited, complete, and never stretched: every entry in content/references.yaml is
 * cited somewhere, each carries a claim tag in content/reference-claims.yaml (what the module
 * cites it for), journal articles give volume and pages or say why not, and no lesson, item,
 * glossary or disorder text repeats a phrasing its source does not support. Each problem names
 * the file (and line) or the reference id, so an author can go straight there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { analyseContent, readContentSources, type SourceFile } from '../../src/content-validation/index.ts';

interface ReferenceLike {
  id: string;
  journal?: string;
  publisher?: string;
  volume?: string;
  pages?: string;
  note?: string;
}

interface ClaimEntry {
  id: string;
  claim?: string;
  overstatements?: string[];
}

interface Citations {
  /** Reference id → where it is cited, e.g. `content/lessons/the-case.mdx:12`. */
  [id: string]: string[];
}

const claimsFile = 'content/reference-claims.yaml';

/** Every reference that nothing cites: a lesson <Cite>, an item's or a disorder's `refs`. */
export function uncitedReferenceProblems(references: readonly ReferenceLike[], citations: Citations): string[] {
  return references
    .filter(({ id }) => (citations[id] ?? []).length === 0)
    .map(({ id }) => `content/references.yaml: reference "${id}" is cited nowhere (cite it in a lesson or an item's refs, or remove it)`);
}

/** One claim tag per reference, with text, and no claim for a reference that does not exist. */
export function claimTagProblems(references: readonly ReferenceLike[], claims: readonly ClaimEntry[]): string[] {
  const problems: string[] = [];
  const known = new Set(references.map(({ id }) => id));
  const seen = new Map<string, number>();
  for (const { id, claim } of claims) {
    seen.set(id, (seen.get(id) ?? 0) + 1);
    if (!known.has(id)) problems.push(`${claimsFile}: claim "${id}" names no reference in content/references.yaml`);
    if (!claim || claim.trim() === '') problems.push(`${claimsFile}: claim "${id}" has no claim text`);
  }
  for (const [id, count] of seen) if (count > 1) problems.push(`${claimsFile}: reference "${id}" has ${count} claim entries (one each)`);
  for (const { id } of references) {
    if (!seen.has(id)) problems.push(`${claimsFile}: reference "${id}" has no claim tag (say what the module cites it for)`);
  }
  return problems;
}

/** A journal article gives volume and pages, or its note says which is missing and why. */
export function incompleteArticleProblems(references: readonly ReferenceLike[]): string[] {
  return references.flatMap(({ id, journal, publisher, volume, pages, note }) => {
    // Books, databases and the unpublished details of the case letter are not journal articles.
    if (!journal || publisher || id === 'case-letter') return [];
    const missing = [!volume && 'volume', !pages && 'pages'].filter((field): field is string => Boolean(field));
    if (missing.length === 0) return [];
    const explained = missing.every((field) => new RegExp(`\\b${field}\\b`, 'i').test(note ?? ''));
    return explained ? [] : [`content/references.yaml: reference "${id}" has no ${missing.join(' or ')} and its note does not say why`];
  });
}

/**
 * Text with runs of white space (YAML folding, markdown line breaks) made single spaces, with the
 * line each character came from, so a phrase split across lines is still found and located.
 */
function flatten(text: string): { flat: string; lineAt: number[] } {
  let flat = '';
  const lineAt: number[] = [];
  let line = 1;
  let inSpace = false;
  for (const char of text) {
    if (/\s/.test(char)) {
      if (!inSpace) {
        flat += ' ';
        lineAt.push(line);
      }
      inSpace = true;
      if (char === '\n') line += 1;
      continue;
    }
    inSpace = false;
    flat += char;
    lineAt.push(line);
  }
  return { flat, lineAt };
}

/** Every place a file says more than a source supports, as `file:line`, the words, and the source. */
export function overstatementProblems(claims: readonly ClaimEntry[], files: readonly SourceFile[]): string[] {
  const problems: string[] = [];
  for (const { file, text } of files) {
    const { flat, lineAt } = flatten(text);
    for (const { id, overstatements = [] } of claims) {
      for (const pattern of overstatements) {
        for (const match of flat.matchAll(new RegExp(pattern, 'gi'))) {
          problems.push(`${file}:${lineAt[match.index] ?? 1}: says "${match[0]}", more than ${id} supports`);
        }
      }
    }
  }
  return problems;
}

// --- Each check can fail -------------------------------------------------------------------

describe('reference checks, on deliberately bad input', () => {
  const refs: ReferenceLike[] = [{ id: 'shore2002', journal: 'N Engl J Med', volume: '346', pages: '99-106' }, { id: 'lost2020', journal: 'J X' }];

  it('reports a reference that nothing cites, by id', () => {
    expect(uncitedReferenceProblems(refs, { shore2002: ['content/lessons/genetics.mdx:3'] })).toEqual([
      'content/references.yaml: reference "lost2020" is cited nowhere (cite it in a lesson or an item\'s refs, or remove it)',
    ]);
  });

  it('reports a missing, empty, doubled or stray claim tag', () => {
    const claims: ClaimEntry[] = [
      { id: 'shore2002', claim: '13 of 18' },
      { id: 'shore2002', claim: 'again' },
      { id: 'ghost1999', claim: ' ' },
    ];
    expect(claimTagProblems(refs, claims)).toEqual([
      `${claimsFile}: claim "ghost1999" names no reference in content/references.yaml`,
      `${claimsFile}: claim "ghost1999" has no claim text`,
      `${claimsFile}: reference "shore2002" has 2 claim entries (one each)`,
      `${claimsFile}: reference "lost2020" has no claim tag (say what the module cites it for)`,
    ]);
  });

  it('reports an article without volume or pages unless the note says why', () => {
    expect(incompleteArticleProblems(refs)).toEqual([
      'content/references.yaml: reference "lost2020" has no volume or pages and its note does not say why',
    ]);
    expect(incompleteArticleProblems([{ id: 'lost2020', journal: 'J X', note: 'Volume and pages not checked.' }])).toEqual([]);
  });

  it('finds an overstatement split across folded lines, with the line it starts on', () => {
    const claims: ClaimEntry[] = [{ id: 'tansley2014', claim: 'two risks', overstatements: ['nxp2[^.]{0,80}especially (when|with)[^.]{0,30}young'] }];
    const file = { file: 'content/glossary.yaml', text: 'term: x\ndefinition: >-\n  Anti-NXP2 is linked to calcinosis,\n  especially with onset at a young age.\n' };
    expect(overstatementProblems(claims, [file])).toEqual([
      'content/glossary.yaml:3: says "NXP2 is linked to calcinosis, especially with onset at a young", more than tansley2014 supports',
    ]);
  });
});

// --- The module's own references -----------------------------------------------------------

const root = fileURLToPath(new URL('../../', import.meta.url));
const sources = readContentSources(root);
const content = analyseContent(sources);
const references = content.references.flatMap(({ value }) => (value ? [value] : []));
const claims = parse(readFileSync(join(root, claimsFile), 'utf8')) as ClaimEntry[];

function moduleCitations(): Citations {
  const citations: Citations = {};
  const add = (id: string | undefined, where: string) => {
    if (id) (citations[id] ??= []).push(where);
  };
  for (const lesson of content.lessons) {
    for (const use of lesson.uses) if (use.name === 'Cite') add(use.attributes.id, `${lesson.file}:${use.line}`);
  }
  for (const { file, item } of content.questions) for (const id of item?.refs ?? []) add(id, `${file}: item "${item?.id}"`);
  for (const { file, value } of content.disorders) for (const id of value?.refs ?? []) add(id, `${file}: disorder "${value?.id}"`);
  return citations;
}

describe('the module references', () => {
  it('cites every reference at least once', () => {
    expect(uncitedReferenceProblems(references, moduleCitations())).toEqual([]);
  });

  it('gives every reference one claim tag saying what it is cited for', () => {
    expect(claimTagProblems(references, claims)).toEqual([]);
  });

  it('gives every journal article its volume and pages, or says why not', () => {
    expect(incompleteArticleProblems(references)).toEqual([]);
  });

  it('states nothing more strongly than its source (no known overstatement anywhere in the content)', () => {
    const files = [...sources.lessons, ...sources.questions, sources.glossary, sources.disorders].filter(
      (file): file is SourceFile => file !== undefined,
    );
    expect(overstatementProblems(claims, files)).toEqual([]);
  });
});
