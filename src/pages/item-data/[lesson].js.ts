// item-data/<lesson>.js: the lesson's question data, loaded on demand (src/islands/item-data.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getLessons } from '../../build/lessons';
import { itemDataScript, lessonItemData } from '../../build/item-data.ts';

export const getStaticPaths: GetStaticPaths = async () => (await getLessons()).map((lesson) => ({ params: { lesson: lesson.id } }));

export const GET: APIRoute = async ({ params }) => {
  const lesson = params.lesson!;
  return new Response(itemDataScript(lesson, await lessonItemData(lesson)), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
};
