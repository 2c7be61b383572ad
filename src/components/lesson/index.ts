// The components of the lesson table (./table.ts), as the lesson page passes them to the MDX.
// `satisfies` makes a component missing from here, or one the table does not list, a compile error.
import Quiz from './Quiz.astro';
import Term from './Term.astro';
import Cite from './Cite.astro';
import Figure from './Figure.astro';
import TeacherNote from './TeacherNote.astro';
import DifferentialTable from './DifferentialTable.astro';
import DecisionPoint from './DecisionPoint.astro';
import type { LessonComponentName } from './table.ts';

export const lessonComponents = { Quiz, Term, Cite, Figure, TeacherNote, DifferentialTable, DecisionPoint } satisfies {
  [Name in LessonComponentName]: unknown;
};
