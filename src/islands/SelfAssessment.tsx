/**
 * The end-of-module self-assessment in exam mode: no feedback until the whole set is
 * submitted; then a summary (score, mean certainty-based mark, each item's verdict) and
 * every item's feedback. Submitted answers are recorded as progress.
 */
import { useRef, useState } from 'preact/hooks';
import { summarize } from '../grading/summary.ts';
import type { Grade } from '../grading/types.ts';
import { progressStore } from '../stores/progress.ts';
import { signedMark } from './CalibrationChart.tsx';
import { ItemFrame, verdictText } from './ItemFrame.tsx';
import { examMode } from './item-mode.ts';
import { viewOf } from './item-views.ts';
import type { QuizProps } from './quiz-types.ts';

/** The grade of a question left unanswered. */
function unanswered(explanation: string): Grade {
  return {
    score: 0,
    max: 1,
    verdict: 'incorrect',
    feedback: [
      { kind: 'answer', correct: false, message: 'Not answered.' },
      { kind: 'explanation', message: explanation },
    ],
  };
}

export default function SelfAssessment({ items }: { items: QuizProps[] }) {
  const responses = useRef(new Map<string, Record<string, unknown>>());
  const [answered, setAnswered] = useState(0);
  const [grades, setGrades] = useState<Record<string, Grade> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const summaryRef = useRef<HTMLHeadingElement>(null);

  const onResponse = (id: string, response: Record<string, unknown> | undefined) => {
    if (response) responses.current.set(id, response);
    else responses.current.delete(id);
    setAnswered(responses.current.size);
  };

  async function submit() {
    const result: Record<string, Grade> = {};
    const now = new Date();
    for (const props of items) {
      const { item } = props;
      const response = responses.current.get(item.id);
      if (!response) {
        result[item.id] = unanswered(item.explanation);
        continue;
      }
      const view = viewOf(item.type);
      try {
        const grade = (await view.grader())(item as never, response as never);
        result[item.id] = grade;
        progressStore.recordGrade({ item, lesson: props.lesson, response, grade }, now);
      } catch {
        result[item.id] = unanswered(item.explanation);
      }
    }
    setGrades(result);
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  function restart() {
    responses.current.clear();
    setAnswered(0);
    setGrades(null);
    setAttempt(attempt + 1);
  }

  const summary = grades ? summarize(Object.values(grades)) : null;
  return (
    <div class="self-assessment" data-self-assessment>
      {summary && grades && (
        <section class="exam-summary" aria-labelledby="exam-summary-title" data-exam-summary>
          <h2 id="exam-summary-title" tabIndex={-1} ref={summaryRef}>
            Your result: {Math.round(summary.percent ?? 0)}%
          </h2>
          <p>
            {summary.correct} correct, {summary.partial} partly correct, {summary.incorrect} incorrect or not answered, of{' '}
            {summary.count}.{' '}
            {summary.cbm.mean === null
              ? ''
              : `Mean certainty-based mark: ${signedMark(summary.cbm.mean)} over ${summary.cbm.count} questions that asked how sure you were.`}
          </p>
          <ol>
            {items.map(({ item }, index) => (
              <li key={item.id}>
                <a href={`#exam-${item.id}`}>Question {index + 1}</a>: {verdictText(grades[item.id]!)}
              </li>
            ))}
          </ol>
          <p>The feedback for each question is shown with it below.</p>
          <button type="button" onClick={restart}>
            Start again
          </button>
        </section>
      )}
      <ol class="exam-items" key={attempt}>
        {items.map((props, index) => (
          <li key={props.item.id} id={`exam-${props.item.id}`} class="exam-item">
            <h2>
              Question {index + 1} of {items.length}
            </h2>
            <ItemFrame
              {...props}
              idBase={`exam-${props.item.id}`}
              view={viewOf(props.item.type)}
              mode={examMode((response) => onResponse(props.item.id, response), grades?.[props.item.id])}
            />
          </li>
        ))}
      </ol>
      {!grades && (
        <div class="exam-submit">
          <p role="status">
            {answered} of {items.length} answered.
          </p>
          <button type="button" class="primary" onClick={submit}>
            Submit all answers
          </button>
        </div>
      )}
    </div>
  );
}
