/**
 * The DOM-free model for Node tests, bundled from src/ with esbuild (zod stays a package import), so that the tests
 * run on the sources whatever the build's layout; the same for the test helpers written once in TypeScript.
 */
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** `files` (paths from the project's root) bundled into one module for Node, and imported. */
async function bundleForNode(files) {
  const dir = mkdtempSync(join(tmpdir(), 'tfw-model-'));
  const entry = join(dir, 'entry.ts');
  writeFileSync(entry, files.map((file) => `export * from ${JSON.stringify(join(root, file))};`).join('\n'));
  const outfile = join(dir, 'model.mjs');
  await build({ entryPoints: [entry], outfile, bundle: true, format: 'esm', platform: 'node', logLevel: 'warning', nodePaths: [join(root, 'node_modules')] });
  return import(pathToFileURL(outfile).href);
}

/** The exports of the model modules the Node tests use, bundled once per call. */
export function importModel() {
  return bundleForNode(['parse-feed', 'ics', 'json-ld', 'sessions', 'quiz/scoring'].map((name) => `src/model/${name}.ts`));
}

/** The fast-check generators shared with the browser's property tests (test/feed-arbitraries.ts). */
export function importFeedArbitraries() {
  return bundleForNode(['test/feed-arbitraries.ts']);
}
