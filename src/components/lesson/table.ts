/**
 * The components a lesson's MDX may use without importing anything (content holds no code),
 * each with the attribute it cannot do without. One table: the lesson page hands out the
 * components under these names (./index.ts, which the compiler holds to exactly these keys),
 * and content validation checks every tag in a lesson against it. Plain data, so validation
 * can read it outside Astro.
 */
export const lessonComponentTable = {
  Quiz: { requires: 'id' },
  Term: { requires: 'id' },
  Cite: { requires: 'id' },
  Figure: { requires: 'name' },
  TeacherNote: { requires: undefined },
  DifferentialTable: { requires: undefined },
  DecisionPoint: { requires: 'item' },
} as const satisfies Record<string, { requires: string | undefined }>;

export type LessonComponentName = keyof typeof lessonComponentTable;

export const isLessonComponentName = (name: string): name is LessonComponentName => Object.hasOwn(lessonComponentTable, name);
