/**
 * Generates the service worker from the finished build (after pagefind has written its index),
 * so it precaches exactly the files that were deployed: every page, script, style, icon,
 * the manifest and the search index. After one online visit the whole module works offline.
 *
 * Updates: `skipWaiting: false` keeps a new worker waiting until the learner accepts the
 * "new version" prompt (src/components/site/ServiceWorkerRegistration.astro), and the runtime is
 * inlined into sw.js, so one deployment is always served from one consistent precache.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW, getManifest } from 'workbox-build';

/** What the hosting check page reads to count the cached files (n of N): written next to sw.js, precached with the rest. */
export const PRECACHE_LIST = 'precache.json';

export interface ServiceWorkerOptions {
  /** Fail the build when the search index is missing (it must be precached to work offline). */
  requireSearchIndex?: boolean;
}

/** File kinds the module is made of; everything else (source maps, the zip) stays out. */
const precached = [
  '**/*.html',
  '**/*.{js,mjs,css}',
  '**/*.{svg,png,ico,webp,avif,jpg,woff2}',
  'manifest.webmanifest',
  PRECACHE_LIST,
  // Pagefind's index: its loader and worker, wasm, metadata, index chunks and fragments.
  'pagefind/**/*',
];

export default function serviceWorker({ requireSearchIndex = true }: ServiceWorkerOptions = {}): AstroIntegration {
  return {
    name: 'service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        if (requireSearchIndex && !existsSync(path.join(outDir, 'pagefind', 'pagefind.js'))) {
          throw new Error(
            'service-worker: no pagefind/pagefind.js in the build. The search index must be written ' +
              'before the service worker is generated (list pagefind() before serviceWorker() in astro.config.mjs).',
          );
        }
        const globIgnores = ['sw.js', 'workbox-*.js', '**/*.map', 'pagefind/pagefind-*ui.*', 'pagefind/pagefind-highlight.js'];
        // The same list the worker will hold, so the hosting check can say "n of N".
        const listed = await getManifest({ globDirectory: outDir, globPatterns: precached, globIgnores, maximumFileSizeToCacheInBytes: 5 * 1024 * 1024 });
        const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
        const files = [...listed.manifestEntries.map((entry) => entry.url).filter((url) => url !== PRECACHE_LIST), PRECACHE_LIST].sort();
        writeFileSync(path.join(outDir, PRECACHE_LIST), `${JSON.stringify({ version, files })}\n`);
        const { count, size, warnings } = await generateSW({
          globDirectory: outDir,
          globPatterns: precached,
          // The UI bundles pagefind ships are not used (search.astro uses its JS API).
          globIgnores,
          swDest: path.join(outDir, 'sw.js'),
          // Entries stay relative ("lessons/the-case/index.html"); the worker resolves them
          // against its own URL, <base>sw.js, so any BASE_PATH works without rewriting.
          cacheId: 'when-flesh-becomes-bone',
          // "/lessons/the-case/" is served from ".../index.html".
          directoryIndex: 'index.html',
          // "?present", "?q=GNAS" and pagefind's "?ts=" still hit the precache.
          ignoreURLParametersMatching: [/.*/],
          // Astro's hashed assets need no revision of their own.
          dontCacheBustURLsMatching: /(^|\/)_astro\//,
          // A new version waits for the learner's consent (messageSkipWaiting from the page).
          skipWaiting: false,
          // The first install takes over the page it was registered from (no reload needed);
          // a later version only activates after skipWaiting, so this never mixes versions.
          clientsClaim: true,
          cleanupOutdatedCaches: true,
          // Every page is precached; any other address goes to the network, and when the
          // network is gone the learner gets the module's own not-found page, not the browser's.
          runtimeCaching: [
            {
              urlPattern: ({ request }) => request.mode === 'navigate',
              handler: 'NetworkOnly',
              options: { precacheFallback: { fallbackURL: '404.html' } },
            },
          ],
          inlineWorkboxRuntime: true,
          sourcemap: false,
          mode: 'production',
          maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        });
        for (const warning of warnings) logger.warn(warning);
        logger.info(`sw.js precaches ${count} files (${(size / 1024).toFixed(0)} KiB)`);
      },
    },
  };
}
