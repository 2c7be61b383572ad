// The hotspot figure sprite (src/build/figure-sprite.ts): one <symbol> a page, drawn by each item with <use>.
import { describe, expect, it, vi } from 'vitest';

vi.mock('astro:content', () => ({ getCollection: vi.fn(), getEntry: vi.fn() }));
const { figureSprite, figureSymbolId, figureUse, spriteOnce } = await import('../../../src/build/figure-sprite.ts');

describe('figureSprite', () => {
  it('holds the figure in a <symbol> with its viewBox, off the layout but not display:none', () => {
    const sprite = figureSprite('biopsy');
    const open = /^<svg\b[^>]*>/.exec(sprite)![0];
    expect(open).toContain('aria-hidden="true"');
    expect(open).toMatch(/style="position:absolute;width:0;height:0;overflow:hidden"/);
    expect(sprite).not.toMatch(/display:\s*none/);
    expect(sprite).toContain(`<symbol id="${figureSymbolId('biopsy')}" viewBox="0 0 960 680">`);
    // The root's font-family is kept (on a <g>), since the root <svg> is not part of the symbol.
    expect(sprite).toMatch(/<symbol [^>]*><g font-family="system-ui[^"]*">/);
    expect(sprite.match(/<svg\b/g)).toHaveLength(1);
    expect(sprite.endsWith('</g></symbol></svg>')).toBe(true);
  });

  it('gives the <use> picture the title, the description id and the viewBox', () => {
    const use = figureUse('biopsy');
    expect(use).toEqual({
      viewBox: [0, 0, 960, 680],
      symbol: 'hotspot-figure-biopsy',
      title: 'Skin biopsy in this case: a drawn schematic',
      describedBy: 'hotspot-figure-biopsy-desc',
    });
    expect(figureSprite('biopsy')).toContain('<desc id="hotspot-figure-biopsy-desc">');
    expect(use).not.toHaveProperty('svg');
  });

  it('prefixes ids, their references, class names and the figure\'s own style rules', () => {
    const sprite = figureSprite('pedigree');
    const p = figureSymbolId('pedigree');
    expect(sprite).toContain(`id="${p}-ped-hatch"`);
    expect(sprite).not.toMatch(/url\(#ped-/);
    expect(sprite).toContain(`.${p}-ped-sym.${p}-ped-poh{fill:url(#${p}-ped-hatch)}`);
    expect(sprite).toContain(`class="${p}-ped-sym ${p}-ped-poh"`);
    expect(sprite).not.toMatch(/class="ped-|[{}\s]\.ped-/);
    // The <desc> keeps its own (prefixed) id, which the picture points at.
    expect(figureUse('pedigree').describedBy).toBe(`${p}-pedigree-desc`);
    // Every id in the sprite is unique and prefixed.
    const ids = [...sprite.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]!);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => id.startsWith(p))).toBe(true);
  });

  it('goes on a page once: spriteOnce hands out the sprite of each figure the first time only', () => {
    const page = {};
    expect(spriteOnce(page, 'biopsy')).toBe(figureSprite('biopsy'));
    expect(spriteOnce(page, 'biopsy')).toBeUndefined();
    expect(spriteOnce(page, 'pedigree')).toBe(figureSprite('pedigree'));
    expect(spriteOnce({}, 'biopsy')).toBe(figureSprite('biopsy'));
  });
});
