// scripts/package.mjs: the zip `npm run package` hands to whoever hosts the module.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageLms, packagePortable, packageSite } from '../../scripts/package.mjs';
import { courseIriOf, masteryScoreOf, storeChunk } from '../../scripts/lms/package-lms.mjs';
import { validateManifest } from '../../scripts/lms/validate.mjs';
import { relativeAddress } from '../../scripts/portable/build.mjs';
import { excerpt, fileAddress, pathInCopy, searchPages } from '../../scripts/portable/runtime.js';

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
  writeFileSync(
    path.join(site, 'lessons', 'the-case', 'index.html'),
    '<!doctype html><title>The case</title><div data-quiz-item="case-first" data-quiz-type="single"></div><div data-quiz-item="case-order" data-quiz-type="order"></div>',
  );
  writeFileSync(path.join(site, 'sw.js'), '// worker');
  // The built chunk that defines the progress store, as the LMS packages look for it.
  mkdirSync(path.join(site, '_astro'));
  writeFileSync(path.join(site, '_astro', 'progress.X1.js'), 'const s = { recordGrade() {}, onRecorded() { return () => {}; } };\nexport { s as n };\n');
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
    expect(stdout).toContain(`when-flesh-becomes-bone-${version}-portable.zip`);
    for (const standard of ['scorm12', 'scorm2004', 'cmi5']) expect(stdout).toContain(`when-flesh-becomes-bone-${version}-${standard}.zip`);
    expect(readZip(path.join(out, `when-flesh-becomes-bone-${version}.zip`)).size).toBeGreaterThan(4);
    await expect(packageSite(path.join(work, 'nothing'), work)).rejects.toThrow(/npm run build/);
  });
});

describe('scripts/package.mjs: the LMS zips', () => {
  it('writes SCORM 1.2, SCORM 2004 and cmi5 zips with the manifest, schemas and launch page at the root', async () => {
    const out = path.join(work, 'lms');
    mkdirSync(out);
    const zips = await packageLms(site, out, { masteryScore: 0.7 });
    expect(zips.map((z) => path.basename(z))).toEqual(['scorm12', 'scorm2004', 'cmi5'].map((s) => `${name}-${version}-${s}.zip`));
    const [scorm12, scorm2004, cmi5] = zips.map(readZip);
    for (const entries of [scorm12!, scorm2004!, cmi5!]) {
      const names = [...entries.keys()];
      // No wrapping folder: an LMS looks for the manifest at the root.
      expect(names).toContain('launch.html');
      expect(names).toContain('index.html');
      expect(names).toContain('_lms/launch.js');
      expect(names).not.toContain('sw.js');
      const launch = entries.get('launch.html')!.toString();
      const config = JSON.parse(/<script type="application\/json" id="wfbb-lms-config">([\s\S]*?)<\/script>/.exec(launch)![1]!);
      expect(config.facts).toEqual({
        title: 'When Flesh Becomes Bone',
        items: [
          { id: 'case-first', type: 'single', lesson: 'the-case' },
          { id: 'case-order', type: 'order', lesson: 'the-case' },
        ],
        lessons: ['the-case'],
        masteryScore: 0.7,
      });
      // Every page's bundle carries the bridge to the launch page's session.
      expect(entries.get('_portable/lessons-the-case.js')!.toString()).toContain('__wfbbLms');
    }
    for (const [entries, kind, manifest] of [[scorm12!, 'scorm12', 'imsmanifest.xml'], [scorm2004!, 'scorm2004', 'imsmanifest.xml'], [cmi5!, 'cmi5', 'cmi5.xml']] as const) {
      const text = entries.get(manifest)!.toString();
      validateManifest(text, kind);
      expect(JSON.parse(/<script type="application\/json" id="wfbb-lms-config">([\s\S]*?)<\/script>/.exec(entries.get('launch.html')!.toString())![1]!).standard).toBe(kind);
      if (kind !== 'cmi5') {
        // Every file of the package is listed, and the schema files are there.
        for (const file of [...entries.keys()].filter((f) => f !== 'imsmanifest.xml' && !f.endsWith('/'))) expect(text, file).toContain(`<file href="${file}"/>`);
      }
    }
    expect([...scorm12!.keys()]).toContain('imscp_rootv1p1p2.xsd');
    expect([...scorm2004!.keys()]).toContain('imsss_v1p0.xsd');
    expect(scorm12!.get('imsmanifest.xml')!.toString()).toContain('<adlcp:masteryscore>70</adlcp:masteryscore>');
  });

  it('takes the cmi5 course IRI from LMS_COURSE_IRI, a reserved placeholder without it, and refuses one that is not an IRI', () => {
    expect(courseIriOf('poh', undefined)).toBe('https://when-flesh-becomes-bone.invalid/poh');
    expect(courseIriOf('poh', 'https://med.example.edu/courses/poh')).toBe('https://med.example.edu/courses/poh');
    expect(courseIriOf('poh', 'urn:uuid:6f1c2a3e-0b1d-4c55-9e7a-2f7e8d9c0a11')).toMatch(/^urn:uuid:/);
    expect(() => courseIriOf('poh', 'our poh course')).toThrow(/LMS_COURSE_IRI must be an absolute IRI/);
  });

  it('refuses a mastery score outside 0-1, and a build without the progress store', () => {
    expect(masteryScoreOf(undefined)).toBe(0.8);
    expect(masteryScoreOf('0.65')).toBe(0.65);
    expect(() => masteryScoreOf('80')).toThrow(/LMS_MASTERY_SCORE must be a number from 0 to 1/);
    expect(() => masteryScoreOf('lots')).toThrow(/LMS_MASTERY_SCORE/);
    const empty = path.join(work, 'no-store');
    mkdirSync(path.join(empty, '_astro'), { recursive: true });
    writeFileSync(path.join(empty, '_astro', 'a.js'), 'export const x = 1;');
    expect(() => storeChunk(empty)).toThrow(/expected one built chunk defining the progress store.*found 0/);
  });
});

