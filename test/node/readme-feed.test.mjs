/**
 * The README's example feed, its « … » filled in as a webmaster would, is a valid feed that keeps every entry:
 * copied and completed, it shows what it says.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { importModel } from './model.mjs';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

test('the README’s example feed, completed, is valid and nothing of it is left out', async () => {
  const { parseFeed } = await importModel();
  const block = /## The feed\n[\s\S]*?```jsonc\n([\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(block, 'the example under « The feed »');
  const json = block
    .replace(/\s+\/\/ .*$/gm, '')
    .replace(/"email": "…"/g, '"email": "contact@example.org"')
    .replace(/…/g, 'Texte');
  const parsed = parseFeed(JSON.parse(json));
  assert.equal(parsed.ok, true, JSON.stringify(parsed.issues));
  assert.deepEqual(parsed.issues, []);
  assert.equal(parsed.feed.quizzes.length, 1);
  assert.equal(parsed.feed.trainings[0].sessions.length, 1);
});
