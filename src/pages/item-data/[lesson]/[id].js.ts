// item-data/<lesson>/<id>.js: one question's data, loaded on demand (src/islands/item-data.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { allQuestions } from '../../../build/question-sets.ts';
import { quizProps } from '../../../build/quiz-props.ts';
import { itemDataScript } from '../../../build/item-data.ts';

export const getStaticPaths: GetStaticPaths = async () => (await allQuestions()).map((q) => ({ params: { lesson: q.data.lesson, id: q.id } }));

export const GET: APIRoute = async ({ params }) =>
  new Response(itemDataScript(await quizProps(params.id!)), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
