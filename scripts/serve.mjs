/**
 * `npm start` (after the build): serves the repository on http://localhost:8000 (or $PORT) so that the demo
 * (demo/index.html) loads the built drop-in from /dist and the feed from /demo/feed.json. Static files only.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 8000);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ics': 'text/calendar; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

function resolvePath(urlPath) {
  const decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const path = normalize(join(root, decoded));
  if (!path.startsWith(root)) return undefined; // no way out of the repository
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) return resolvePath(`${decoded.endsWith('/') ? decoded : `${decoded}/`}index.html`);
    return path;
  } catch {
    return undefined;
  }
}

const server = createServer((request, response) => {
  if (request.url === '/' || request.url === '') {
    response.writeHead(302, { location: '/demo/' });
    response.end();
    return;
  }
  const path = resolvePath(request.url ?? '/');
  if (!path || path.includes(`${sep}node_modules${sep}`) || path.includes(`${sep}.git${sep}`)) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('Introuvable');
    return;
  }
  response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
  createReadStream(path).pipe(response);
});

server.listen(port, () => console.log(`Démo : http://localhost:${port}/demo/ (Ctrl+C pour arrêter)`));
