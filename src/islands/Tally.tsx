/**
 * Show of hands in projector mode: the teacher types a count per option and sees a bar
 * chart beside the key, each bar with its number in text. Kept on the page only.
 * While "Scan the room" reads the answer cards for this item (src/room-cards/), the counts
 * fill from the cards, live (letters A to D; any other option stays typed by hand).
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { CARD_LETTERS, tallyRoom, type CardLetter } from '../room-cards/cards.ts';
import { roomScan } from '../room-cards/room-scan.ts';
import type { TallyCategory } from './quiz-types.ts';

interface Props {
  categories: TallyCategory[];
  idBase: string;
}

const ROW = 34;
const LABEL = 56;
const WIDTH = 320;

export function Tally({ categories, idBase }: Props) {
  const [counts, setCounts] = useState<Record<string, number>>({});
  const root = useRef<HTMLDivElement>(null);
  const scan = useStore(roomScan);
  const [item, setItem] = useState<string | undefined>();
  useEffect(() => setItem(root.current?.closest<HTMLElement>('[data-quiz-item]')?.dataset.quizItem), []);
  const fromCards = scan && item !== undefined && scan.item === item ? tallyRoom(scan.answers, scan.inUse) : undefined;
  const scanned = categories.filter((c) => (CARD_LETTERS as readonly string[]).includes(c.letter));
  useEffect(() => {
    if (!fromCards) return;
    setCounts((typed) => ({ ...typed, ...Object.fromEntries(scanned.map((c) => [c.id, fromCards.counts[c.letter as CardLetter]])) }));
  }, [scan, item]);
  const countOf = (id: string) => counts[id] ?? 0;
  const top = Math.max(1, ...categories.map((c) => countOf(c.id)));
  const total = categories.reduce((sum, c) => sum + countOf(c.id), 0);
  const summary =
    `Show of hands, ${total} in all: ` +
    categories.map((c) => `${c.letter} ${countOf(c.id)}${c.key ? ' (the key)' : ''}`).join(', ') +
    '.';
  const bar = WIDTH - LABEL - 48;
  return (
    <div class="tally" data-tally ref={root}>
      <fieldset class="tally__counts">
        <legend>Show of hands</legend>
        {categories.map((c) => (
          <div key={c.id} class="tally__row">
            <label for={`${idBase}-tally-${c.id}`}>
              <span class="quiz__letter">{c.letter}</span> {c.label}
              {c.key && <span class="mark mark--ok"> <span aria-hidden="true">✓</span> key</span>}
            </label>
            <input
              id={`${idBase}-tally-${c.id}`}
              type="number"
              inputMode="numeric"
              min={0}
              step={1}
              value={countOf(c.id)}
              onInput={(event) => {
                const n = Number((event.currentTarget as HTMLInputElement).value);
                setCounts({ ...counts, [c.id]: Number.isFinite(n) && n > 0 ? Math.floor(n) : 0 });
              }}
            />
          </div>
        ))}
      </fieldset>
      <svg
        class="tally__chart"
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${WIDTH} ${categories.length * ROW + 8}`}
        data-tally-chart
      >
        {categories.map((c, i) => {
          const y = i * ROW + 4;
          const w = (bar * countOf(c.id)) / top;
          return (
            <g key={c.id} class={c.key ? 'tally__bar tally__bar--key' : 'tally__bar'}>
              <text x={4} y={y + ROW / 2 + 6} class="tally__label">
                {c.key ? `✓ ${c.letter}` : c.letter}
              </text>
              <rect x={LABEL} y={y + 4} width={Math.max(w, 1)} height={ROW - 10} rx={3} />
              <text x={LABEL + Math.max(w, 1) + 6} y={y + ROW / 2 + 6} class="tally__value">
                {countOf(c.id)}
              </text>
            </g>
          );
        })}
      </svg>
      {fromCards && (
        <p class="tally__cards meta" data-tally-cards>
          {scanned.length
            ? `From the answer cards${scan?.live ? ', live' : ''}: ${fromCards.answered} of ${scan?.inUse} answered. ` +
              (fromCards.missing.length ? `Not answered: ${fromCards.missing.join(', ')}.` : 'Every card has answered.')
            : 'The answer cards give A to D; this scale is counted by hand.'}
          {scanned.length > 0 && scanned.length < categories.length && ' Options past D are counted by hand.'}
        </p>
      )}
    </div>
  );
}
