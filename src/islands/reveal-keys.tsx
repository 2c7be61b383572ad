/**
 * What "Reveal answer" shows for each item type in projector mode: the key with every
 * option's feedback, and the show-of-hands categories. One entry per type; a type of the
 * catalogue left out does not compile. Loaded with RevealPanel, only in projector mode.
 *
 * Each key marks the part the projector keeps in view (REVEAL_ANCHOR_ATTR): the mark on
 * the first keyed option, or the list that is the key.
 */
import type { FunctionComponent } from 'preact';
import { idealRanking } from '../grading/rank.ts';
import type { ItemType } from '../grading/types.ts';
import { REVEAL_ANCHOR_ATTR } from '../projector/reveal-contract.ts';
import { sctKeyOf, sctMeaning, sctScale, sctValueLabel } from '../schemas/items/catalogue.ts';
import type { ItemOf } from '../schemas/items/index.ts';
import { MarkBadge } from './FeedbackList.tsx';
import { inline, letter, plain, type ItemText, type TallyCategory } from './quiz-types.ts';
import { Rich } from './Rich.tsx';
import { seededShuffle } from './seeded-shuffle.ts';

export interface RevealKey<T extends ItemType> {
  /** The key, each option marked in words, with its feedback. */
  Key: FunctionComponent<{ item: ItemOf<T>; text: ItemText }>;
  /** What the room can vote for by a show of hands; null where there is no single option to vote for. */
  tally: ((item: ItemOf<T>, text: ItemText) => TallyCategory[]) | null;
}
export type RevealKeys = { [T in ItemType]: RevealKey<T> };

const keepInView = { [REVEAL_ANCHOR_ATTR]: '' };

interface Option {
  id: string;
  text: string;
  feedback?: string | undefined;
  key: boolean;
}

const feedbackHtml = (text: ItemText, source: string) => text.block[source] ?? inline(text, source);

interface OptionKeyProps {
  options: readonly Option[];
  text: ItemText;
  keyWord: string;
  /** Whether this list holds the part to keep in view (one per key: twoTier's reasons do not). */
  anchored?: boolean;
}

/** Every option lettered, the key marked, each with its feedback. */
function OptionKey({ options, text, keyWord, anchored = true }: OptionKeyProps) {
  const anchor = anchored ? options.findIndex((option) => option.key) : -1;
  return (
    <ul class="option-key">
      {options.map((option, index) => (
        <li key={option.id} class={option.key ? 'option-key__entry option-key__entry--key' : 'option-key__entry'}>
          <span class="quiz__letter">{letter(index)}.</span> <Rich html={inline(text, option.text)} />{' '}
          <MarkBadge
            mark={option.key ? { tone: 'ok', icon: '✓', word: keyWord } : { tone: 'bad', icon: '✗', word: 'Not the key' }}
            {...(index === anchor ? keepInView : {})}
          />
          {option.feedback && <Rich as="div" class="option-key__feedback" html={feedbackHtml(text, option.feedback)} />}
        </li>
      ))}
    </ul>
  );
}

/** Options lettered as the learner saw them, for the tally. */
const lettered = (text: ItemText, list: readonly { id: string; text: string }[], isKey: (id: string) => boolean): TallyCategory[] =>
  list.map((o, i) => ({ id: o.id, letter: letter(i), label: plain(text, o.text), key: isKey(o.id) }));

const relevanceWords = ['not relevant', 'possible', 'likely', 'leading'];

/** The panel's counts in scale order, and the most common count. */
function panelSpread(item: ItemOf<'sct'>) {
  const counts = sctScale.map((value) => item.panel[sctKeyOf(value)]);
  return { counts, top: Math.max(...counts), total: counts.reduce((a, b) => a + b, 0) };
}

