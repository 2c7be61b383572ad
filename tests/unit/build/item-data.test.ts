// The item-data scripts (src/build/item-data.ts): one classic script per item and one per hotspot
// figure, each defining exactly its own entry of the global the loader reads; and the build's
// reading of them back (src/integrations/item-data.ts), which the cutting of the pages relies on.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { QuizProps } from '../../../src/islands/quiz-types.ts';

vi.mock('astro:content', () => ({ getCollection: vi.fn(), getEntry: vi.fn() }));
const { figureDataScript, itemDataScript } = await import('../../../src/build/item-data.ts');
const { readItemData } = await import('../../../src/integrations/item-data.ts');
const { figureSprite } = await import('../../../src/build/figure-sprite.ts');

/** Runs a script as a browser would run a classic <script src>, in a fresh global; gives that global. */
function run(...scripts: string[]): Record<string, unknown> {
  const global: Record<string, unknown> = {};
  global.self = global;
  for (const script of scripts) runInNewContext(script, global);
  return global;
}

// Text that would end an inline script, and the line separators JSON allows in strings.
const props = (lesson: string, id: string) =>
  ({
    item: { id, type: 'single', stem: 'Which? </script><b>&amp;</b> \u2028\u2029', options: [], explanation: 'Why.' },
    lesson,
    text: { inline: {}, plain: {} },
    reviewUrl: `/lessons/${lesson}/#x`,
    reviewLabel: 'A lesson',
  }) as unknown as QuizProps;

describe('item-data scripts', () => {
  it('an item script defines that item, under "lesson/id", and nothing else', () => {
    const one = props('the-case', 'case-a');
    const global = run(itemDataScript(one));
    expect(Object.keys(global).sort()).toEqual(['__wfbbItemData', 'self']);
    expect(global.__wfbbItemData).toEqual({ 'the-case/case-a': one });
  });

  it('item scripts of several lessons add to one global, in any order', () => {
    const [a, b] = [props('the-case', 'case-a'), props('genetics', 'gen-b')];
    expect(run(itemDataScript(b), itemDataScript(a)).__wfbbItemData).toEqual({ 'the-case/case-a': a, 'genetics/gen-b': b });
  });

  it('a figure script defines that figure\'s sprite, beside the items', () => {
    const one = props('histology', 'hist-a');
    const global = run(itemDataScript(one), figureDataScript('biopsy'));
    expect(global.__wfbbFigureSprites).toEqual({ biopsy: figureSprite('biopsy') });
    expect(figureSprite('biopsy')).toMatch(/^<svg class="figure-sprite"[^>]*><symbol id="hotspot-figure-biopsy"/);
    expect(global.__wfbbItemData).toEqual({ 'histology/hist-a': one });
  });
});

describe('reading the built item data back (src/integrations/item-data.ts)', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });
  /** A build folder with these files under item-data/. */
  function build(files: Record<string, string>): string {
    dir = mkdtempSync(path.join(tmpdir(), 'item-data-'));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, 'item-data', name)), { recursive: true });
      writeFileSync(path.join(dir, 'item-data', name), text);
    }
    return dir;
  }

  it('gives every item by lesson and id, and leaves the figure scripts aside', () => {
    const [a, b, c] = [props('the-case', 'case-a'), props('the-case', 'case-b'), props('genetics', 'gen-c')];
    const out = build({
      'the-case/case-a.js': itemDataScript(a),
      'the-case/case-b.js': itemDataScript(b),
      'genetics/gen-c.js': itemDataScript(c),
      'figure-biopsy.js': figureDataScript('biopsy'),
    });
    const data = readItemData(out);
    expect([...data.keys()].sort()).toEqual(['genetics', 'the-case']);
    expect(data.get('the-case')).toEqual({ 'case-a': a, 'case-b': b });
    expect(data.get('genetics')).toEqual({ 'gen-c': c });
  });

  it('refuses a file that is not an item script, or that defines another item than its name says', () => {
    expect(() => readItemData(build({ 'the-case/case-a.js': 'console.log(1);\n' }))).toThrow('item-data: item-data/the-case/case-a.js is not an item-data script.');
    expect(() => readItemData(build({ 'the-case/case-a.js': itemDataScript(props('the-case', 'case-b')) }))).toThrow(
      'item-data: item-data/the-case/case-a.js defines "the-case/case-b", not "the-case/case-a".',
    );
  });
});
