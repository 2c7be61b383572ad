// Extra builds for the offline/hosting tests (each ~20-60 s): built once per test file in
// beforeAll, into .test-dist/<name>, and reused across runs with E2E_REUSE_BUILD=1.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import { inflateRawSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { createStaticServer } from '../../scripts/serve.mjs';

const run = promisify(execFile);
export const root = path.resolve(import.meta.dirname, '../..');

/**
 * The environment of a real `npm run build`: vitest puts its own import.meta.env into
 * process.env (BASE_URL=/, MODE, PROD...) and sets NODE_ENV=test; a child build would
 * take BASE_URL=/ over BASE_PATH in server-rendered pages.
 */
export function buildEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return env;
}

/** Builds the site with extra environment (BASE_PATH, PUBLIC_BUILD_STAMP...) into .test-dist/<name>. */
export async function buildVariant(name: string, env: Record<string, string> = {}): Promise<string> {
  const outDir = path.join(root, '.test-dist', name);
  if (process.env.E2E_REUSE_BUILD === '1' && existsSync(path.join(outDir, 'sw.js'))) return outDir;
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(path.dirname(outDir), { recursive: true });
  try {
    await run(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: root,
      env: { ...buildEnvironment(), BASE_PATH: '/', ...env, OUT_DIR: outDir },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`Build "${name}" failed:\n${stdout.slice(-4000)}\n${stderr.slice(-4000)}`);
  }
  return outDir;
}

/** Every file of a build, as paths relative to it ("_astro/x.js"). */
export function builtFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

export interface TestServer {
  /** http://127.0.0.1:<port><basePath> */
  url: string;
  /** Serves another build from now on, at the same origin (a new deployment). */
  swap(dir: string): void;
  /** Stops answering and drops open connections (the host goes away). */
  close(): Promise<void>;
}

/** Serves a build on a free loopback port with scripts/serve.mjs's rules, swappable in place. */
export function serveBuild(dir: string, basePath = '/'): Promise<TestServer> {
  const handlerFor = (d: string) => createStaticServer(d, basePath).listeners('request')[0] as (...args: unknown[]) => void;
  let handler = handlerFor(dir);
  return new Promise((resolve, reject) => {
    const server: Server = createServer((req, res) => handler(req, res));
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}${basePath}`,
        swap: (next) => {
          handler = handlerFor(next);
        },
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

/** Waits until the service worker is active and controls the page (the precache is complete). */
export async function waitForController(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, {
    timeout: 60_000,
  });
}

/** Unpacks a zip (stored or deflated entries, as archiver writes them) into dir, as a learner's unzip tool would. */
export function unzip(zipPath: string, dir: string): string[] {
  const zip = readFileSync(zipPath);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error(`${zipPath} is not a zip file (no end of central directory)`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${zipPath}: bad central directory entry ${i}`);
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extra + comment;
    const target = path.join(dir, name);
    if (!target.startsWith(path.resolve(dir) + path.sep)) throw new Error(`${zipPath}: entry ${name} leaves the folder`);
    if (name.endsWith('/')) {
      mkdirSync(target, { recursive: true });
      continue;
    }
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataAt, dataAt + compressed);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, method === 8 ? inflateRawSync(data) : data);
    names.push(name);
  }
  return names;
}
