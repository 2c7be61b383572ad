/**
 * The items of the module as the pages need them: one by id, all in teaching order, and the
 * fixed self-assessment set. Build time only.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';

export type QuestionEntry = CollectionEntry<'questions'>;

/** The item with this id, or an Error naming it. */
export async function loadQuestion(id: string): Promise<QuestionEntry> {
  const entry = await getEntry('questions', id);
  if (!entry) throw new Error(`<Quiz id="${id}">: no item with id "${id}" in content/questions/*.yaml`);
  return entry;
}

/** Every item, with its lesson, in lesson order then file order. */
export async function allQuestions(): Promise<QuestionEntry[]> {
  const [entries, lessons] = await Promise.all([getCollection('questions'), getCollection('lessons')]);
  const order = new Map(lessons.map((l) => [l.id, l.data.order]));
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => (order.get(a.entry.data.lesson) ?? 99) - (order.get(b.entry.data.lesson) ?? 99) || a.index - b.index)
    .map(({ entry }) => entry);
}

/**
 * A fixed self-assessment set: `size` items taken in turn from each lesson, each time the
 * item whose type the set has least of (file order breaks ties), so lessons and types spread.
 */
export function selfAssessmentSet(entries: readonly QuestionEntry[], size = 12): QuestionEntry[] {
  const byLesson = new Map<string, QuestionEntry[]>();
  for (const entry of entries) byLesson.set(entry.data.lesson, [...(byLesson.get(entry.data.lesson) ?? []), entry]);
  const typeCount = new Map<string, number>();
  const chosen: QuestionEntry[] = [];
  while (chosen.length < size && [...byLesson.values()].some((list) => list.length > 0)) {
    for (const list of byLesson.values()) {
      if (chosen.length >= size || list.length === 0) continue;
      let best = 0;
      list.forEach((entry, i) => {
        if ((typeCount.get(entry.data.item.type) ?? 0) < (typeCount.get(list[best]!.data.item.type) ?? 0)) best = i;
      });
      const [entry] = list.splice(best, 1);
      chosen.push(entry!);
      typeCount.set(entry!.data.item.type, (typeCount.get(entry!.data.item.type) ?? 0) + 1);
    }
  }
  return chosen;
}
