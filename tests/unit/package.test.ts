// scripts/package.mjs: the zip `npm run package` hands to whoever hosts the module.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageSite } from '../../scripts/package.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const { version, name } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

/** The entries of a zip file (name → contents), read from its central directory. */
function readZip(file: string): Map<string, Buffer> {
  const zip = readFileSync(file);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end, 'end of central directory').toBeGreaterThan(0);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const entryName = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataAt, dataAt + compressed);
    entries.set(entryName, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

let work: string;
let site: string;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'wfbb-package-'));
  site = path.join(work, 'dist');
  mkdirSync(path.join(site, 'lessons', 'the-case'), { recursive: true });
  writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>Home</title>');
  writeFileSync(path.join(site, 'lessons', 'the-case', 'index.html'), '<!doctype html><title>The case</title>');
  writeFileSync(path.join(site, 'sw.js'), '// worker');
  writeFileSync(path.join(site, 'manifest.webmanifest'), JSON.stringify({ scope: '/teach/poh/', start_url: '/teach/poh/' }));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('scripts/package.mjs', () => {
  it('zips the built site with README-SERVING.txt, named after the package version', async () => {
    const zipPath = await packageSite(site, work);
    expect(path.basename(zipPath)).toBe(`when-flesh-becomes-bone-${version}.zip`);
    const entries = readZip(zipPath);
    const folder = `${name}-${version}/`;
    for (const file of ['index.html', 'lessons/the-case/index.html', 'sw.js', 'manifest.webmanifest', 'README-SERVING.txt']) {
      expect([...entries.keys()], file).toContain(folder + file);
    }
    expect(entries.get(`${folder}index.html`)!.toString()).toContain('<title>Home</title>');
    const readme = entries.get(`${folder}README-SERVING.txt`)!.toString();
    expect(readme).toMatch(/static\s+web\s+server/i);
    expect(readme).toMatch(/file:\/\//);
    expect(readme).toMatch(/module\s+scripts/i);
    // The path it was built for comes from the build itself.
    expect(readme).toContain('/teach/poh/');
  });

  it('runs from the command line, and refuses a folder that is not a build', async () => {
    const run = promisify(execFile);
    const out = path.join(work, 'cli');
    mkdirSync(out);
    const { stdout } = await run(process.execPath, [path.join(root, 'scripts/package.mjs'), site, out]);
    expect(stdout).toContain(`when-flesh-becomes-bone-${version}.zip`);
    expect(readZip(path.join(out, `when-flesh-becomes-bone-${version}.zip`)).size).toBeGreaterThan(4);
    await expect(packageSite(path.join(work, 'nothing'), work)).rejects.toThrow(/npm run build/);
  });
});
