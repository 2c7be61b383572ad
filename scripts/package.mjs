#!/usr/bin/env node
// `npm run package` (after `npm run build`) writes two zips of the built site:
// - when-flesh-becomes-bone-<version>.zip, for a web server, with README-SERVING.txt inside;
// - when-flesh-becomes-bone-<version>-portable.zip, to open by double-click with no server
//   (file://; see scripts/portable/build.mjs), with README-PORTABLE.txt inside.
// - when-flesh-becomes-bone-<version>-scorm12.zip, -scorm2004.zip and -cmi5.zip, to upload to an
//   LMS (scripts/lms/), manifest at the root; LMS_MASTERY_SCORE=0.8 sets the pass mark.
// Usage: node scripts/package.mjs [builtDir=dist] [outputDir=.]
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ZipArchive } from 'archiver';
import { buildPortable } from './portable/build.mjs';
import { buildLmsCopy, courseIriOf, lmsExtras, lmsZipName, masteryScoreOf, standards } from './lms/package-lms.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function servingReadme({ name, version, basePath }) {
  const title = `When Flesh Becomes Bone ${version}: how to serve it`;
  const where =
    basePath === '/'
      ? 'It was built to be served at the root of a web site (https://your.host/).'
      : `It was built to be served under ${basePath} (https://your.host${basePath}):\nput the files in that folder of your web server. To serve it under another\npath, rebuild it with BASE_PATH=/that/path/ npm run package.`;
  return `${title}
${'='.repeat(title.length)}

The folder ${name}-${version}/ is the complete module as plain static files: no
server-side code and no database. Copy its contents to any static web server
(nginx, Apache, IIS, Caddy, GitHub Pages, a hospital intranet server) and open
it in a browser through that server.

${where}

Quick local test, from inside the unzipped folder:

    python3 -m http.server 8080        (then open http://localhost:8080/)

Do not open this folder's index.html straight from the disk: browsers do not
run module scripts, service workers or the search index from file://
addresses, so the questions, saved progress, offline use and search would not
work there. To open the module from a folder or a USB stick with no server,
use the other zip, ${name}-${version}-portable.zip.

Over plain HTTP (not HTTPS, and not localhost) browsers do not allow a service
worker, so the module cannot go offline there; it says so once on the page, and
everything else works. The page "Hosting check" (linked from About) tells what
this copy can do on your host.

After one visit over HTTP the module works offline: a service worker (sw.js)
keeps every page, figure and the search index in the browser. When you deploy
a new version, open pages show "A new version is available: Reload"; nothing
from the two versions is mixed. Keep sw.js where it is, and replace the whole
folder when you update.

Nothing is ever loaded from another host.
`;
}

export function portableReadme({ name, version }) {
  const title = `When Flesh Becomes Bone ${version}: the portable copy`;
  return `${title}
${'='.repeat(title.length)}

Unzip this file anywhere (a laptop folder, a USB stick, a shared drive) and
double-click ${name}-${version}-portable/index.html. No server and no internet
are needed.

Tested in Chromium-based browsers (Google Chrome, Microsoft Edge, Chromium)
with their default settings: every page, the questions and their feedback,
saved progress (kept in the browser, across pages and after it is closed),
search, projector mode and the speaker view.

Firefox: not tested. Pages, questions and search should work (this copy
uses classic scripts only); saved progress shared between pages, and the
speaker view, may not, depending on how Firefox treats file:// pages. If
they do not, use a Chromium-based browser or serve the folder.

Differences from the web copy: there is no service worker (none is needed:
the files are on the disk already) and search uses a small index of its own.
Progress saved here is kept by the browser for file:// pages; it is separate
from progress on a web copy of the module. Use Progress > Export to move it.
`;
}

/** The base path the site was built for, read from its manifest (BASE_PATH as a fallback). */
function builtBasePath(dir) {
  try {
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.webmanifest'), 'utf8'));
    if (typeof manifest.scope === 'string') return manifest.scope;
  } catch {
    // fall through
  }
  return process.env.BASE_PATH ?? '/';
}

