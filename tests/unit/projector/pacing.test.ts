import { describe, expect, it } from 'vitest';
import { clock, paceAt, paceText, planSteps } from '../../../src/projector/pacing.ts';

describe('planning a lesson over its steps', () => {
  it('shares the minutes out by length when no step has authored minutes', () => {
    const plan = planSteps(30, [{ weight: 100 }, { weight: 200 }, { weight: 300 }]);
    expect(plan.steps).toEqual([5, 10, 15]);
    expect(plan.overbooked).toBe(false);
  });

  it('takes authored minutes as given and shares what is left among the other steps', () => {
    const plan = planSteps(35, [{ weight: 500, minutes: 10 }, { weight: 100 }, { weight: 400 }]);
    expect(plan.steps).toEqual([10, 5, 20]);
  });

  it('says when the authored minutes add up to more than the lesson, and gives the rest nothing', () => {
    const plan = planSteps(20, [{ weight: 1, minutes: 15 }, { weight: 1, minutes: 10 }, { weight: 9 }]);
    expect(plan.steps).toEqual([15, 10, 0]);
    expect(plan.overbooked).toBe(true);
  });

  it('shares equally when the steps have no length, and refuses a lesson without minutes', () => {
    expect(planSteps(9, [{ weight: 0 }, { weight: 0 }, { weight: 0 }]).steps).toEqual([3, 3, 3]);
    expect(() => planSteps(0, [{ weight: 1 }])).toThrow(/positive number of minutes/);
    expect(() => planSteps(Number.NaN, [{ weight: 1 }])).toThrow(RangeError);
  });
});

describe('pace against the plan', () => {
  const plan = planSteps(30, [{ weight: 1, minutes: 5 }, { weight: 1, minutes: 10 }, { weight: 1, minutes: 15 }]);

  it('places each step in the plan and counts minutes past its planned end as behind', () => {
    expect(paceAt(plan, 0, 2)).toEqual({ stepStart: 0, stepEnd: 5, behind: 0 });
    expect(paceAt(plan, 1, 17.5)).toEqual({ stepStart: 5, stepEnd: 15, behind: 2.5 });
    expect(paceAt(plan, 2, 20)).toEqual({ stepStart: 15, stepEnd: 30, behind: 0 });
    expect(paceAt(plan, 9, 31).stepEnd).toBe(30);
  });

  it('says elapsed against target in words, and "Behind" only once a minute past the step', () => {
    expect(paceText(plan, 1, 12)).toEqual({ text: 'Elapsed 12:00 of 30:00 · this step 10 min (plan 5:00–15:00)', behind: false });
    expect(paceText(plan, 1, 15.5).behind).toBe(false);
    expect(paceText(plan, 1, 17.2)).toEqual({ text: 'Elapsed 17:12 of 30:00 · this step 10 min (plan 5:00–15:00) · Behind by 2 min', behind: true });
  });

  it('writes minutes as a clock', () => {
    expect([clock(0), clock(1.5), clock(65.25), clock(-3)]).toEqual(['0:00', '1:30', '65:15', '0:00']);
  });
});
