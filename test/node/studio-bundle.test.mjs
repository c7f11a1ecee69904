/**
 * The studio never weighs on the widgets' pages: its code is in dist/studio/ only, never in the drop-in or the
 * library modules. Runs on the built dist/ (npm test builds first).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
/** Names only the studio's code holds (its element tags and its draft key). */
const studioMarkers = ['tf-studio', 'studio-form', 'training-feed-studio:draft'];

const filesUnder = (dir) => readdirSync(dir, { recursive: true }).map(String).filter((file) => file.endsWith('.js')).map((file) => join(dir, file));

test('the studio is built beside the widgets, with its page', () => {
  assert.ok(existsSync(join(dist, 'studio/index.html')), 'dist/studio/index.html');
  const bundle = readFileSync(join(dist, 'studio/studio.js'), 'utf8');
  for (const marker of studioMarkers) assert.ok(bundle.includes(marker), `the studio's bundle holds ${marker}`);
});

test('every file the studio’s page names is beside it, its icon included (a page without one logs a 404 for /favicon.ico)', () => {
  const page = readFileSync(join(dist, 'studio/index.html'), 'utf8');
  assert.match(page, /<link rel="icon" href="favicon\.svg"/);
  const named = [...page.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((match) => match[1]).filter((url) => !/^[a-z]+:/.test(url));
  assert.ok(named.length >= 2, named.join(', '));
  for (const url of named) assert.ok(existsSync(join(dist, 'studio', url)), `dist/studio/${url}`);
});

test('no widget bundle or library module holds studio code', () => {
  const widgetFiles = [...filesUnder(dist).filter((file) => !file.includes(`${join(dist, 'studio')}`))];
  assert.ok(widgetFiles.some((file) => file.endsWith('training-feed-widgets.js')), 'the drop-in is built');
  for (const file of widgetFiles) {
    const text = readFileSync(file, 'utf8');
    for (const marker of studioMarkers) assert.ok(!text.includes(marker), `${file} holds ${marker}`);
  }
});