export const revealKeys: RevealKeys = {
  single: {
    Key: ({ item, text }) => (
      <OptionKey options={item.options.map((o) => ({ ...o, key: o.id === item.answer }))} text={text} keyWord="Best answer" />
    ),
    tally: (item, text) => lettered(text, item.options, (id) => id === item.answer),
  },
  multi: {
    Key: ({ item, text }) => <OptionKey options={item.options.map((o) => ({ ...o, key: o.correct }))} text={text} keyWord="Correct" />,
    tally: (item, text) => lettered(text, item.options, (id) => item.options.some((o) => o.id === id && o.correct)),
  },
  order: {
    Key: ({ item, text }) => (
      <ol class="option-key" {...keepInView}>
        {item.steps.map((step) => (
          <li key={step.id}>
            <Rich html={inline(text, step.text)} />
          </li>
        ))}
      </ol>
    ),
    tally: null,
  },
  match: {
    Key: ({ item, text }) => {
      const index = new Map(item.choices.map((c, i) => [c.id, i]));
      return (
        <ol class="option-key" {...keepInView}>
          {item.premises.map((p) => {
            const i = index.get(p.answer) ?? 0;
            return (
              <li key={p.id} class="option-key__entry">
                <Rich html={inline(text, p.text)} />: <span class="quiz__letter">{letter(i)}.</span>{' '}
                <Rich html={inline(text, item.choices[i]!.text)} />
                {p.feedback && <Rich as="div" class="option-key__feedback" html={feedbackHtml(text, p.feedback)} />}
              </li>
            );
          })}
        </ol>
      );
    },
    tally: null,
  },
  twoTier: {
    Key: ({ item, text }) => (
      <>
        <OptionKey options={item.options.map((o) => ({ ...o, key: o.id === item.answer }))} text={text} keyWord="Answer" />
        <p class="quiz__label">The reason</p>
        <OptionKey
          options={item.reasons.map((r) => ({ ...r, key: r.id === item.reason }))}
          text={text}
          keyWord="Reason"
          anchored={false}
        />
      </>
    ),
    tally: (item, text) => lettered(text, item.options, (id) => id === item.answer),
  },
  sct: {
    Key: ({ item, text }) => {
      const { counts, top, total } = panelSpread(item);
      const anchor = counts.indexOf(top);
      return (
        <ul class="option-key">
          {sctScale.map((value, i) => {
            const note = item.feedback?.[sctKeyOf(value)];
            return (
              <li key={value} class={counts[i] === top ? 'option-key__entry option-key__entry--key' : 'option-key__entry'}>
                <span class="quiz__letter">{sctValueLabel(value)}</span> {sctMeaning[sctKeyOf(value)]}: weight {counts[i]} of {total}{' '}
                {counts[i] === top && (
                  <MarkBadge mark={{ tone: 'ok', icon: '✓', word: 'Highest weight' }} {...(i === anchor ? keepInView : {})} />
                )}
                {note && <Rich as="div" class="option-key__feedback" html={feedbackHtml(text, note)} />}
              </li>
            );
          })}
        </ul>
      );
    },
    tally: (item) => {
      const { counts, top } = panelSpread(item);
      return sctScale.map((value, i) => ({
        id: sctKeyOf(value),
        letter: sctValueLabel(value),
        label: sctMeaning[sctKeyOf(value)],
        key: counts[i] === top,
      }));
    },
  },
  rank: {
    Key: ({ item, text }) => (
      <ol class="option-key" {...keepInView}>
        {idealRanking(item.options).map((o) => (
          <li key={o.id} class="option-key__entry">
            <Rich html={inline(text, o.text)} /> <span class="meta">({relevanceWords[o.relevance] ?? o.relevance})</span>
            <Rich as="div" class="option-key__feedback" html={feedbackHtml(text, o.feedback)} />
          </li>
        ))}
      </ol>
    ),
    tally: (item, text) => {
      const top = Math.max(...item.options.map((o) => o.relevance));
      // In the order the learner saw the options.
      return lettered(text, seededShuffle(item.options, item.id), (id) => item.options.some((o) => o.id === id && o.relevance === top));
    },
  },
  text: {
    Key: ({ item, text }) => (
      <>
        <p {...keepInView}>Accepted: {item.accept.join('; ')}</p>
        {item.reject && item.reject.length > 0 && (
          <OptionKey
            options={item.reject.map((r, i) => ({ id: String(i), text: r.answer, feedback: r.feedback, key: false }))}
            text={text}
            keyWord=""
          />
        )}
      </>
    ),
    tally: null,
  },
  hotspot: {
    Key: ({ item, text }) => (
      <>
        <p>(The answer is outlined on the figure.)</p>
        <OptionKey
          options={item.regions.map((r) => ({ id: r.id, text: r.label, feedback: r.feedback, key: r.id === item.answer }))}
          text={text}
          keyWord="Answer"
        />
      </>
    ),
    tally: (item, text) => lettered(text, item.regions.map((r) => ({ id: r.id, text: r.label })), (id) => id === item.answer),
  },
};

/** The reveal entry of one item type. */
export function revealKeyOf<T extends ItemType>(type: T): RevealKey<T> {
  return revealKeys[type];
}
