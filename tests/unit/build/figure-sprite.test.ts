// The hotspot figure sprite (src/build/figure-sprite.ts): one <symbol> a page, drawn by each item with <use>.
import { describe, expect, it, vi } from 'vitest';

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compactSvg } from '../../../src/build/compact-svg.ts';

vi.mock('astro:content', () => ({ getCollection: vi.fn(), getEntry: vi.fn() }));
const { figureSprite, figureSymbolId, figureUse, prefixAriaRefs, spriteOnce, spritesFor } = await import('../../../src/build/figure-sprite.ts');

const figureDir = path.resolve(import.meta.dirname, '../../../src/figures');
const figureNames = readdirSync(figureDir).filter((f) => f.endsWith('.svg')).map((f) => f.replace(/\.svg$/, ''));
const source = (name: string) => readFileSync(path.join(figureDir, `${name}.svg`), 'utf8');
/** The content of the root <svg>: what the sprite's <symbol> holds. */
const inner = (svg: string) => svg.slice(svg.indexOf('>', svg.indexOf('<svg')) + 1, svg.lastIndexOf('</svg>'));
const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;

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

  it('spritesFor: the sprites a page does not carry yet, in the order asked, each once', () => {
    const page = {};
    expect(spritesFor(['pedigree', 'biopsy', 'pedigree'], page)).toBe(figureSprite('pedigree') + figureSprite('biopsy'));
    expect(spritesFor(['biopsy'], page)).toBe('');
    expect(spritesFor([], {})).toBe('');
  });
});

describe('the figure pipeline (compactSvg, then svgo)', () => {
  it.each(figureNames)('%s keeps its accessible name and description, its roles and what it hides from assistive technology', (name) => {
    const sprite = figureSprite(name);
    const content = inner(source(name));
    expect(count(sprite, /<title\b/g)).toBe(count(content, /<title\b/g));
    expect(count(sprite, /<desc\b/g)).toBe(count(content, /<desc\b/g));
    // The sprite's own <svg> carries one aria-hidden; every one inside the figure stays.
    expect(count(sprite, /aria-hidden="true"/g) - 1).toBe(count(content, /aria-hidden="true"/g));
    expect(count(sprite, /\brole="/g)).toBe(count(content, /\brole="/g));
    expect(figureUse(name).title).toBe(/<title\b[^>]*>([^<]*)<\/title>/.exec(source(name))![1]!.replace(/&apos;|&#39;/g, "'").trim());
  });

  it('draws the big schematics with fewer elements than compactSvg alone', () => {
    for (const name of ['biopsy', 'ossification-sequences']) {
      const elements = (svg: string) => count(svg, /<[a-zA-Z]/g);
      // The sprite adds its own <svg>, <symbol> and <g> around the content.
      expect(elements(figureSprite(name)) - 3).toBeLessThan(elements(inner(compactSvg(source(name)))));
    }
  });

  it('prefixes the IDREF lists svgo leaves alone (aria-labelledby, aria-describedby)', () => {
    expect(prefixAriaRefs('<g aria-labelledby="a  b" aria-describedby="c"><rect id="a"/></g>', 'p')).toBe(
      '<g aria-labelledby="p-a p-b" aria-describedby="p-c"><rect id="a"/></g>',
    );
  });
});
