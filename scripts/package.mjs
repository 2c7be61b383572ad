#!/usr/bin/env node
// `npm run package` (after `npm run build`): zips the built site as
// when-flesh-becomes-bone-<version>.zip, with README-SERVING.txt inside.
// Usage: node scripts/package.mjs [builtDir=dist] [outputDir=.]
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ZipArchive } from 'archiver';

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

Do not open index.html straight from the disk: browsers do not run module
scripts, service workers or the search index from file:// addresses, so the
questions, saved progress, offline use and search would not work. Always go
through a web server, even a local one.

After one visit over HTTP the module works offline: a service worker (sw.js)
keeps every page, figure and the search index in the browser. When you deploy
a new version, open pages show "A new version is available: Reload"; nothing
from the two versions is mixed. Keep sw.js where it is, and replace the whole
folder when you update.

Nothing is ever loaded from another host.
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
  archive.append(servingReadme({ name: pkg.name, version: pkg.version, basePath }), { name: `${folder}/README-SERVING.txt` });
  await archive.finalize();
  await done;
  return zipPath;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [builtDir, outputDir] = process.argv.slice(2);
  const zipPath = await packageSite(builtDir ? path.resolve(builtDir) : undefined, outputDir ? path.resolve(outputDir) : undefined);
  console.log(`Wrote ${zipPath}`);
}