/** Writes <outputDir>/when-flesh-becomes-bone-<version>.zip of builtDir; resolves to its path. */
export async function packageSite(builtDir = path.join(root, 'dist'), outputDir = root) {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const dir = path.resolve(builtDir);
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`Nothing to package: ${dir} has no index.html. Run \`npm run build\` first.`);
  }
  const basePath = builtBasePath(dir);
  const folder = `${pkg.name}-${pkg.version}`;
  const zipPath = path.join(path.resolve(outputDir), `${folder}.zip`);
  await zipFolder(dir, folder, zipPath, { [`${folder}/README-SERVING.txt`]: servingReadme({ name: pkg.name, version: pkg.version, basePath }) });
  return zipPath;
}

/** Zips dir as <folder>/… (folder false: at the zip's root) into zipPath, with extra files (name → text). */
async function zipFolder(dir, folder, zipPath, extra) {
  const output = createWriteStream(zipPath);
  const archive = new ZipArchive({ zlib: { level: 9 } });
  const done = new Promise((resolve, reject) => {
    output.on('close', resolve);
    output.on('error', reject);
    archive.on('error', reject);
    archive.on('warning', reject);
  });
  archive.pipe(output);
  // Everything sits in one folder, so unzipping never scatters files.
  archive.directory(dir, folder);
  for (const [name, text] of Object.entries(extra)) archive.append(text, { name });
  await archive.finalize();
  await done;
}

/** Writes <outputDir>/when-flesh-becomes-bone-<version>-portable.zip of builtDir made portable; resolves to its path. */
export async function packagePortable(builtDir = path.join(root, 'dist'), outputDir = root) {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const dir = path.resolve(builtDir);
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`Nothing to package: ${dir} has no index.html. Run \`npm run build\` first.`);
  }
  const work = mkdtempSync(path.join(tmpdir(), 'wfbb-portable-'));
  try {
    const copy = path.join(work, 'copy');
    await buildPortable(dir, copy, { basePath: builtBasePath(dir) });
    const folder = `${pkg.name}-${pkg.version}-portable`;
    const zipPath = path.join(path.resolve(outputDir), `${folder}.zip`);
    await zipFolder(copy, folder, zipPath, { [`${folder}/README-PORTABLE.txt`]: portableReadme({ name: pkg.name, version: pkg.version }) });
    return zipPath;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Writes the three LMS zips (SCORM 1.2, SCORM 2004, cmi5) of builtDir into outputDir, each with its
 * manifest at the root; resolves to their paths. The mastery score is LMS_MASTERY_SCORE (default 0.8).
 */
export async function packageLms(builtDir = path.join(root, 'dist'), outputDir = root, { masteryScore = masteryScoreOf() } = {}) {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const dir = path.resolve(builtDir);
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`Nothing to package: ${dir} has no index.html. Run \`npm run build\` first.`);
  }
  const work = mkdtempSync(path.join(tmpdir(), 'wfbb-lms-copy-'));
  try {
    const copy = path.join(work, 'copy');
    const facts = await buildLmsCopy(dir, copy, { title: 'When Flesh Becomes Bone', masteryScore });
    const options = { name: pkg.name, version: pkg.version, description: pkg.description, courseIri: courseIriOf(pkg.name) };
    const zips = [];
    for (const standard of standards) {
      const zipPath = path.join(path.resolve(outputDir), lmsZipName(pkg.name, pkg.version, standard));
      await zipFolder(copy, false, zipPath, lmsExtras(copy, standard, facts, options));
      zips.push(zipPath);
    }
    return zips;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [builtDir, outputDir] = process.argv.slice(2);
  const from = builtDir ? path.resolve(builtDir) : undefined;
  const to = outputDir ? path.resolve(outputDir) : undefined;
  console.log(`Wrote ${await packageSite(from, to)}`);
  console.log(`Wrote ${await packagePortable(from, to)}`);
  for (const zip of await packageLms(from, to)) console.log(`Wrote ${zip}`);
}
