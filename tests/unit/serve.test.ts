// scripts/serve.mjs as `npm start` runs it: `node scripts/serve.mjs <dir> <port>`, from a
// checkout whose path contains a space (it used to exit at once there, serving nothing).
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

let work: string;
let checkout: string;
const children: ChildProcess[] = [];

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'wfbb-serve-'));
  checkout = path.join(work, 'my course', 'when flesh');
  mkdirSync(path.join(checkout, 'scripts'), { recursive: true });
  copyFileSync(path.join(root, 'scripts/serve.mjs'), path.join(checkout, 'scripts/serve.mjs'));
  // The copy finds sirv the way a real checkout does: through its own node_modules.
  symlinkSync(path.join(root, 'node_modules'), path.join(checkout, 'node_modules'), 'dir');
  const site = path.join(checkout, 'built site');
  mkdirSync(path.join(site, 'lessons', 'the-case'), { recursive: true });
  writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>home</title><h1>Home page</h1>');
  writeFileSync(path.join(site, 'lessons/the-case/index.html'), '<!doctype html><title>case</title><h1>The case</h1>');
  writeFileSync(path.join(site, '404.html'), '<!doctype html><title>404</title><h1>No such page</h1>');
});

afterAll(() => {
  for (const child of children) child.kill();
  rmSync(work, { recursive: true, force: true });
});

/** Runs the copied serve.mjs with port 0 (a free one) and resolves to the address it prints. */
function startServer(args: string[], env: Record<string, string> = {}): Promise<string> {
  const child = spawn(process.execPath, ['scripts/serve.mjs', ...args], {
    cwd: checkout,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk;
      const url = output.match(/served at (http:\/\/127\.0\.0\.1:\d+\S*)/)?.[1];
      if (url) resolve(url);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`serve.mjs exited (code ${code}) before serving:\n${output}`)));
    child.once('error', reject);
  });
}

describe('node scripts/serve.mjs from a path with spaces', () => {
  it('keeps running and serves the pages and the 404 page', async () => {
    const url = await startServer(['built site', '0']);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);

    const home = await fetch(url);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('<h1>Home page</h1>');

    const lesson = await fetch(new URL('lessons/the-case/', url));
    expect(lesson.status).toBe(200);
    expect(await lesson.text()).toContain('<h1>The case</h1>');

    const missing = await fetch(new URL('no-such-page/', url));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await missing.text()).toContain('<h1>No such page</h1>');
  });

  it('serves under BASE_PATH and nothing outside it', async () => {
    const url = await startServer(['built site', '0'], { BASE_PATH: '/teach/poh/' });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/teach\/poh\/$/);
    const origin = new URL(url).origin;

    const lesson = await fetch(`${origin}/teach/poh/lessons/the-case/`);
    expect(lesson.status).toBe(200);
    expect(await lesson.text()).toContain('<h1>The case</h1>');
    expect((await fetch(`${origin}/teach/poh`, { redirect: 'manual' })).headers.get('location')).toBe('/teach/poh/');
    expect((await fetch(`${origin}/lessons/the-case/`)).status).toBe(404);
  });
});
