/**
 * `npm start`'s server (scripts/serve.mjs, run after `npm run build`), which the README holds up as the way to serve
 * the files: compressed as the browser accepts, hashed chunks cached for a year, the rest revalidated; nothing
 * outside the repository, and no request that brings it down.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { after, before, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createDemoServer } from '../../scripts/serve.mjs';

const dist = new URL('../../dist/', import.meta.url);
const graph = JSON.parse(readFileSync(new URL('chunks/graph.json', dist), 'utf8'));
const chunk = graph.elements['tf-session-list'].files.find((file) => file.startsWith('chunks/'));

const server = createDemoServer();
let port;
before(() => new Promise((resolve) => server.listen(0, '127.0.0.1', () => ((port = server.address().port), resolve()))));
after(() => new Promise((resolve) => server.close(resolve)));

/** A raw GET (fetch would decompress, and normalise the path): status, headers and body as sent. */
function get(path, headers = {}) {
  return new Promise((resolve, reject) => {
    const sent = request({ host: '127.0.0.1', port, path, headers }, (response) => {
      const parts = [];
      response.on('data', (part) => parts.push(part));
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(parts) }));
    });
    sent.on('error', reject);
    sent.end();
  });
}

test('a chunk is sent in brotli or gzip as the browser accepts, else as it is, the same bytes each way', async () => {
  const file = readFileSync(new URL(chunk, dist));
  const brotli = await get(`/dist/${chunk}`, { 'accept-encoding': 'gzip, deflate, br' });
  assert.equal(brotli.headers['content-encoding'], 'br');
  assert.deepEqual(brotliDecompressSync(brotli.body), file);
  assert.ok(brotli.body.length < file.length / 2, 'compressed');
  const gzip = await get(`/dist/${chunk}`, { 'accept-encoding': 'gzip' });
  assert.equal(gzip.headers['content-encoding'], 'gzip');
  assert.deepEqual(gunzipSync(gzip.body), file);
  const plain = await get(`/dist/${chunk}`);
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.deepEqual(plain.body, file);
  assert.match(plain.headers.vary, /accept-encoding/i);
  assert.equal(plain.headers['content-type'], 'text/javascript; charset=utf-8');
});

test('hashed chunks are cached for a year; the loader and the demo revalidate, and an unchanged file is a 304', async () => {
  assert.equal((await get(`/dist/${chunk}`)).headers['cache-control'], 'public, max-age=31536000, immutable');
  const loader = await get(`/dist/${graph.loader}`, { 'accept-encoding': 'br' });
  assert.equal(loader.headers['cache-control'], 'no-cache');
  assert.equal((await get(`/dist/${graph.loader}`, { 'accept-encoding': 'br', 'if-none-match': loader.headers.etag })).status, 304);
  assert.equal((await get('/demo/')).headers['cache-control'], 'no-cache');
  assert.equal((await get('/')).status, 302);
});

test('nothing outside the repository, nor its node_modules or .git; a malformed address is a 404, not a crash', async () => {
  for (const path of ['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/node_modules/lit/package.json', '/.git/HEAD', '/%E0%A4%A', '/nothing-here.js']) {
    assert.equal((await get(path)).status, 404, path);
  }
  assert.equal((await get('/package.json')).status, 200, 'the server still answers');
});
