/** The progress page: per lesson, items done and score; certainty calibration; export, import and reset. */
import { useStore } from '@nanostores/preact';
import { calibration, calibrationOf, lessonScores, lessonScoresOf } from '../stores/summaries.ts';
import { emptyProgress } from '../stores/progress-format.ts';
import { CalibrationChart } from './CalibrationChart.tsx';
import { ProgressTransfer } from './ProgressTransfer.tsx';

export interface LessonRow {
  slug: string;
  title: string;
  url: string;
  /** Items in the lesson. */
  total: number;
}

// What the server renders (nothing answered): the first client render matches it.
const blankScores = () => lessonScoresOf(emptyProgress());
const blankSummary = () => calibrationOf(emptyProgress());

export default function ProgressDashboard({ lessons }: { lessons: LessonRow[] }) {
  const scores = useStore(lessonScores, { ssr: blankScores });
  const summary = useStore(calibration, { ssr: blankSummary });
  return (
    <div class="progress-dashboard" data-progress-dashboard>
      <h2>By lesson</h2>
      <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="lesson-progress-caption">
        <table class="progress-table">
          <caption id="lesson-progress-caption">Questions answered and score in each lesson (your last answer to each)</caption>
          <thead>
            <tr>
              <th scope="col">Lesson</th>
              <th scope="col">Answered</th>
              <th scope="col">Correct</th>
              <th scope="col">Score</th>
            </tr>
          </thead>
          <tbody>
            {lessons.map((lesson) => {
              const s = scores[lesson.slug];
              return (
                <tr key={lesson.slug} data-lesson-progress={lesson.slug}>
                  <th scope="row">
                    <a href={lesson.url}>{lesson.title}</a>
                  </th>
                  <td>
                    {s?.done ?? 0} of {lesson.total}
                  </td>
                  <td>{s?.correct ?? 0}</td>
                  <td>{s ? `${Math.round((100 * s.score) / s.done)}%` : '–'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <h2>Certainty calibration</h2>
      <p>
        For questions that ask how sure you are, this compares your certainty with how often you were right.
        {summary.cbm.count === 0 && ' No answers with a certainty yet.'}
      </p>
      <CalibrationChart summary={summary} />
      <h2>Keep or move your progress</h2>
      <p>
        <span class="web-only">Your answers are kept in this browser only.</span>
        <span class="lms-only">Your answers are kept in this browser and by your LMS.</span> Export them to a file to keep a copy or to
        move them to another browser, and import that file there.
      </p>
      <ProgressTransfer />
    </div>
  );
}
