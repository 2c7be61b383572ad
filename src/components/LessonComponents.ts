// The components an MDX lesson may use without importing anything (content holds no code).
import Quiz from './Quiz.astro';
import Term from './Term.astro';
import Cite from './Cite.astro';
import Figure from './Figure.astro';
import TeacherNote from './TeacherNote.astro';
import DifferentialTable from './DifferentialTable.astro';

export const lessonComponents = { Quiz, Term, Cite, Figure, TeacherNote, DifferentialTable };
