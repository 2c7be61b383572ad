// Item data out of the page and back (src/integrations/item-data.ts cuts, src/islands/item-data.ts
// restores): what the island reads after the round trip is what Astro wrote, idBase kept; props
// that differ from the data in anything else stay in the page.
import { afterEach, describe, expect, it } from 'vitest';
import { cutPage } from '../../../src/integrations/item-data.ts';
import { restoreProps, toIslandObject } from '../../../src/islands/item-data.ts';
import { decodeEntities } from '../../../src/text/entities.ts';

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
});

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

    (globalThis as { window?: unknown }).window = { __wfbbItemData: { 'the-case': { items: { q1: props }, sprites: '' } } };
    expect(JSON.parse(await restoreProps(cut, '/'))).toEqual(original);
  });

  it('cuts items nested in another island\'s props (the self-assessment set)', async () => {
    const cuts = { count: 0 };
    const original = toIslandObject({ items: [props, { ...props, idBase: 'b' }] });
    const cut = propsIn(cutPage(island(original), data, cuts));
    expect(cuts.count).toBe(2);
    expect(cut.length).toBeLessThan(JSON.stringify(original).length / 2);
    (globalThis as { window?: unknown }).window = { __wfbbItemData: { 'the-case': { items: { q1: props }, sprites: '' } } };
    expect(JSON.parse(await restoreProps(cut, '/'))).toEqual(original);
  });

  it('leaves props that differ from the data, and islands without items, as they are', () => {
    const cuts = { count: 0 };
    const changed = island(toIslandObject({ ...props, reviewLabel: 'Another' }));
    const other = island(toIslandObject({ lessons: [{ slug: 'the-case' }] }));
    expect(cutPage(changed + other, data, cuts)).toBe(changed + other);
    expect(cuts.count).toBe(0);
  });

  it('says which data script failed when an item is not in it', async () => {
    (globalThis as { window?: unknown }).window = { __wfbbItemData: { 'the-case': { items: {}, sprites: '' } } };
    await expect(restoreProps(JSON.stringify({ $item: [0, 'the-case/gone'] }), '/')).rejects.toThrow(/No item "gone" in item-data\/the-case\.js/);
  });
});
