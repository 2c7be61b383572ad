// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';

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
  integrations: [preact(), mdx()],
});
