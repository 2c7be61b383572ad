// Item data out of the page and back (src/integrations/item-data.ts cuts, src/islands/item-data.ts
// restores): what the island reads after the round trip is what Astro wrote, idBase kept; props
// that differ from the data in anything else stay in the page. The restoring loads one classic
// script per item referred to, and no other.
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cutPage } from '../../../src/integrations/item-data.ts';
import { restoreProps, toIslandObject } from '../../../src/islands/item-data.ts';
import { itemDataScript } from '../../../src/build/item-data.ts';
import type { QuizProps } from '../../../src/islands/quiz-types.ts';
import { decodeEntities } from '../../../src/text/entities.ts';

vi.mock('astro:content', () => ({ getCollection: vi.fn(), getEntry: vi.fn() })); // src/build/item-data.ts reads no content here

const props = {
  item: { id: 'q1', type: 'single', stem: 'Which "one"? <b>&</b>', options: [{ id: 'a', text: 'A', feedback: 'Because.' }], explanation: 'Why.' },
  lesson: 'the-case',
  text: { inline: { A: '<em>A</em>' }, plain: {} },
  reviewUrl: '/lessons/the-case/#x',
  reviewLabel: 'The case',
};
const data = new Map([['the-case', { q1: props as unknown as Record<string, unknown> }]]);
const attribute = (value: unknown) => JSON.stringify(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const island = (value: unknown) => `<astro-island uid="x" component-url="/_astro/SingleItem.js" props="${attribute(value)}" ssr client="engage"><form></form></astro-island>`;
const propsIn = (html: string) => decodeEntities(/props="([^"]*)"/.exec(html)![1]!);

afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
  delete (globalThis as { document?: unknown }).document;
});

/**
 * A page that runs the classic scripts the loader adds: `served` maps a script address to its
 * text (an address not in it fails to load, as a missing file does); `requested` lists the
 * addresses asked for, in order.
 */
function browser(served: Record<string, string>) {
  const window: Record<string, unknown> = {};
  window.self = window;
  const requested: string[] = [];
  const script = { src: '', onload: () => {}, onerror: () => {} };
  (globalThis as { window?: unknown }).window = window;
  (globalThis as { document?: unknown }).document = {
    createElement: () => ({ ...script }),
    head: {
      append(element: typeof script) {
        requested.push(element.src);
        setTimeout(() => {
          const text = served[element.src];
          if (text === undefined) return element.onerror();
          runInNewContext(text, window);
          element.onload();
        });
      },
    },
  };
  return { window, requested };
}

describe('cutting item data out of a page', () => {
  it('replaces props equal to the data by a reference, and the directive puts them back', async () => {
    const cuts = { count: 0 };
    const original = toIslandObject({ ...props, idBase: 'exam-q1' });
    const html = cutPage(`<p>before</p>${island(original)}<p>after</p>`, data, cuts);
    expect(cuts.count).toBe(1);
    expect(html).toContain('<p>before</p>');
    expect(html).toContain('<form></form></astro-island><p>after</p>');
    expect(html).not.toContain('Because.');
    const cut = propsIn(html);
    expect(JSON.parse(cut)).toEqual({ $item: [0, 'the-case/q1'], idBase: [0, 'exam-q1'] });

    (globalThis as { window?: unknown }).window = { __wfbbItemData: { 'the-case/q1': props } };
    expect(JSON.parse(await restoreProps(cut, '/'))).toEqual(original);
  });

  it('cuts items nested in another island\'s props (the self-assessment set)', async () => {
    const cuts = { count: 0 };
    const original = toIslandObject({ items: [props, { ...props, idBase: 'b' }] });
    const cut = propsIn(cutPage(island(original), data, cuts));
    expect(cuts.count).toBe(2);
    expect(cut.length).toBeLessThan(JSON.stringify(original).length / 2);
    (globalThis as { window?: unknown }).window = { __wfbbItemData: { 'the-case/q1': props } };
    expect(JSON.parse(await restoreProps(cut, '/'))).toEqual(original);
  });

  it('leaves props that differ from the data, and islands without items, as they are', () => {
    const cuts = { count: 0 };
    const changed = island(toIslandObject({ ...props, reviewLabel: 'Another' }));
    const other = island(toIslandObject({ lessons: [{ slug: 'the-case' }] }));
    expect(cutPage(changed + other, data, cuts)).toBe(changed + other);
    expect(cuts.count).toBe(0);
  });

});

describe('loading the data of the items referred to, and no other', () => {
  const other = { ...props, item: { ...props.item, id: 'gen-b' }, lesson: 'genetics' } as unknown as QuizProps;
  const set = toIslandObject({ items: [{ $item: 'the-case/q1', idBase: 'exam-q1' }, { $item: 'genetics/gen-b', idBase: 'exam-gen-b' }] });
  const files = (root: string) => ({
    [`${root}item-data/the-case/q1.js`]: itemDataScript(props as unknown as QuizProps),
    [`${root}item-data/genetics/gen-b.js`]: itemDataScript(other),
  });

  it('loads one script per item of the island, under the base path, and puts each back', async () => {
    const page = browser(files('/teach/poh/'));
    const restored = JSON.parse(await restoreProps(JSON.stringify(set), '/teach/poh/'));
    expect(page.requested.sort()).toEqual(['/teach/poh/item-data/genetics/gen-b.js', '/teach/poh/item-data/the-case/q1.js']);
    expect(restored).toEqual(toIslandObject({ items: [{ ...props, idBase: 'exam-q1' }, { ...other, idBase: 'exam-gen-b' }] }));
  });

  it('in the portable copy, loads from the root the page names (its links are relative)', async () => {
    const page = browser(files('../../'));
    page.window.__wfbbPortable = { root: '../../' };
    await restoreProps(JSON.stringify(toIslandObject({ $item: 'genetics/gen-b' })), '/');
    expect(page.requested).toEqual(['../../item-data/genetics/gen-b.js']);
  });

  it('loads an item once however many islands ask for it at once', async () => {
    const page = browser(files('/'));
    const one = JSON.stringify(toIslandObject({ $item: 'the-case/q1' }));
    await Promise.all([restoreProps(one, '/'), restoreProps(one, '/'), restoreProps(JSON.stringify(set), '/')]);
    expect(page.requested.sort()).toEqual(['/item-data/genetics/gen-b.js', '/item-data/the-case/q1.js']);
  });

  it('says which script could not be loaded, and tries again on the next engagement', async () => {
    const served: Record<string, string> = {};
    const page = browser(served);
    const one = JSON.stringify(toIslandObject({ $item: 'the-case/q1' }));
    await expect(restoreProps(one, '/')).rejects.toThrow('The question data item-data/the-case/q1.js could not be loaded.');
    Object.assign(served, files('/')); // the network is back
    expect(JSON.parse(await restoreProps(one, '/'))).toEqual(toIslandObject(props));
    expect(page.requested).toEqual(['/item-data/the-case/q1.js', '/item-data/the-case/q1.js']);
  });

  it('says which script did not define the item it was loaded for', async () => {
    browser({ '/item-data/the-case/q1.js': itemDataScript(other) });
    await expect(restoreProps(JSON.stringify(toIslandObject({ $item: 'the-case/q1' })), '/')).rejects.toThrow(
      'item-data/the-case/q1.js did not define the item "the-case/q1".',
    );
  });

  it('refuses a reference that names no lesson', async () => {
    browser({});
    await expect(restoreProps(JSON.stringify(toIslandObject({ $item: 'q1' })), '/')).rejects.toThrow('"q1" is not an item reference (lesson/id).');
  });
});
