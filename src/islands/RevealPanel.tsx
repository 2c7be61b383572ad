/**
 * What "Reveal answer" shows in projector mode: the key with every option's feedback, and
 * a show-of-hands tally beside it. Loaded only in projector mode.
 */
import { idealRanking } from '../grading/rank.ts';
import type { ItemType } from '../grading/types.ts';
import type { ItemOf } from '../schemas/items/index.ts';
import { MarkBadge } from './FeedbackList.tsx';
import { inline, letter, plain, type ItemText, type TallyCategory } from './quiz-types.ts';
import { Rich } from './Rich.tsx';
import { seededShuffle } from './seeded-shuffle.ts';
import { Tally } from './Tally.tsx';
import { sctMeaning, sctScale, sctValueLabel } from './sct-scale.ts';

interface Option {
  id: string;
  text: string;
  feedback?: string | undefined;
  key: boolean;
}

const feedbackHtml = (text: ItemText, source: string) => text.block[source] ?? inline(text, source);

/** Every option lettered, the key marked, each with its feedback. */
function OptionKey({ options, text, keyWord }: { options: readonly Option[]; text: ItemText; keyWord: string }) {
  return (
    <ul class="option-key">
      {options.map((option, index) => (
        <li key={option.id} class={option.key ? 'option-key__entry option-key__entry--key' : 'option-key__entry'}>
          <span class="quiz__letter">{letter(index)}.</span> <Rich html={inline(text, option.text)} />{' '}
          <MarkBadge mark={option.key ? { tone: 'ok', icon: '✓', word: keyWord } : { tone: 'bad', icon: '✗', word: 'Not the key' }} />
          {option.feedback && <Rich as="div" class="option-key__feedback" html={feedbackHtml(text, option.feedback)} />}
        </li>
      ))}
    </ul>
  );
}

const relevanceWords = ['not relevant', 'possible', 'likely', 'leading'];

function Key({ item, text }: { item: ItemOf<ItemType>; text: ItemText }) {
  switch (item.type) {
    case 'single':
      return <OptionKey options={item.options.map((o) => ({ ...o, key: o.id === item.answer }))} text={text} keyWord="Best answer" />;
    case 'multi':
      return <OptionKey options={item.options.map((o) => ({ ...o, key: o.correct }))} text={text} keyWord="Correct" />;
    case 'twoTier':
      return (
        <>
          <OptionKey options={item.options.map((o) => ({ ...o, key: o.id === item.answer }))} text={text} keyWord="Answer" />
          <p class="quiz__label">The reason</p>
          <OptionKey options={item.reasons.map((r) => ({ ...r, key: r.id === item.reason }))} text={text} keyWord="Reason" />
        </>
      );
    case 'order':
      return (
        <ol class="option-key">
          {item.steps.map((step) => (
            <li key={step.id}>
              <Rich html={inline(text, step.text)} />
            </li>
          ))}
        </ol>
      );
    case 'rank':
      return (
        <ol class="option-key">
          {idealRanking(item.options).map((o) => (
            <li key={o.id} class="option-key__entry">
              <Rich html={inline(text, o.text)} /> <span class="meta">({relevanceWords[o.relevance] ?? o.relevance})</span>
              <Rich as="div" class="option-key__feedback" html={feedbackHtml(text, o.feedback)} />
            </li>
          ))}
        </ol>
      );
    case 'match': {
      const index = new Map(item.choices.map((c, i) => [c.id, i]));
      return (
        <ol class="option-key">
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
    }
    case 'sct': {
      const counts = sctScale.map((v) => item.panel[String(v) as '0']);
      const top = Math.max(...counts);
      const total = counts.reduce((a, b) => a + b, 0);
      return (
        <ul class="option-key">
          {sctScale.map((value, i) => {
            const note = item.feedback?.[String(value) as '0'];
            return (
              <li key={value} class={counts[i] === top ? 'option-key__entry option-key__entry--key' : 'option-key__entry'}>
                <span class="quiz__letter">{sctValueLabel(value)}</span> {sctMeaning[String(value)]}: {counts[i]} of {total} experts{' '}
                {counts[i] === top && <MarkBadge mark={{ tone: 'ok', icon: '✓', word: 'Most common' }} />}
                {note && <Rich as="div" class="option-key__feedback" html={feedbackHtml(text, note)} />}
              </li>
            );
          })}
        </ul>
      );
    }
    case 'text':
      return (
        <>
          <p>Accepted: {item.accept.join('; ')}</p>
          {item.reject && item.reject.length > 0 && (
            <OptionKey options={item.reject.map((r, i) => ({ id: String(i), text: r.answer, feedback: r.feedback, key: false }))} text={text} keyWord="" />
          )}
        </>
      );
    case 'hotspot':
      return (
        <>
          <p>(The answer is outlined on the figure.)</p>
          <OptionKey options={item.regions.map((r) => ({ id: r.id, text: r.label, feedback: r.feedback, key: r.id === item.answer }))} text={text} keyWord="Answer" />
        </>
      );
  }
}

/** Show-of-hands categories: the options, the scale, or the regions; none for order, match and text. */
function tallyCategories(item: ItemOf<ItemType>, text: ItemText): TallyCategory[] | undefined {
  const lettered = (list: readonly { id: string; text: string }[], isKey: (id: string) => boolean) =>
    list.map((o, i) => ({ id: o.id, letter: letter(i), label: plain(text, o.text), key: isKey(o.id) }));
  switch (item.type) {
    case 'single':
    case 'twoTier':
      return lettered(item.options, (id) => id === item.answer);
    case 'multi':
      return lettered(item.options, (id) => item.options.some((o) => o.id === id && o.correct));
    case 'rank': {
      const top = Math.max(...item.options.map((o) => o.relevance));
      return lettered(seededShuffle(item.options, item.id), (id) => item.options.some((o) => o.id === id && o.relevance === top));
    }
    case 'hotspot':
      return lettered(item.regions.map((r) => ({ id: r.id, text: r.label })), (id) => id === item.answer);
    case 'sct': {
      const top = Math.max(...sctScale.map((v) => item.panel[String(v) as '0']));
      return sctScale.map((v) => ({ id: String(v), letter: sctValueLabel(v), label: sctMeaning[String(v)]!, key: item.panel[String(v) as '0'] === top }));
    }
    default:
      return undefined;
  }
}

export function RevealPanel({ item, text, idBase }: { item: ItemOf<ItemType>; text: ItemText; idBase: string }) {
  const categories = tallyCategories(item, text);
  return (
    <div class="quiz__reveal">
      <div class="quiz__key">
        <p class="quiz__label">The answer</p>
        <Key item={item} text={text} />
      </div>
      {categories && <Tally categories={categories} idBase={idBase} />}
    </div>
  );
}
