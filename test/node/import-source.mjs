/**
 * Imports a TypeScript module of `src/` in a Node test: esbuild bundles it (with what it imports) into one ES module
 * in a temporary folder, which is then imported. Keeps node:test free of a build step for DOM-free code.
 */
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outdir = mkdtempSync(join(tmpdir(), 'tfw-node-test-'));

/** `importSource('src/model/convert/gift.ts')` → the module's exports. */
export async function importSource(path) {
  const outfile = join(outdir, `${path.replace(/[^a-z0-9]+/gi, '_')}.mjs`);
  await build({ entryPoints: [join(root, path)], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'error' });
  return import(pathToFileURL(outfile).href);
}
