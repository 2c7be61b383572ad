/**
 * The review page's controller: shows the items answered wrongly or partly (the items
 * themselves are rendered on the page, hidden), filtered by lesson and type. An item put
 * right stays in view until the page is left, so its feedback can be read.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { toReview } from '../stores/summaries.ts';

export interface ReviewFilters {
  lessons: { slug: string; title: string }[];
  types: { type: string; label: string }[];
}

export default function ReviewList({ lessons, types }: ReviewFilters) {
  const due = useStore(toReview, { ssr: () => [] });
  const [shown, setShown] = useState<string[]>([]);
  const [lesson, setLesson] = useState('');
  const [type, setType] = useState('');
  const [ready, setReady] = useState(false);

  // Never drop an item from view while the learner works on it: only add.
  useEffect(() => {
    setShown((before) => [...before, ...due.filter((id) => !before.includes(id))]);
  }, [due]);
  useEffect(() => setReady(true), []);

  const [visible, setVisible] = useState(0);
  useEffect(() => {
    if (!ready) return;
    let count = 0;
    for (const entry of document.querySelectorAll<HTMLElement>('[data-review-entry]')) {
      const show =
        shown.includes(entry.dataset.reviewEntry!) &&
        (!lesson || entry.dataset.lesson === lesson) &&
        (!type || entry.dataset.type === type);
      entry.hidden = !show;
      if (show) count++;
    }
    for (const section of document.querySelectorAll<HTMLElement>('[data-review-lesson]')) {
      section.hidden = !section.querySelector('[data-review-entry]:not([hidden])');
    }
    setVisible(count);
  }, [ready, shown, lesson, type]);

  const summary = !ready
    ? ''
    : shown.length === 0
      ? 'Nothing to review: no question is answered wrongly or partly in this browser. Answer the questions in the lessons first.'
      : `${visible} of ${shown.length} question${shown.length === 1 ? '' : 's'} to review shown.`;

  return (
    <div class="review-list">
      <div class="filters">
        <div>
          <label for="review-lesson">Lesson</label>
          <select id="review-lesson" value={lesson} onChange={(e) => setLesson((e.currentTarget as HTMLSelectElement).value)}>
            <option value="">All lessons</option>
            {lessons.map((l) => (
              <option key={l.slug} value={l.slug}>
                {l.title}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="review-type">Question type</label>
          <select id="review-type" value={type} onChange={(e) => setType((e.currentTarget as HTMLSelectElement).value)}>
            <option value="">All types</option>
            {types.map((t) => (
              <option key={t.type} value={t.type}>
                {t.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p role="status" data-review-summary>
        {summary}
      </p>
    </div>
  );
}
