// The LMS packages: SCORM 1.2, SCORM 2004 (4th edition) and cmi5 zips of the same build.
//
// An LMS serves a package under an address of its own (/pluginfile.php/…/content/1/), so each
// package starts from the portable copy (relative links, classic scripts, no service worker:
// scripts/portable/), with two additions that only these packages carry:
// - every page's bundle also runs src/lms/bridge.ts, bound to the build's own progress store
//   (the chunk is found here, by what it defines, so the bridge shares the page's one store);
// - launch.html, the one SCO / AU: it holds the LMS session and frames the module (src/lms/launch.ts).
// Each zip has its manifest (imsmanifest.xml or cmi5.xml) and, for SCORM, the schema files at its root.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { buildPortable, htmlPages, readBase } from '../portable/build.mjs';
import { cmi5Manifest, schemaFiles, scorm12Manifest, scorm2004Manifest, xml } from './manifests.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const vendor = path.join(root, 'vendor', 'xsd');

export const LAUNCH_PAGE = 'launch.html';
export const standards = ['scorm12', 'scorm2004', 'cmi5'];

/** The mastery score from LMS_MASTERY_SCORE (0-1), default 0.8; anything else stops the packaging. */
export function masteryScoreOf(value = process.env.LMS_MASTERY_SCORE) {
  if (value === undefined || value === '') return 0.8;
  const score = Number(value);
  if (!Number.isFinite(score) || score < 0 || score > 1) {
    throw new Error(`LMS_MASTERY_SCORE must be a number from 0 to 1 (0.8 is 80%), not ${JSON.stringify(value)}.`);
  }
  return score;
}

/**
 * The cmi5 course IRI from LMS_COURSE_IRI: a school gives its own (an https address it controls, or
 * a urn:), so two courses never share one. Unset, a placeholder under the reserved .invalid domain,
 * which can never belong to anyone else. Anything that is not an absolute IRI stops the packaging.
 */
export function courseIriOf(name, value = process.env.LMS_COURSE_IRI) {
  if (value === undefined || value === '') return `https://when-flesh-becomes-bone.invalid/${name}`;
  if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(value)) {
    throw new Error(`LMS_COURSE_IRI must be an absolute IRI (https://your.school/courses/poh or urn:...), not ${JSON.stringify(value)}.`);
  }
  return value;
}

/** The built chunk that defines the progress store (it has onRecorded and recordGrade). */
export function storeChunk(dir) {
  const astro = path.join(dir, '_astro');
  const found = readdirSync(astro)
    .filter((name) => name.endsWith('.js'))
    .filter((name) => {
      const code = readFileSync(path.join(astro, name), 'utf8');
      return /\bonRecorded\s*\(/.test(code) && /\brecordGrade\s*\(/.test(code);
    });
  if (found.length !== 1) {
    throw new Error(`LMS packages: expected one built chunk defining the progress store (onRecorded, recordGrade) in ${astro}, found ${found.length}: ${found.join(', ') || 'none'}.`);
  }
  return path.join(astro, found[0]);
}

/** The module's items (from the lesson pages' data-quiz-item) and lessons, as the launch page needs them. */
export function moduleFacts(dir, { title, masteryScore }) {
  const items = [];
  const seen = new Set();
  const lessons = [];
  for (const page of htmlPages(dir)) {
    const slug = /^lessons\/([^/]+)\/index\.html$/.exec(page)?.[1];
    if (!slug) continue;
    lessons.push(slug);
    const html = readFileSync(path.join(dir, page), 'utf8');
    for (const tag of html.match(/<[^>]*\sdata-quiz-item="[^"]+"[^>]*>/g) ?? []) {
      const id = /\sdata-quiz-item="([^"]+)"/.exec(tag)[1];
      const type = /\sdata-quiz-type="([^"]+)"/.exec(tag)?.[1];
      if (!type || seen.has(id)) continue;
      seen.add(id);
      items.push({ id, type, lesson: slug });
    }
  }
  if (lessons.length === 0) throw new Error(`LMS packages: ${dir} has no lesson pages (lessons/<slug>/index.html).`);
  return { title, items, lessons, masteryScore };
}

