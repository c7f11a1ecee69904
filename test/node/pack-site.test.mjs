/**
 * `npm run pack:site`, the archive for webmasters without npm (run after `npm run build`): unpacked, its `dist/`
 * folder copied to a site must serve every page whole, whichever elements it shows and whatever it loads later.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const graph = JSON.parse(readFileSync(join(root, 'dist/chunks/graph.json'), 'utf8'));

/** Every file under `folder`, as paths relative to it. */
const filesUnder = (folder) =>
  readdirSync(folder, { recursive: true }).map(String).filter((path) => statSync(join(folder, path)).isFile());

test('pack:site archives dist/ for a site (loader, chunks, single file, themes, schema, manifest, source maps), README, LICENSE and the docs it links to, not dist/lib', (t) => {
  const work = mkdtempSync(join(tmpdir(), 'pack-site-'));
  t.after(() => rmSync(work, { recursive: true, force: true }));
  execFileSync(process.execPath, [join(root, 'scripts/pack-site.mjs'), '--out', work], { cwd: root, stdio: 'pipe' });
  const archive = join(work, `training-feed-widgets-${version}.tar.gz`);
  assert.ok(existsSync(archive), `${archive} written`);
  execFileSync('tar', ['-xzf', archive], { cwd: work });
  const unpacked = join(work, `training-feed-widgets-${version}`);
  for (const file of ['README.md', 'LICENSE']) assert.ok(existsSync(join(unpacked, file)), `${file} in the archive`);
  // The README's links to its docs work in the archive too.
  const readmeLinks = [...readFileSync(join(unpacked, 'README.md'), 'utf8').matchAll(/\]\((docs\/[^)#\s]+)/g)].map((match) => match[1]);
  assert.ok(readmeLinks.length > 3, readmeLinks.join(', '));
  for (const link of readmeLinks) assert.ok(existsSync(join(unpacked, link)), `${link}, linked by the README, in the archive`);

  const site = join(unpacked, 'dist');
  const shipped = new Set(filesUnder(site));
  const pageFiles = new Set([graph.loader, ...Object.values(graph.elements).flatMap(({ files, onDemand }) => [...files, ...onDemand])]);
  for (const file of [...pageFiles, 'training-feed-widgets.bundle.js', 'feed.schema.json', 'custom-elements.json', 'THIRD-PARTY-LICENSES.txt']) {
    assert.ok(shipped.has(file), `dist/${file} in the archive`);
  }
  for (const file of pageFiles) assert.ok(shipped.has(`${file}.map`), `dist/${file}.map in the archive`);
  assert.ok([...shipped].some((file) => /^themes\/.+\.css$/.test(file)), 'the themes in the archive');
  assert.deepEqual([...shipped].filter((file) => file.startsWith('lib/')), [], 'dist/lib/ (for bundlers) left out');

  // Every script a page runs names the others by a path relative to itself: each must be in the archive.
  const scripts = [...shipped].filter((file) => file.endsWith('.js') && !file.startsWith('studio/'));
  const loaded = new Set();
  for (const file of scripts) {
    const source = readFileSync(join(site, file), 'utf8');
    for (const [, specifier] of source.matchAll(/["'`](\.{1,2}\/[\w./-]+\.js)["'`]/g)) {
      const target = relative(site, join(site, dirname(file), specifier));
      assert.ok(shipped.has(target), `${file} loads ${specifier}, missing from the archive`);
      loaded.add(target);
    }
  }
  // The specifiers were read: every chunk is named by the loader or by another chunk.
  for (const file of pageFiles) if (file !== graph.loader) assert.ok(loaded.has(file), `${file} is named by no script`);
});
