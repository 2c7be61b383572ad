// item-data/figure-<name>.js: the sprite of a figure that hotspot items draw, for the review queue,
// whose page carries no figure (src/islands/item-data.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { figureDataScript, hotspotFigureNames } from '../../build/item-data.ts';

export const getStaticPaths: GetStaticPaths = async () => (await hotspotFigureNames()).map((name) => ({ params: { name } }));

export const GET: APIRoute = ({ params }) => new Response(figureDataScript(params.name!), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