describe('scripts/package.mjs: the portable zip', () => {
  it('writes <name>-<version>-portable.zip: pages rewritten for file://, no sw.js, a README for double-click', async () => {
    const portableSite = path.join(work, 'portable-site');
    mkdirSync(path.join(portableSite, 'lessons', 'the-case'), { recursive: true });
    mkdirSync(path.join(portableSite, '_astro'), { recursive: true });
    writeFileSync(path.join(portableSite, '_astro', 'page.js'), 'document.documentElement.dataset.ran = "yes";\n');
    writeFileSync(path.join(portableSite, '_astro', 'site.css'), 'body { background: url(/icons/bg.svg); }\n');
    writeFileSync(
      path.join(portableSite, 'lessons', 'the-case', 'index.html'),
      '<!doctype html><html><head><link rel="manifest" href="/manifest.webmanifest"><link rel="stylesheet" href="/_astro/site.css"></head>' +
        '<body><main data-pagefind-body><h1>The case</h1><h2 id="gnas">GNAS</h2><p>Loss of GNAS function.</p></main>' +
        '<a href="/">Home</a> <a href="/lessons/the-case/?present#s2">Present</a> <a href="https://doi.org/10.1/x">DOI</a>' +
        '<script type="module" src="/_astro/page.js"></script></body></html>',
    );
    writeFileSync(path.join(portableSite, 'index.html'), '<!doctype html><html><head></head><body><main><h1>Home</h1></main></body></html>');
    writeFileSync(path.join(portableSite, 'sw.js'), '// worker');
    writeFileSync(path.join(portableSite, 'manifest.webmanifest'), JSON.stringify({ scope: '/' }));
    const zipPath = await packagePortable(portableSite, work);
    expect(path.basename(zipPath)).toBe(`${name}-${version}-portable.zip`);
    const entries = readZip(zipPath);
    const folder = `${name}-${version}-portable/`;
    const names = [...entries.keys()];
    expect(names).toContain(`${folder}README-PORTABLE.txt`);
    expect(names).not.toContain(`${folder}sw.js`);
    expect(names).toContain(`${folder}_portable/lessons-the-case.js`);
    expect(names).toContain(`${folder}_portable/search-index.js`);
    const lesson = entries.get(`${folder}lessons/the-case/index.html`)!.toString();
    expect(lesson).not.toMatch(/type="module"/);
    expect(lesson).not.toContain('rel="manifest"');
    expect(lesson).toContain('href="../../_astro/site.css"');
    expect(lesson).toContain('href="../../index.html"');
    expect(lesson).toContain('href="../../lessons/the-case/index.html?present#s2"');
    expect(lesson).toContain('href="https://doi.org/10.1/x"');
    expect(lesson).toContain('<script defer src="../../_portable/lessons-the-case.js"></script>');
    // The page's module is in its classic bundle.
    expect(entries.get(`${folder}_portable/lessons-the-case.js`)!.toString()).toContain('dataset.ran');
    expect(entries.get(`${folder}_astro/site.css`)!.toString()).toContain('url(../icons/bg.svg)');
    const index = entries.get(`${folder}_portable/search-index.js`)!.toString();
    expect(index).toContain('"url":"lessons/the-case/index.html"');
    expect(index).toContain('"id":"gnas"');
    // Only the page marked for the search index is in it, as pagefind does.
    expect(index).not.toContain('"title":"Home"');
    const readme = entries.get(`${folder}README-PORTABLE.txt`)!.toString();
    expect(readme).toMatch(/double-click/);
    expect(readme).toMatch(/Firefox/);
  });
});