function launchPage({ title, config }) {
  // "<" inside the JSON would end the script element early.
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${xml(title)}</title>
<style>
html, body { margin: 0; height: 100%; }
body { display: flex; flex-direction: column; font: 1rem/1.4 system-ui, sans-serif; }
#lms-note { margin: 0; padding: 0.5rem 1rem; background: #fff3cd; color: #3d2e00; border-bottom: 1px solid #8a6d00; }
#module { flex: 1; width: 100%; border: 0; }
</style>
<script type="application/json" id="wfbb-lms-config">${json}</script>
<script defer src="_lms/launch.js"></script>
</head>
<body>
<p id="lms-note" role="status" hidden></p>
<iframe id="module" title="${xml(title)}"></iframe>
</body>
</html>
`;
}

function filesOf(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * Builds the copy every LMS package shares into outDir: the portable copy whose pages also run
 * the bridge, and _lms/launch.js. Resolves to the module's facts for the launch page.
 */
export async function buildLmsCopy(builtDir, outDir, { title, masteryScore = masteryScoreOf() }) {
  const dir = path.resolve(builtDir);
  const out = path.resolve(outDir);
  const chunk = storeChunk(dir);
  const work = mkdtempSync(path.join(tmpdir(), 'wfbb-lms-'));
  try {
    // The bridge entry imports the copy's own store chunk (the file the page's bundle has, so one store) and src/lms/bridge.ts.
    const copyChunk = path.join(out, '_astro', path.basename(chunk));
    const bridge = path.relative(work, path.join(root, 'src/lms/bridge.ts')).split(path.sep).join('/');
    const entry = path.join(work, 'lms-bridge.js');
    writeFileSync(entry, `import * as chunk from ${JSON.stringify(copyChunk)};\nimport { startBridge } from ${JSON.stringify(bridge.startsWith('.') ? bridge : `./${bridge}`)};\nstartBridge(chunk);\n`);
    // Relative to the page entries (out/_portable/src/): the portable resolver maps root-absolute imports into the copy.
    const fromEntries = path.relative(path.join(out, '_portable', 'src'), entry).split(path.sep).join('/');
    await buildPortable(dir, out, { basePath: readBase(dir), pageImports: [fromEntries] });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  mkdirSync(path.join(out, '_lms'), { recursive: true });
  await esbuild({
    entryPoints: [path.join(root, 'src/lms/launch.ts')],
    outfile: path.join(out, '_lms', 'launch.js'),
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'silent',
  });
  return moduleFacts(out, { title, masteryScore });
}

/** The files one standard's package adds at its root (name → contents): launch.html, the manifest, the schemas. */
export function lmsExtras(copyDir, standard, facts, { name, version, description, courseIri = courseIriOf(name) }) {
  if (!standards.includes(standard)) throw new Error(`Unknown LMS standard ${standard} (one of ${standards.join(', ')}).`);
  const { title, masteryScore } = facts;
  const extras = { [LAUNCH_PAGE]: launchPage({ title, config: { standard, facts, home: 'index.html' } }) };
  if (standard === 'cmi5') {
    extras['cmi5.xml'] = cmi5Manifest({ courseId: courseIri, title, description, masteryScore, launch: LAUNCH_PAGE });
    return extras;
  }
  const folder = standard === 'scorm12' ? 'scorm12' : 'scorm2004-4th';
  for (const file of schemaFiles[standard]) extras[file] = readFileSync(path.join(vendor, folder, file), 'utf8');
  const files = [...new Set([...filesOf(copyDir), ...Object.keys(extras)])].sort();
  const manifest = standard === 'scorm12' ? scorm12Manifest : scorm2004Manifest;
  extras['imsmanifest.xml'] = manifest({ identifier: `${name}-${version}-${standard}`, title, version, masteryScore, launch: LAUNCH_PAGE, files });
  return extras;
}

/** The file name of a standard's zip: <name>-<version>-scorm12.zip and so on. */
export function lmsZipName(name, version, standard) {
  return `${name}-${version}-${standard}.zip`;
}
