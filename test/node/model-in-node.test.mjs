/**
 * The model runs in Node, without Lit and without a DOM: every module of src/model is bundled for Node by esbuild
 * (dependencies included, nothing stubbed), then the demo feed is parsed, its sessions listed and a quiz scored.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const modelDir = join(root, 'src/model');
const outdir = mkdtempSync(join(tmpdir(), 'tf-model-'));

const modelModules = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return modelModules(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });

/** The bundled module of `src/model/<path>.ts`. */
const load = (path) => import(pathToFileURL(join(outdir, `${path}.mjs`)).href);

describe('src/model in Node', () => {
  before(async () => {
    await build({ entryPoints: modelModules(modelDir), outdir, outbase: modelDir, bundle: true, platform: 'node', format: 'esm', outExtension: { '.js': '.mjs' }, logLevel: 'error' });
  });
  after(() => rmSync(outdir, { recursive: true, force: true }));

  it('has no DOM to lean on', () => {
    assert.equal(typeof globalThis.document, 'undefined');
    assert.equal(typeof globalThis.window, 'undefined');
    assert.equal(typeof globalThis.localStorage, 'undefined');
  });

  it('bundles every model module without Lit', () => {
    for (const file of modelModules(modelDir)) {
      const bundled = readFileSync(join(outdir, relative(modelDir, file).replace(/\.ts$/, '.mjs')), 'utf8');
      assert.doesNotMatch(bundled, /node_modules\/(lit|@lit|lit-html|lit-element)\//, relative(root, file));
    }
  });

  it('parses the demo feed, lists its sessions with their statuses and scores a quiz', async () => {
    const { parseFeed } = await load('parse-feed');
    const { sessionEntries, sessionStatus } = await load('sessions');
    const { scoreQuiz } = await load('quiz/scoring');
    const parsed = parseFeed(JSON.parse(readFileSync(join(root, 'demo/feed.json'), 'utf8')));
    assert.equal(parsed.ok, true, JSON.stringify(parsed.issues));
    const entries = sessionEntries(parsed.feed);
    assert.ok(entries.length > 0);
    assert.deepEqual(entries.map((entry) => entry.start), [...entries.map((entry) => entry.start)].sort());
    assert.equal(sessionStatus(entries[0], '2000-01-01'), 'open');
    assert.equal(sessionStatus(entries[0], '2100-01-01'), 'past');
    const quiz = parsed.feed.quizzes[0];
    const result = scoreQuiz(quiz, {}, 'pre', new Date('2024-01-01T00:00:00Z'));
    assert.equal(result.quizId, quiz.id);
    assert.equal(result.overall, 0, 'nothing answered, nothing scored');
    assert.equal(result.completedAt, '2024-01-01T00:00:00.000Z');
  });

  it('refuses an invalid feed with the path of each problem', async () => {
    const { parseFeed } = await load('parse-feed');
    const parsed = parseFeed({ version: 1, trainings: [{ id: 'x' }], quizzes: [], programmes: [] });
    assert.equal(parsed.ok, false);
    assert.ok(parsed.issues.some((issue) => issue.path.startsWith('trainings[0]')));
  });

  it('loads a feed relative to a base URL, with the fetch of Node', async () => {
    const { loadFeed } = await load('load-sources');
    const state = await loadFeed('feed.json', pathToFileURL(join(root, 'demo/')).href, new Map());
    // Resolved against the base; a file: URL is not fetched (Node's fetch cannot read it, nor can a page's): an
    // address error, a state, never a throw.
    assert.equal(state.status, 'error');
    assert.equal(state.error.kind, 'address');
    assert.equal(state.error.url, pathToFileURL(join(root, 'demo/feed.json')).href);
  });
});
