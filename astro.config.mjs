// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import lessonSteps from './src/projector/rehype-lesson-steps.ts';
import pagefind from 'astro-pagefind';
import serviceWorker from './src/integrations/service-worker.ts';
import itemData from './src/integrations/item-data.ts';
import contentValidation from './src/content-validation/integration.ts';
import clientEngage from './src/client-directives/engage-integration.ts';

/** The sub-path the module is served from, e.g. BASE_PATH=/teach/poh/ npm run build. */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  output: 'static',
  // Tests build into their own folder so a test run never disturbs a served dist/.
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Each `##` section of a lesson becomes a <section class="lesson-step"> (projector steps).
  markdown: { processor: satteri({ hastPlugins: [lessonSteps] }) },
  // itemData() cuts the items' props out of the pages (item-data/*.js carries them); pagefind() writes the search index, then serviceWorker() (keep it last) precaches the finished output.
  integrations: [contentValidation(), clientEngage(), preact(), mdx(), itemData(), pagefind(), serviceWorker()],
});
