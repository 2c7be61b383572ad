/**
 * What "Reveal answer" shows in projector mode: the item type's key with every option's
 * feedback (src/islands/reveal-keys.tsx), and a show-of-hands tally beside it where the
 * room can vote for one option. Loaded only in projector mode.
 */
import type { ItemType } from '../grading/types.ts';
import type { ItemOf } from '../schemas/items/index.ts';
import type { ItemText } from './quiz-types.ts';
import { revealKeyOf } from './reveal-keys.tsx';
import { Tally } from './Tally.tsx';

export function RevealPanel({ item, text, idBase }: { item: ItemOf<ItemType>; text: ItemText; idBase: string }) {
  const { Key, tally } = revealKeyOf(item.type);
  const categories = tally?.(item, text);
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
