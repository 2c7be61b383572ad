/**
 * Property tests (fast-check): random valid items of every type with random
 * valid responses.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  damerauLevenshtein,
  grade,
  idealRanking,
  normalise,
  summarize,
  type Certainty,
  type GradableItem,
} from '../../../src/grading/index.ts';
import { itemSchema, sctKeys, sctScale, type ItemInput, type SctKey } from '../../../src/schemas/items/index.ts';

const common = { stem: 'Stem', explanation: 'Explanation', teaches: 'the-case#the-case' };
const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const certainty = fc.option(fc.constantFrom<Certainty>(0, 1, 2, 3), { nil: undefined });
const withCertainty = <R extends object>(response: R, c: Certainty | undefined) =>
  c === undefined ? response : { ...response, confidence: c };

type Case = { item: ItemInput; response: Record<string, unknown>; key: Record<string, unknown>[] };

const singleCase = fc
  .record({ n: fc.integer({ min: 2, max: 6 }), confidence: fc.boolean(), c: certainty })
  .chain(({ n, confidence, c }) =>
    fc.record({ answer: fc.nat(n - 1), choice: fc.nat(n - 1) }).map(({ answer, choice }): Case => {
      const options = ids('o', n).map((id) => ({ id, text: `Option ${id}`, feedback: `Feedback ${id}` }));
      return {
        item: {
          ...common,
          id: 'single-item',
          type: 'single',
          confidence,
          options,
          answer: options[answer]!.id,
        },
        response: withCertainty({ choice: options[choice]!.id }, c),
        key: [{ choice: options[answer]!.id }],
      };
    }),
  );

const multiCase = fc.integer({ min: 2, max: 7 }).chain((n) =>
  fc
    .array(fc.boolean(), { minLength: n, maxLength: n })
    .filter((flags) => flags.some(Boolean))
    .chain((flags) => {
      const options = ids('o', n).map((id, i) => ({ id, text: id, feedback: id, correct: flags[i]! }));
      return fc.shuffledSubarray(options.map((o) => o.id)).map((choices): Case => ({
        item: { ...common, id: 'multi-item', type: 'multi', options },
        response: { choices },
        key: [{ choices: options.filter((o) => o.correct).map((o) => o.id) }],
      }));
    }),
);

const orderCase = fc.integer({ min: 3, max: 9 }).chain((n) => {
  const steps = ids('s', n).map((id) => ({ id, text: `Step ${id}` }));
  return fc
    .shuffledSubarray(
      steps.map((s) => s.id),
      { minLength: n, maxLength: n },
    )
    .map((order): Case => ({
      item: { ...common, id: 'order-item', type: 'order', steps },
      response: { order },
      key: [{ order: steps.map((s) => s.id) }],
    }));
});

const matchCase = fc
  .record({ premises: fc.integer({ min: 1, max: 6 }), choices: fc.integer({ min: 2, max: 6 }) })
  .chain(({ premises: p, choices: c }) => {
    const choices = ids('c', c).map((id) => ({ id, text: `Choice ${id}` }));
    return fc
      .record({
        answers: fc.array(fc.nat(c - 1), { minLength: p, maxLength: p }),
        given: fc.array(fc.option(fc.nat(c - 1), { nil: undefined }), { minLength: p, maxLength: p }),
        feedback: fc.boolean(),
      })
      .map(({ answers, given, feedback }): Case => {
        const premises = ids('p', p).map((id, i) => ({
          id,
          text: `Premise ${id}`,
          answer: choices[answers[i]!]!.id,
          ...(feedback ? { feedback: `Because ${id}` } : {}),
        }));
        const pairs: Record<string, string> = {};
        given.forEach((g, i) => {
          if (g !== undefined) pairs[premises[i]!.id] = choices[g]!.id;
        });
        return {
          item: { ...common, id: 'match-item', type: 'match', premises, choices },
          response: { pairs },
          key: [{ pairs: Object.fromEntries(premises.map((pr) => [pr.id, pr.answer])) }],
        };
      });
  });

const twoTierCase = fc
  .record({
    n: fc.integer({ min: 2, max: 5 }),
    m: fc.integer({ min: 2, max: 5 }),
    confidence: fc.boolean(),
    c: certainty,
  })
  .chain(({ n, m, confidence, c }) =>
    fc.tuple(fc.nat(n - 1), fc.nat(m - 1), fc.nat(n - 1), fc.nat(m - 1)).map(([a, r, ca, cr]): Case => {
      const options = ids('o', n).map((id) => ({ id, text: id, feedback: id }));
      const reasons = ids('r', m).map((id) => ({ id, text: id, feedback: id }));
      return {
        item: {
          ...common,
          id: 'two-tier-item',
          type: 'twoTier',
          confidence,
          options,
          answer: options[a]!.id,
          reasons,
          reason: reasons[r]!.id,
        },
        response: withCertainty({ choice: options[ca]!.id, reason: reasons[cr]!.id }, c),
        key: [{ choice: options[a]!.id, reason: reasons[r]!.id }],
      };
    }),
  );

const sctCase = fc
  .tuple(
    fc.array(fc.nat(30), { minLength: sctKeys.length, maxLength: sctKeys.length }).filter((c) => c.some((n) => n > 0)),
    fc.constantFrom(...sctScale),
  )
  .map(([counts, value]): Case => {
    const panel = Object.fromEntries(sctKeys.map((k, i) => [k, counts[i]!])) as Record<SctKey, number>;
    const top = Math.max(...counts);
    return {
      item: { ...common, id: 'sct-item', type: 'sct', hypothesis: 'H', finding: 'F', panel },
      response: { value },
      key: sctKeys.filter((k) => panel[k] === top).map((k) => ({ value: Number(k) })),
    };
  });

const rankCase = fc.integer({ min: 2, max: 7 }).chain((n) =>
  fc
    .record({
      relevance: fc
        .array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n })
        .filter((r) => r.some((x) => x > 0)),
      k: fc.integer({ min: 1, max: n }),
      seed: fc.array(fc.nat(), { minLength: n, maxLength: n }),
    })
    .chain(({ relevance, k, seed }) => {
      const options = ids('o', n).map((id, i) => ({ id, text: id, relevance: relevance[i]!, feedback: id }));
      // Ideal rankings: relevance high to low, ties broken at random.
      const ideal = options
        .map((o, i) => ({ o, s: seed[i]! }))
        .sort((a, b) => b.o.relevance - a.o.relevance || a.s - b.s)
        .slice(0, k)
        .map(({ o }) => o.id);
      return fc
        .shuffledSubarray(
          options.map((o) => o.id),
          { maxLength: k },
        )
        .map((ranked): Case => ({
          item: { ...common, id: 'rank-item', type: 'rank', options, k },
          response: { ranked },
          key: [
            { ranked: ideal },
            {
              ranked: idealRanking(options)
                .slice(0, k)
                .map((o) => o.id),
            },
          ],
        }));
    }),
);

const answerText = fc.string({ minLength: 1, maxLength: 16 }).filter((s) => normalise(s) !== '');
const textCase = fc
  .record({
    accept: fc.array(answerText, { minLength: 1, maxLength: 3 }),
    reject: fc.array(answerText, { maxLength: 3 }),
    fuzzy: fc.option(fc.boolean(), { nil: undefined }),
    confidence: fc.boolean(),
    c: certainty,
  })
  .chain(({ accept, reject, fuzzy, confidence, c }) => {
    const accepted = new Set(accept.map(normalise));
    const rejects = reject
      .filter((r) => !accepted.has(normalise(r)))
      .map((answer) => ({ answer, feedback: 'No.' }));
    const item: ItemInput = {
      ...common,
      id: 'text-item',
      type: 'text',
      confidence,
      accept,
      ...(rejects.length > 0 ? { reject: rejects } : {}),
      ...(fuzzy === undefined ? {} : { fuzzy }),
    };
    return fc
      .oneof(fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom(...accept, ...reject))
      .map((text): Case => ({
        item,
        response: withCertainty({ text }, c),
        key: accept.map((a) => ({ text: a })),
      }));
  });

const coord = fc.integer({ min: 0, max: 800 });
const region = fc.oneof(
  fc.record({ cx: coord, cy: coord, r: fc.integer({ min: 1, max: 200 }) }).map(({ cx, cy, r }) => ({
    shape: 'circle' as const,
    coords: [cx, cy, r],
    centre: [cx, cy] as const,
  })),
  fc
    .record({ x: coord, y: coord, w: fc.integer({ min: 1, max: 300 }), h: fc.integer({ min: 1, max: 300 }) })
    .map(({ x, y, w, h }) => ({
      shape: 'rect' as const,
      coords: [x, y, w, h],
      centre: [x + w / 2, y + h / 2] as const,
    })),
  fc.array(fc.tuple(coord, coord), { minLength: 3, maxLength: 7 }).map((points) => ({
    shape: 'polygon' as const,
    coords: points.flat(),
    centre: points[0]!, // a vertex: edges count as inside
  })),
);
const hotspotCase = fc
  .record({
    regions: fc.array(region, { minLength: 1, maxLength: 5 }),
    confidence: fc.boolean(),
    c: certainty,
  })
  .chain(({ regions, confidence, c }) =>
    fc
      .record({
        answer: fc.nat(regions.length - 1),
        response: fc.oneof(
          fc.record({
            x: fc.double({ min: -100, max: 900, noNaN: true }),
            y: fc.double({ min: -100, max: 900, noNaN: true }),
          }),
          fc.nat(regions.length - 1).map((i) => ({ region: `r${i}` })),
        ),
      })
      .map(({ answer, response }): Case => {
        const item: ItemInput = {
          ...common,
          id: 'hotspot-item',
          type: 'hotspot',
          figure: 'biopsy',
          confidence,
          regions: regions.map((r, i) => ({
            id: `r${i}`,
            label: `Region ${i}`,
            shape: r.shape,
            coords: r.coords,
          })),
          answer: `r${answer}`,
        };
        const [x, y] = regions[answer]!.centre;
        return { item, response: withCertainty(response, c), key: [{ region: `r${answer}` }, { x, y }] };
      }),
  );

const cases = {
  single: singleCase,
  multi: multiCase,
  order: orderCase,
  match: matchCase,
  twoTier: twoTierCase,
  sct: sctCase,
  rank: rankCase,
  text: textCase,
  hotspot: hotspotCase,
};
const anyCase = fc.oneof(...Object.values(cases));
const gradeAny = (item: ItemInput, response: Record<string, unknown>) =>
  grade(item as GradableItem, response as never);

describe('grading properties', () => {
  it('generates only items the schema accepts (the generators sample valid keys)', () => {
    fc.assert(
      fc.property(anyCase, ({ item }) => {
        const result = itemSchema.safeParse(item);
        if (!result.success) throw new Error(JSON.stringify(result.error.issues));
      }),
    );
  });

  it('never throws for a valid random response, and keeps score in [0, 1] with a matching verdict', () => {
    fc.assert(
      fc.property(anyCase, ({ item, response }) => {
        const g = gradeAny(item, response);
        expect(g.max).toBe(1);
        expect(g.score).toBeGreaterThanOrEqual(0);
        expect(g.score).toBeLessThanOrEqual(1);
        expect(g.verdict).toBe(g.score === 1 ? 'correct' : g.score === 0 ? 'incorrect' : 'partial');
        expect(g.feedback.at(-1)).toEqual({ kind: 'explanation', message: item.explanation });
        for (const f of g.feedback) expect(typeof f.message).toBe('string');
      }),
      { numRuns: 500 },
    );
  });

  it('returns cbm exactly when the item asks for certainty (the default) and the response gives one', () => {
    fc.assert(
      fc.property(anyCase, ({ item, response }) => {
        const g = gradeAny(item, response);
        const asks = !('confidence' in item) || item.confidence !== false;
        const expected = asks && response.confidence !== undefined;
        expect('cbm' in g).toBe(expected);
        const c = response.confidence as Certainty;
        if (expected && (g.score === 1 || g.score === 0)) expect(g.cbm).toBe(c === 0 ? 0 : g.score === 1 ? c : [0, -2, -6][c - 1]);
      }),
      { numRuns: 300 },
    );
  });

  for (const [type, arbitrary] of Object.entries(cases)) {
    it(`scores the key itself 1 (${type})`, () => {
      fc.assert(
        fc.property(arbitrary, ({ item, key }) => {
          for (const response of key)
            expect(gradeAny(item, response)).toMatchObject({ score: 1, verdict: 'correct' });
        }),
      );
    });
  }

  it('never changes a multi score when the choices are reordered', () => {
    fc.assert(
      fc.property(
        multiCase.chain((c) =>
          fc
            .shuffledSubarray(c.response.choices as string[], {
              minLength: (c.response.choices as string[]).length,
              maxLength: (c.response.choices as string[]).length,
            })
            .map((shuffled) => ({ ...c, shuffled })),
        ),
        ({ item, response, shuffled }) => {
          expect(gradeAny(item, { choices: shuffled })).toEqual(gradeAny(item, response));
        },
      ),
    );
  });

  it('scores the identity order 1 and the reversed order 0', () => {
    fc.assert(
      fc.property(orderCase, ({ item }) => {
        const stepIds = (item as Extract<ItemInput, { type: 'order' }>).steps.map((s) => s.id);
        expect(gradeAny(item, { order: stepIds }).score).toBe(1);
        expect(gradeAny(item, { order: [...stepIds].reverse() }).score).toBe(0);
      }),
    );
  });

  it('scores every ideal ranking 1 (ties in any order)', () => {
    fc.assert(
      fc.property(rankCase, ({ item, key }) => {
        for (const response of key) expect(gradeAny(item, response).score).toBe(1);
      }),
    );
  });

  it('marks every item of every type at every certainty with the right mark scaled by the score (Moodle), in [-6, 3]', () => {
    const right = { 1: 1, 2: 2, 3: 3 } as const;
    const wrong = { 1: 0, 2: -2, 3: -6 } as const;
    fc.assert(
      fc.property(anyCase, fc.constantFrom<Certainty>(0, 1, 2, 3), ({ item, response }, c) => {
        const asked = { ...item, confidence: true } as ItemInput;
        const g = gradeAny(asked, { ...response, confidence: c });
        expect(g.cbm).toBeGreaterThanOrEqual(-6);
        expect(g.cbm).toBeLessThanOrEqual(3);
        const expected = c === 0 ? 0 : g.score === 0 ? wrong[c] : Math.round(right[c] * g.score * 100) / 100;
        expect(g.cbm).toBe(expected);
        if (g.score > 0) expect(g.cbm).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('gives a summary whose percent lies in [0, 100]', () => {
    fc.assert(
      fc.property(fc.array(anyCase, { maxLength: 8 }), (list) => {
        const s = summarize(list.map(({ item, response }) => gradeAny(item, response)));
        expect(s.count).toBe(list.length);
        if (s.percent !== null) {
          expect(s.percent).toBeGreaterThanOrEqual(0);
          expect(s.percent).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('text properties', () => {
  it('changes nothing when normalising twice (any Unicode)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(normalise(normalise(s))).toBe(normalise(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('changes nothing when normalising twice (grapheme clusters)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite' }), (s) => {
        expect(normalise(normalise(s))).toBe(normalise(s));
      }),
      { numRuns: 1000 },
    );
  });

  it('measures Damerau-Levenshtein distance as a symmetric distance bounded by the longer length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = damerauLevenshtein(a, b);
        expect(d).toBe(damerauLevenshtein(b, a));
        expect(damerauLevenshtein(a, a)).toBe(0);
        expect(d).toBeLessThanOrEqual(Math.max(Array.from(a).length, Array.from(b).length));
        expect(d === 0).toBe(a === b);
      }),
    );
  });

  it('keeps a single transposition of neighbours at distance at most 1', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 2, maxLength: 12, unit: 'grapheme-ascii' }), fc.nat(), (s, i) => {
        const chars = Array.from(s);
        const at = i % (chars.length - 1);
        [chars[at], chars[at + 1]] = [chars[at + 1]!, chars[at]!];
        expect(damerauLevenshtein(s, chars.join(''))).toBeLessThanOrEqual(1);
      }),
    );
  });
});
