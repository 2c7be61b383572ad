// compactSvg: alike, non-touching circles and ellipses become one path; nothing else changes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compactSvg, stylesToClasses } from '../../../src/build/compact-svg.ts';

const dot = (cx: number, cy: number, style = 'fill:red') => `<circle cx="${cx}" cy="${cy}" r="2" style="${style}"/>`;
const elements = (svg: string) => (svg.match(/<[a-z]+\b/g) ?? []).length;

describe('compactSvg', () => {
  it('joins a run of alike circles that do not touch into one path of arcs, keeping their style', () => {
    const out = compactSvg(`<g>${dot(10, 10)}\n${dot(30, 10)}\n${dot(50, 10)}</g>`);
    expect(out).toBe(
      '<g><path d="M8 10a2 2 0 1 0 4 0a2 2 0 1 0 -4 0zM28 10a2 2 0 1 0 4 0a2 2 0 1 0 -4 0zM48 10a2 2 0 1 0 4 0a2 2 0 1 0 -4 0z" style="fill:red"/></g>',
    );
  });

  it('keeps shapes apart when their style differs, when they touch, or when they have an id, a class or a dash', () => {
    expect(elements(compactSvg(dot(10, 10) + dot(30, 10, 'fill:blue')))).toBe(2);
    expect(elements(compactSvg(dot(10, 10) + dot(13, 10)))).toBe(2);
    expect(compactSvg(`<circle id="a" cx="1" cy="1" r="1"/><circle cx="9" cy="9" r="1"/>`)).toContain('id="a"');
    expect(elements(compactSvg(`<circle class="k" cx="1" cy="1" r="1"/><circle class="k" cx="20" cy="20" r="1"/>`))).toBe(2);
    expect(elements(compactSvg(dot(10, 10, 'stroke:red;stroke-dasharray:2 2') + dot(30, 10, 'stroke:red;stroke-dasharray:2 2')))).toBe(2);
  });

  it('draws an ellipse rotated about its centre with the same rotation', () => {
    const out = compactSvg(
      '<ellipse cx="10" cy="10" rx="6" ry="2" transform="rotate(90 10 10)" style="fill:ink"/><ellipse cx="40" cy="10" rx="6" ry="2" style="fill:ink"/>',
    );
    // Rotated a quarter turn, the long axis runs from (10, 16) to (10, 4).
    expect(out).toBe('<path d="M10 16A6 2 90 1 0 10 4A6 2 90 1 0 10 16zM46 10A6 2 0 1 0 34 10A6 2 0 1 0 46 10z" style="fill:ink"/>');
    // A rotation about another point is not the shape's own: left alone.
    expect(elements(compactSvg('<ellipse cx="10" cy="10" rx="6" ry="2" transform="rotate(90 0 0)"/><ellipse cx="40" cy="10" rx="6" ry="2"/>'))).toBe(2);
  });

  it('places the shapes of a translate/rotate group themselves, then joins cells of outline and nucleus into one path each', () => {
    const cell = (x: number) =>
      `<g transform="translate(${x},10) rotate(30)"><ellipse rx="8" ry="3" style="fill:paper;stroke:ink"/><ellipse rx="3" ry="2" style="fill:ink"/></g>`;
    const out = compactSvg(cell(10) + cell(40) + cell(70));
    expect(out.match(/<path\b/g)).toHaveLength(2);
    expect(out).not.toContain('<g');
    // Each nucleus stays painted after (over) its own outline.
    expect(out.indexOf('fill:paper')).toBeLessThan(out.indexOf('style="fill:ink"'));
    // Cells that overlap keep their order: nothing joins across them.
    expect(compactSvg(cell(10) + cell(14)).match(/<(ellipse|path)\b/g)).toHaveLength(4);
  });

  it('leaves text, titles and other elements as they are, and cuts the elements of the biopsy figure by over 30%', () => {
    const figure = readFileSync(path.resolve(import.meta.dirname, '../../../src/figures/biopsy.svg'), 'utf8');
    const out = compactSvg(figure);
    const texts = (svg: string) => svg.match(/<(title|desc|text)\b[\s\S]*?<\/\1>/g);
    expect(texts(out)).toEqual(texts(figure));
    expect(elements(out)).toBeLessThan(elements(figure) * 0.7);
  });
});

describe('stylesToClasses', () => {
  it('gives each distinct inline style one class, its rule written once after the content', () => {
    const content =
      '<rect width="9" style="fill:var(--fig-ink)"/><g><path d="M0 0" style="fill:none;stroke:red"/>' +
      '<circle r="2" style="fill:var(--fig-ink)"/></g><text x="1" style="fill:var(--fig-ink)">a</text>';
    expect(stylesToClasses(content, 'f3-')).toBe(
      '<rect width="9" class="f3-0"/><g><path d="M0 0" class="f3-1"/><circle r="2" class="f3-0"/></g>' +
        '<text x="1" class="f3-0">a</text><style>.f3-0{fill:var(--fig-ink)}.f3-1{fill:none;stroke:red}</style>',
    );
  });

  it('leaves an element that has a class with its inline style, and content with no style as it is', () => {
    const classed = '<circle class="ped-sym" style="fill:red"/>';
    expect(stylesToClasses(classed, 'f0-')).toBe(classed);
    expect(stylesToClasses('<rect width="1"/><text>style="x"</text>', 'f0-')).toBe('<rect width="1"/><text>style="x"</text>');
  });

  it('makes every figure smaller and keeps each of its styles', () => {
    for (const name of ['biopsy', 'ossification-sequences']) {
      const svg = compactSvg(readFileSync(path.resolve(import.meta.dirname, `../../../src/figures/${name}.svg`), 'utf8'));
      const classed = stylesToClasses(svg, 'f0-');
      expect(classed.length).toBeLessThan(svg.length * 0.85);
      const styles = new Set([...svg.matchAll(/\sstyle="([^"]*)"/g)].map((m) => m[1]));
      const rules = /<style>(.*)<\/style>$/.exec(classed)![1]!;
      for (const style of styles) expect(rules).toContain(`{${style}}`);
    }
  });
});