describe('scripts/portable: addresses and search', () => {
  it('turns root-absolute addresses into relative file addresses', () => {
    expect(relativeAddress('/', '/', '../')).toBe('../index.html');
    expect(relativeAddress('/lessons/x/#a', '/', '../../')).toBe('../../lessons/x/index.html#a');
    expect(relativeAddress('/_astro/a.css', '/', '')).toBe('_astro/a.css');
    expect(relativeAddress('/teach/poh/search/?q=x', '/teach/poh/', '../')).toBe('../search/index.html?q=x');
    expect(relativeAddress('//other.host/x', '/', '../')).toBe('//other.host/x');
    expect(relativeAddress('relative/x.html', '/', '../')).toBe('relative/x.html');
  });

  it('finds the pages holding every term, with the terms marked in the excerpt', async () => {
    const index = [
      { url: 'a/index.html', title: 'A', text: 'GNAS is imprinted. GNAS again.', sections: [{ id: 'g', title: 'GNAS', text: 'GNAS is imprinted.' }] },
      { url: 'b/index.html', title: 'B', text: 'Nothing about <the> gene.', sections: [] },
    ];
    const hits = searchPages(index, 'gnas', 'file:///x/');
    expect(hits).toHaveLength(1);
    expect(searchPages(index, 'gnas nothing', 'file:///x/')).toHaveLength(0);
    expect(excerpt('Nothing about <the> gene.', ['the'])).toBe('Nothing about <mark>&#60;the&#62;</mark> gene.');
    const data: { url: string; excerpt: string; sub_results: { url: string }[] } = await hits[0]!.data();
    expect(data.url).toBe('file:///x/a/index.html');
    expect(data.excerpt).toContain('<mark>GNAS</mark>');
    expect(data.sub_results[0]!.url).toBe('file:///x/a/index.html#g');
  });

  it('maps addresses inside the copy, folders to their index.html', () => {
    const where = { root: 'file:///m%20n/copy/', base: '/', here: 'file:///m%20n/copy/lessons/x/index.html' };
    expect(pathInCopy('/_astro/X.js', where)).toBe('_astro/X.js');
    expect(pathInCopy('../../_astro/X.js', where)).toBe('_astro/X.js');
    expect(pathInCopy('https://elsewhere/x.js', where)).toBe(null);
    expect(fileAddress('lessons/x/#a')).toBe('lessons/x/index.html#a');
    expect(fileAddress('')).toBe('index.html');
    expect(fileAddress('_astro/a.js')).toBe('_astro/a.js');
    expect(fileAddress('..#x')).toBe('../index.html#x');
  });
});

describe('scripts/portable: relative folder links', () => {
  it('gives a relative folder address its index.html, and leaves files, anchors and other hosts alone', () => {
    expect(relativeAddress('../genetics/', '/', '../../')).toBe('../genetics/index.html');
    expect(relativeAddress('../genetics/#gnas', '/', '../../')).toBe('../genetics/index.html#gnas');
    expect(relativeAddress('..', '/', '../../')).toBe('../index.html');
    expect(relativeAddress('page.html#x', '/', '../')).toBe('page.html#x');
    expect(relativeAddress('#top', '/', '../')).toBe('#top');
    expect(relativeAddress('mailto:a@b', '/', '../')).toBe('mailto:a@b');
  });
});
