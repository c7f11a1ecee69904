/**
 * `npm run build`: everything in dist/, in order. Each step is a plain command so that a failure names itself.
 *   0. the layers of src/ (scripts/check-layers.mjs): imports point down, the model without Lit or DOM
 *   1. rollup: the drop-in loader (dist/training-feed-widgets.js) and its chunks (dist/chunks/), the single-file
 *      build (dist/training-feed-widgets.bundle.js), the per-module library (dist/lib/)
 *   2. tsc: .d.ts files beside the library modules
 *   3. the feed's JSON Schema (dist/feed.schema.json), generated from the zod schema
 *   4. the Custom Elements Manifest (dist/custom-elements.json), from the classes' JSDoc, then the reference tables
 *      of README.md and docs/theming.md from it (under CI: checked, not rewritten)
 *   5. the theme files (dist/themes/)
 *   6. what each page downloads against its budget (fails the build), README's size tables rewritten
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => `${root}node_modules/.bin/${name}`;
const run = (label, command, args) => {
  const started = Date.now();
  try {
    execFileSync(command, args, { cwd: root, stdio: 'inherit' });
  } catch {
    console.error(`✗ ${label} failed (see above)`);
    process.exit(1);
  }
  console.log(`✓ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
};

rmSync(`${root}dist`, { recursive: true, force: true });
run('layers: imports point down (scripts/check-layers.mjs)', process.execPath, ['scripts/check-layers.mjs']);
run('rollup: loader, chunks, single file and library modules', bin('rollup'), ['-c', '--silent']);
run('types (.d.ts)', bin('tsc'), ['-p', 'tsconfig.build.json']);
run('JSON Schema of the feed', process.execPath, ['scripts/generate-json-schema.mjs']);
run('converters and command line (dist/convert.js, dist/cli.js)', process.execPath, ['scripts/build-toolkit.mjs']);
run('Custom Elements Manifest', bin('cem'), ['analyze', '--config', 'custom-elements-manifest.config.mjs']);
run('reference tables from the manifest', process.execPath, ['scripts/docs-from-manifest.mjs']);
if (existsSync(`${root}src/themes`)) cpSync(`${root}src/themes`, `${root}dist/themes`, { recursive: true });
// The studio before the sizes: the README quotes its size too.
run('feed studio (dist/studio/, its own bundle)', bin('rollup'), ['-c', 'rollup.studio.config.mjs', '--silent']);
run('size budgets', process.execPath, ['scripts/check-size.mjs']);
