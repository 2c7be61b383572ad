import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './chromium';
import { buildEnvironment } from './build';
import { serve } from '../../scripts/serve.mjs';

const root = path.resolve(import.meta.dirname, '../..');
// E2E_SITE_DIR lets two runs on one machine use separate builds.
export const testDist = process.env.E2E_SITE_DIR ? path.resolve(process.env.E2E_SITE_DIR) : path.join(root, '.test-dist', 'site');

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    distDir: string;
  }
}

/** Builds the site once, serves it on a free loopback port, and hands the address to the tests. */
export default async function setup(project: TestProject) {
  chromiumPath(); // fail before a slow build when there is no browser
  if (!(process.env.E2E_REUSE_BUILD === '1' && existsSync(path.join(testDist, 'index.html')))) {
    mkdirSync(path.dirname(testDist), { recursive: true });
    execFileSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: root,
      // A real production build: vitest's own env (NODE_ENV=test, BASE_URL...) is left out.
      env: { ...buildEnvironment(), OUT_DIR: testDist, BASE_PATH: '/' },
      stdio: 'inherit',
    });
  }
  const { server, url } = await serve(testDist, 0);
  project.provide('baseURL', url);
  project.provide('distDir', testDist);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
