#!/usr/bin/env node
// Serves a built folder on loopback: `node scripts/serve.mjs [dir] [port]`.
// Used by `npm start` and by the browser tests; any static host works the same way.
import http from 'node:http';
import path from 'node:path';
import { createReadStream, existsSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

/** basePath: the sub-path the site was built for (BASE_PATH); requests outside it get 404. */
export function createStaticServer(dir, basePath = '/') {
  const root = path.resolve(dir);
  if (!existsSync(root)) throw new Error(`Nothing to serve: ${root} does not exist. Run \`npm run build\` first.`);
  const serveFiles = sirv(root, { dev: false, etag: true, extensions: ['html'], ignores: false });
  const notFound = path.join(root, '404.html');
  const prefix = basePath.endsWith('/') ? basePath : `${basePath}/`;
  return http.createServer((req, res) => {
    const url = req.url ?? '/';
    if (prefix !== '/') {
      if (url === prefix.slice(0, -1)) {
        res.writeHead(301, { Location: prefix });
        return res.end();
      }
      if (!url.startsWith(prefix)) {
        res.statusCode = 404;
        return res.end('Not found');
      }
      req.url = url.slice(prefix.length - 1);
    }
    serveFiles(req, res, () => {
      res.statusCode = 404;
      if (existsSync(notFound)) {
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        createReadStream(notFound).pipe(res);
      } else res.end('Not found');
    });
  });
}

/** Starts a server; port 0 picks a free one. Resolves to { server, url }. */
export function serve(dir, port = 0, host = '127.0.0.1', basePath = '/') {
  const server = createStaticServer(dir, basePath);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({ server, url: `http://${host}:${address.port}/` });
    });
  });
}

/**
 * True when this file is the script node was asked to run (not when it is imported).
 * import.meta.main needs Node >= 24.2; hosts may run 22.12+, so compare real paths there
 * (a `file://` string compare fails on paths with spaces or on Windows).
 */
function isMainModule() {
  if (typeof import.meta.main === 'boolean') return import.meta.main;
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(path.resolve(script)) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMainModule()) {
  const dir = process.argv[2] ?? 'dist';
  const port = Number(process.argv[3] ?? process.env.PORT ?? 4321);
  const basePath = process.env.BASE_PATH ?? '/';
  const { url } = await serve(dir, port, '127.0.0.1', basePath);
  console.log(`\n  When Flesh Becomes Bone is being served at ${url.replace(/\/$/, '')}${basePath}\n  (press Ctrl+C to stop)\n`);
}
