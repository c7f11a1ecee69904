/**
 * `npm start` (after the build): serves the repository on http://localhost:8000 (or $PORT) so that the demo
 * (demo/index.html) loads the built drop-in from /dist and the feed from /demo/feed.json. Static files only, served
 * the way the README asks of a web site:
 * - compressed, brotli or gzip as the browser accepts (each file compressed once, kept until it changes);
 * - the build's hashed chunks (dist/chunks/) cached for a year, since a new build gives them new names; every
 *   other file revalidated (ETag), so a new loader or feed is seen at once.
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ics': 'text/calendar; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml',
};
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg', '.ics', '.md', '.xml']);
const hashedChunk = /[\\/]dist[\\/]chunks[\\/][^\\/]+-[\w-]{8}\.js$/;

function resolvePath(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return undefined; // `%E0%A4%A` and the like: not a path, not a crash
  }
  const path = normalize(join(root, decoded));
  if (!path.startsWith(root)) return undefined; // no way out of the repository
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) return resolvePath(`${decoded.endsWith('/') ? decoded : `${decoded}/`}index.html`);
    return { path, stats };
  } catch {
    return undefined;
  }
}

/** Compressed copies, by path and encoding, for as long as the file keeps its modification time. */
const compressed = new Map();
function encoded(path, mtimeMs, encoding) {
  const key = `${encoding}:${path}`;
  const cached = compressed.get(key);
  if (cached?.mtimeMs === mtimeMs) return cached.body;
  const source = readFileSync(path);
  const body =
    encoding === 'br' ? brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : encoding === 'gzip' ? gzipSync(source, { level: 9 }) : source;
  compressed.set(key, { mtimeMs, body });
  return body;
}

/** `br` if the browser takes it, else `gzip`, else none. */
function negotiate(acceptEncoding = '') {
  const accepted = new Set(acceptEncoding.split(',').map((part) => part.split(';')[0]?.trim().toLowerCase()));
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return 'identity';
}

/** The demo's server, not listening yet (the benchmark starts one on a free port). */
export const createDemoServer = () => createServer((request, response) => {
  if (request.url === '/' || request.url === '') {
    response.writeHead(302, { location: '/demo/' });
    response.end();
    return;
  }
  const found = resolvePath(request.url ?? '/');
  if (!found || found.path.includes(`${sep}node_modules${sep}`) || found.path.includes(`${sep}.git${sep}`)) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('Introuvable');
    return;
  }
  const { path, stats } = found;
  const extension = extname(path);
  const encoding = compressible.has(extension) ? negotiate(request.headers['accept-encoding']) : 'identity';
  const etag = `"${stats.size.toString(36)}-${Math.trunc(stats.mtimeMs).toString(36)}-${encoding}"`;
  const headers = {
    'content-type': types[extension] ?? 'application/octet-stream',
    'cache-control': hashedChunk.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
    etag,
    vary: 'Accept-Encoding',
    'x-content-type-options': 'nosniff',
  };
  if (request.headers['if-none-match'] === etag) {
    response.writeHead(304, headers);
    response.end();
    return;
  }
  const body = encoded(path, stats.mtimeMs, encoding);
  if (encoding !== 'identity') headers['content-encoding'] = encoding;
  response.writeHead(200, { ...headers, 'content-length': body.length });
  response.end(request.method === 'HEAD' ? undefined : body);
});

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8000);
  createDemoServer().listen(port, () => console.log(`Démo : http://localhost:${port}/demo/ (Ctrl+C pour arrêter)`));
}
