/**
 * The DOM-free model for Node tests, bundled from src/ with esbuild (zod stays a package import), so that the tests
 * run on the sources whatever the build's layout.
 */
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The exports of the model modules the Node tests use, bundled once per call. */
export async function importModel() {
  const dir = mkdtempSync(join(tmpdir(), 'tfw-model-'));
  const entry = join(dir, 'entry.ts');
  writeFileSync(
    entry,
    ['parse-feed', 'ics', 'json-ld', 'sessions', 'quiz/scoring'].map((name) => `export * from ${JSON.stringify(join(root, 'src/model', `${name}.ts`))};`).join('\n'),
  );
  const outfile = join(dir, 'model.mjs');
  await build({ entryPoints: [entry], outfile, bundle: true, format: 'esm', platform: 'node', logLevel: 'warning', nodePaths: [join(root, 'node_modules')] });
  return import(pathToFileURL(outfile).href);
}
