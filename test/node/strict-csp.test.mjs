/**
 * A host page with a strict Content-Security-Policy (no 'unsafe-eval') refuses code compiled from strings, and reports
 * each attempt (a `securitypolicyviolation` event, and a violation report when the page asks for them), even when
 * the script catches the error. Classic zod compiles such code for its faster objects (`$ZodObjectJIT`, after probing
 * `new Function`); zod/mini does not, and nothing else may. Run after `npm run build`.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const dist = new URL('../../dist/', import.meta.url);
const graph = JSON.parse(readFileSync(new URL('chunks/graph.json', dist), 'utf8'));
const pageFiles = [...new Set([graph.loader, ...Object.values(graph.elements).flatMap(({ files, onDemand }) => [...files, ...onDemand]), 'training-feed-widgets.bundle.js'])];

test('no file a page may load compiles code from strings (new Function, eval)', () => {
  for (const file of pageFiles) {
    const source = readFileSync(new URL(file, dist), 'utf8');
    const found = source.match(/.{0,40}(?:new Function|[^.\w$]eval\(|[^.\w$]Function\().{0,40}/);
    assert.equal(found, null, `${file}: ${found?.[0]}`);
  }
});
