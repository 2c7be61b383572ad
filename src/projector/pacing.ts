/**
 * Pacing for the speaker view: the lesson's minutes (its front matter) shared out over its
 * steps, and where the teacher stands against that plan. A step's time is authored with
 * `<TeacherNote minutes="5">` in the step (its notes' minutes added up); the minutes left are
 * shared out among the other steps by their length. Pure: no DOM, no clock.
 */

export interface StepSize {
  /** How long the step is to present (its text, with something added for each question). */
  weight: number;
  /** Minutes authored for the step, if any. */
  minutes?: number | undefined;
}

export interface Plan {
  /** Minutes planned for each step. */
  steps: number[];
  /** The lesson's minutes. */
  total: number;
  /** The authored minutes add up to more than the lesson has: the plan follows them anyway. */
  overbooked: boolean;
}

/** Plans `lessonMinutes` over `steps`: authored minutes first, the rest by weight. */
export function planSteps(lessonMinutes: number, steps: readonly StepSize[]): Plan {
  if (!(lessonMinutes > 0) || !Number.isFinite(lessonMinutes)) throw new RangeError(`a lesson needs a positive number of minutes, not ${lessonMinutes}`);
  const authored = steps.reduce((sum, s) => sum + (s.minutes ?? 0), 0);
  const left = Math.max(0, lessonMinutes - authored);
  const open = steps.filter((s) => s.minutes === undefined);
  const weight = open.reduce((sum, s) => sum + Math.max(0, s.weight), 0);
  const share = (s: StepSize) => (weight > 0 ? (left * Math.max(0, s.weight)) / weight : left / open.length);
  return {
    steps: steps.map((s) => s.minutes ?? share(s)),
    total: lessonMinutes,
    overbooked: authored > lessonMinutes,
  };
}

export interface Pace {
  /** Minutes into the lesson the plan reaches the start and the end of this step. */
  stepStart: number;
  stepEnd: number;
  /** Minutes behind the plan (elapsed past the end of this step's time); 0 when on time. */
  behind: number;
}

/** Where `elapsedMinutes` stands against the plan while step `step` is shown. */
export function paceAt(plan: Plan, step: number, elapsedMinutes: number): Pace {
  const i = Math.max(0, Math.min(plan.steps.length - 1, step));
  const stepStart = plan.steps.slice(0, i).reduce((a, b) => a + b, 0);
  const stepEnd = stepStart + (plan.steps[i] ?? 0);
  return { stepStart, stepEnd, behind: Math.max(0, elapsedMinutes - stepEnd) };
}

/** "3:05" for minutes (a clock's minutes and seconds; whole minutes past an hour stay minutes). */
export function clock(minutes: number): string {
  const s = Math.max(0, Math.round(minutes * 60));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * The speaker view's pacing line, in words (never colour alone): elapsed against the lesson's
 * time, the step's planned slot, and "behind" once past the step's planned end by a minute.
 */
export function paceText(plan: Plan, step: number, elapsedMinutes: number): { text: string; behind: boolean } {
  const pace = paceAt(plan, step, elapsedMinutes);
  const behind = pace.behind >= 1;
  const slot = `this step ${Math.round(plan.steps[step] ?? 0)} min (plan ${clock(pace.stepStart)}–${clock(pace.stepEnd)})`;
  const cue = behind ? ` · Behind by ${Math.floor(pace.behind)} min` : '';
  return { text: `Elapsed ${clock(elapsedMinutes)} of ${plan.total}:00 · ${slot}${cue}`, behind };
}
