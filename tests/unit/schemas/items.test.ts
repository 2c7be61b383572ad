import { describe, expect, it } from 'vitest';
import {
  itemSchema,
  itemTypes,
  questionFileSchema,
  singleItemSchema,
  textItemSchema,
  type Item,
} from '../../../src/schemas/items/index.ts';
import { samples } from '../../fixtures/sample-items.ts';

type Issue = { path: string; message: string };

/** Parse and return the issues as "dotted.path" + message. */
function issues(value: unknown, schema: { safeParse: (v: unknown) => any } = itemSchema): Issue[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((issue: { path: PropertyKey[]; message: string }) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/** Expect the value to be rejected with (at least) this issue. */
function rejects(value: unknown, path: string, message: string | RegExp) {
  const found = issues(value);
  expect(found.length, 'expected the item to be rejected').toBeGreaterThan(0);
  const match = found.find(
    (issue) =>
      issue.path === path &&
      (typeof message === 'string' ? issue.message === message : message.test(issue.message)),
  );
  expect(
    match,
    `no issue at "${path}" matching ${String(message)}; got ${JSON.stringify(found)}`,
  ).toBeDefined();
}

describe('item schemas: valid items', () => {
  it.each(Object.entries(samples))('accepts a well-formed %s item', (_type, make) => {
    expect(issues(make())).toEqual([]);
  });

  it('lists the nine types', () => {
    expect(itemTypes).toEqual([
      'single',
      'multi',
      'order',
      'match',
      'twoTier',
      'sct',
      'rank',
      'text',
      'hotspot',
    ]);
  });

  it('fills in defaults: refs [] and text fuzzy true', () => {
    const single: Item = itemSchema.parse(samples.single());
    expect(single.refs).toEqual([]);
    expect(textItemSchema.parse(samples.text()).fuzzy).toBe(true);
    expect(textItemSchema.parse({ ...samples.text(), fuzzy: false }).fuzzy).toBe(false);
  });

  it('accepts confidence: true or false on every type, and asks for certainty by default', () => {
    for (const make of Object.values(samples)) {
      expect(issues({ ...make(), confidence: true })).toEqual([]);
      expect(issues({ ...make(), confidence: false })).toEqual([]);
      const { confidence: _, ...unsaid } = make() as { confidence?: boolean };
      expect(itemSchema.parse(unsaid).confidence).toBe(true);
      expect(itemSchema.parse({ ...make(), confidence: false }).confidence).toBe(false);
    }
  });

  it('parses a questions file as a list of items', () => {
    const parsed = questionFileSchema.parse(Object.values(samples).map((make) => make()));
    expect(parsed.map((item) => item.type)).toEqual(itemTypes);
  });
});

describe('item schemas: common fields', () => {
  it('rejects an unknown type, listing the types', () => {
    rejects(
      { ...samples.single(), type: 'essay' },
      'type',
      'type must be one of: single, multi, order, match, twoTier, sct, rank, text, hotspot',
    );
  });

  it('rejects an id that is not kebab-case', () => {
    rejects(
      { ...samples.single(), id: 'POH_gene' },
      'id',
      'id must be kebab-case (lower-case letters, digits and "-")',
    );
  });

  it('rejects teaches that is not lesson-slug#heading-anchor', () => {
    rejects(
      { ...samples.single(), teaches: 'genetics' },
      'teaches',
      'teaches must be "lesson-slug#heading-anchor"',
    );
    rejects({ ...samples.single(), teaches: 'Genetics#The Gene' }, 'teaches', /lesson-slug#heading-anchor/);
  });

  it('rejects a missing or empty stem and explanation', () => {
    const { stem: _stem, ...noStem } = samples.single();
    rejects(noStem, 'stem', 'stem is required');
    rejects({ ...samples.single(), explanation: '  ' }, 'explanation', 'explanation must not be empty');
  });

  it('rejects refs that are not a list of ids', () => {
    rejects({ ...samples.single(), refs: 'shore2002' }, 'refs', /expected array/);
  });

  it('rejects an unknown field (a typo) and names it', () => {
    rejects(
      { ...samples.single(), answr: 'b' },
      '',
      /^single item has unknown field "answr" \(allowed: .*answer/,
    );
    rejects(
      { ...samples.multi(), options: [{ ...samples.multi().options[0]!, corect: true }] },
      'options.0',
      /option has unknown field "corect"/,
    );
  });

  it.each(['single', 'multi', 'sct'] as const)('rejects a confidence that is not true or false on the %s item', (type) => {
    rejects({ ...samples[type](), confidence: 3 }, 'confidence', 'confidence must be true or false');
    rejects({ ...samples[type](), confidence: 'yes' }, 'confidence', 'confidence must be true or false');
  });

  it('rejects a questions file that is not a list, and reports the item index', () => {
    expect(issues({ id: 'x' }, questionFileSchema)[0]!.path).toBe('');
    const found = issues([samples.single(), { ...samples.single(), answer: 'e' }], questionFileSchema);
    expect(found).toEqual([
      { path: '1.answer', message: 'answer "e" names no option (options: a, b, c, d)' },
    ]);
  });
});

describe('item schemas: a malformed item of each kind', () => {
  it('single: answer names no option', () => {
    rejects(
      { ...samples.single(), answer: 'e' },
      'answer',
      'answer "e" names no option (options: a, b, c, d)',
    );
  });

  it('single: option ids repeat', () => {
    const item = samples.single();
    item.options[2]!.id = 'a';
    rejects(item, 'options.2.id', 'option id "a" is used twice (ids must be unique within the item)');
  });

  it('single: an option lacks feedback', () => {
    const item = samples.single();
    delete (item.options[1] as { feedback?: string }).feedback;
    rejects(item, 'options.1.feedback', 'option feedback is required');
  });

  it('single: fewer than 2 options', () => {
    rejects(
      { ...samples.single(), options: [samples.single().options[1]!] },
      'options',
      'a single item needs at least 2 options',
    );
  });

  it('multi: no option is correct', () => {
    const item = samples.multi();
    for (const option of item.options) option.correct = false;
    rejects(item, 'options', 'a multi item needs at least one option with correct: true');
  });

  it('multi: correct is not a boolean', () => {
    const item = samples.multi();
    (item.options[0] as { correct: unknown }).correct = 'yes';
    rejects(item, 'options.0.correct', 'correct must be true or false');
  });

  it('order: fewer than 3 steps', () => {
    rejects(
      { ...samples.order(), steps: samples.order().steps.slice(0, 2) },
      'steps',
      'an order item needs at least 3 steps',
    );
  });

  it('order: step ids repeat', () => {
    const item = samples.order();
    item.steps[3]!.id = 's1';
    rejects(item, 'steps.3.id', 'step id "s1" is used twice (ids must be unique within the item)');
  });

  it('match: a premise answer names no choice', () => {
    const item = samples.match();
    item.premises[1]!.answer = 'jdm';
    rejects(item, 'premises.1.answer', 'answer "jdm" names no choice (choices: poh, fop, php1a)');
  });

  it('match: choice ids repeat', () => {
    const item = samples.match();
    item.choices[2]!.id = 'poh';
    rejects(item, 'choices.2.id', 'choice id "poh" is used twice (ids must be unique within the item)');
  });

  it('twoTier: reason names no reason', () => {
    rejects(
      { ...samples.twoTier(), reason: 'r9' },
      'reason',
      'reason "r9" names no reason (reasons: r1, r2)',
    );
  });

  it('twoTier: answer names no option', () => {
    rejects({ ...samples.twoTier(), answer: 'c' }, 'answer', 'answer "c" names no option (options: a, b)');
  });

  it('sct: a panel count is not a whole number, or negative', () => {
    rejects(
      { ...samples.sct(), panel: { ...samples.sct().panel, '0': 1.5 } },
      'panel.0',
      'panel "0" must be a whole number >= 0',
    );
    rejects(
      { ...samples.sct(), panel: { ...samples.sct().panel, '-1': -1 } },
      'panel.-1',
      'panel "-1" must be a whole number >= 0',
    );
  });

  it('sct: every panel count is 0', () => {
    rejects(
      { ...samples.sct(), panel: { '-2': 0, '-1': 0, '0': 0, '1': 0, '2': 0 } },
      'panel',
      'panel needs at least one count above 0',
    );
  });

  it('sct: panel keys are not exactly "-2".."2"', () => {
    const { '2': _two, ...rest } = samples.sct().panel;
    rejects(
      { ...samples.sct(), panel: { ...rest, '+2': 1 } },
      'panel',
      'panel keys are exactly "-2", "-1", "0", "1", "2" (found "+2")',
    );
    rejects(
      { ...samples.sct(), panel: rest },
      'panel.2',
      'panel needs a count for "2" (keys: "-2", "-1", "0", "1", "2")',
    );
  });

  it('sct: feedback keyed by a value off the scale', () => {
    rejects(
      { ...samples.sct(), feedback: { '3': 'x' } },
      'feedback',
      /feedback keys are exactly .* \(found "3"\)/,
    );
  });

  it('rank: k is more than the number of options', () => {
    rejects({ ...samples.rank(), k: 6 }, 'k', 'k (6) is more than the number of options (5)');
  });

  it('rank: no option has relevance above 0', () => {
    const item = samples.rank();
    for (const option of item.options) option.relevance = 0;
    rejects(item, 'options', 'a rank item needs at least one option with relevance above 0');
  });

  it('rank: relevance outside 0..3 or k not a whole number', () => {
    const item = samples.rank();
    item.options[0]!.relevance = 4;
    rejects(item, 'options.0.relevance', 'relevance must be a whole number from 0 to 3');
    rejects({ ...samples.rank(), k: 0 }, 'k', 'k must be a whole number >= 1');
    rejects({ ...samples.rank(), k: 2.5 }, 'k', 'k must be a whole number >= 1');
  });

  it('text: no accepted answer', () => {
    rejects({ ...samples.text(), accept: [] }, 'accept', 'a text item needs at least 1 accepted answer');
    const { accept: _accept, ...noAccept } = samples.text();
    rejects(noAccept, 'accept', 'accept must be a list of accepted answers');
  });

  it('text: an accepted answer that is empty once normalised', () => {
    rejects(
      { ...samples.text(), accept: ['GNAS', '?!'] },
      'accept.1',
      /^accepted answer "\?!" is empty once normalised/,
    );
  });

  it('text: a reject entry that is also accepted (after normalising)', () => {
    rejects(
      { ...samples.text(), reject: [{ answer: 'gnas.', feedback: 'x' }] },
      'reject.0.answer',
      'reject answer "gnas." is also accepted (accept[0] "GNAS")',
    );
  });

  it('text: fuzzy is not a boolean', () => {
    rejects({ ...samples.text(), fuzzy: 'yes' }, 'fuzzy', 'fuzzy must be true or false');
  });

  it('hotspot: answer names no region', () => {
    rejects(
      { ...samples.hotspot(), answer: 'nucleus' },
      'answer',
      'answer "nucleus" names no region (regions: dermis, rim, bone)',
    );
  });

  it('hotspot: coords do not fit the shape', () => {
    const circle = samples.hotspot();
    circle.regions[1]!.coords = [50, 100];
    rejects(circle, 'regions.1.coords', 'a circle has 3 coords [cx, cy, r], not 2');
    const rect = samples.hotspot();
    rect.regions[0]!.coords = [0, 0, 100];
    rejects(rect, 'regions.0.coords', 'a rect has 4 coords [x, y, width, height], not 3');
    const odd = samples.hotspot();
    odd.regions[2]!.coords = [0, 0, 10, 0, 10];
    rejects(odd, 'regions.2.coords', /^a polygon has an even number of coords, at least 6/);
    const two = samples.hotspot();
    two.regions[2]!.coords = [0, 0, 10, 10];
    rejects(two, 'regions.2.coords', /not 4$/);
  });

  it('hotspot: a circle without a radius or a rect without an area', () => {
    const circle = samples.hotspot();
    circle.regions[1]!.coords = [50, 100, 0];
    rejects(circle, 'regions.1.coords.2', 'a circle needs a radius above 0');
    const rect = samples.hotspot();
    rect.regions[0]!.coords = [0, 0, 100, -5];
    rejects(rect, 'regions.0.coords', 'a rect needs a width and height above 0');
  });

  it('hotspot: an unknown shape or a figure name that is not kebab-case', () => {
    const item = samples.hotspot();
    (item.regions[0] as { shape: string }).shape = 'ellipse';
    rejects(item, 'regions.0.shape', 'shape must be circle, rect or polygon');
    rejects(
      { ...samples.hotspot(), figure: 'Biopsy.svg' },
      'figure',
      /figure must be a figure name in kebab-case/,
    );
  });

  it('hotspot: region ids repeat', () => {
    const item = samples.hotspot();
    item.regions[2]!.id = 'rim';
    rejects(item, 'regions.2.id', 'region id "rim" is used twice (ids must be unique within the item)');
  });

  it('reports every problem in an item, not just the first', () => {
    const item = {
      ...samples.single(),
      answer: 'e',
      options: [...samples.single().options, samples.single().options[0]!],
    };
    const found = issues(item);
    expect(found).toContainEqual({
      path: 'options.4.id',
      message: 'option id "a" is used twice (ids must be unique within the item)',
    });
    expect(found).toContainEqual({
      path: 'answer',
      message: 'answer "e" names no option (options: a, b, c, d)',
    });
  });

  it('validates one type with its own schema too', () => {
    expect(singleItemSchema.safeParse({ ...samples.single(), answer: 'x' }).success).toBe(false);
  });
});
