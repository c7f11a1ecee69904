/**
 * `import --from gift|h5p`: a Moodle GIFT file or an H5P Question Set becomes a feed holding the quiz, merged
 * `--into` an existing feed; every question not carried over is reported with its line or JSON path.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = (...args) => {
  const result = spawnSync(process.execPath, [join(root, 'dist/cli.js'), ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};
const work = mkdtempSync(join(tmpdir(), 'tfw-cli-quiz-'));
const giftCorpus = join(root, 'test/node/fixtures/gift/features.gift');
const h5pSet = join(root, 'test/node/fixtures/h5p-third-party/h5p-group-examples.json');
const demo = join(root, 'demo/feed.json');

test('a GIFT file, detected by its name: a feed with one quiz, valid, the report on standard error', () => {
  const result = cli('import', giftCorpus);
  assert.equal(result.code, 0, result.stderr);
  const feed = JSON.parse(result.stdout);
  assert.equal(feed.quizzes.length, 1);
  assert.ok(feed.quizzes[0].items.length > 10);
  assert.match(result.stderr, /^GIFT/m);
  assert.equal(cli('validate', writeTemp('gift-feed.json', result.stdout)).code, 0);
});

test('--into adds the quiz to an existing feed, which keeps its trainings and quizzes', () => {
  const before = JSON.parse(readFileSync(demo, 'utf8'));
  const out = join(work, 'merged.json');
  const result = cli('import', giftCorpus, '--from', 'gift', '--into', demo, '-o', out);
  assert.equal(result.code, 0, result.stderr);
  const merged = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(merged.trainings.length, before.trainings.length);
  assert.equal(merged.quizzes.length, before.quizzes.length + 1);
  assert.equal(cli('validate', out).code, 0);
});

test('an H5P Question Set, detected by its content: supported items mapped, the others reported with their path', () => {
  const result = cli('import', h5pSet);
  assert.equal(result.code, 0, result.stderr);
  const feed = JSON.parse(result.stdout);
  assert.equal(feed.quizzes.length, 1);
  assert.match(result.stderr, /^H5P/m);
  assert.match(result.stderr, /Erreur – questions\[\d+\]/, 'an unsupported sub-type is reported with its JSON path');
  const en = cli('import', h5pSet, '--from', 'h5p', '--lang', 'en');
  assert.match(en.stderr, /question skipped/);
});

test('a GIFT file with no question to carry over exits 1 and says why, line by line', () => {
  const empty = writeTemp('broken.gift', '// nothing but a comment\n::Sans réponses::Question ouverte sans accolade fermante {\n');
  const result = cli('import', empty);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /ligne \d+/);
  assert.equal(result.stdout, '');
});

function writeTemp(name, text) {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}
