/**
 * `npm run pack:site`: the archive for webmasters without npm, site-package/training-feed-widgets-<version>.tar.gz.
 * It holds what a web site serves (the loader, its chunks, the single file, the themes, the feed's JSON Schema, the
 * Custom Elements Manifest, the source maps) with README.md and LICENSE; not dist/lib/, which is for bundlers.
 * Unpacked, its `dist/` folder is copied as is to the site, and the snippet points at `dist/training-feed-widgets.js`.
 * test/node/pack-site.test.mjs checks that the archive holds every file its pages load.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const name = `training-feed-widgets-${version}`;
/** `--out <folder>` writes the archive there instead (the test of the archive does). */
const outOption = process.argv.indexOf('--out');
const out = outOption > 0 ? `${process.argv[outOption + 1].replace(/\/?$/, '/')}` : `${root}site-package/`;

if (!existsSync(`${root}dist/training-feed-widgets.js`)) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });

rmSync(out, { recursive: true, force: true });
mkdirSync(`${out}${name}`, { recursive: true });
cpSync(`${root}dist`, `${out}${name}/dist`, { recursive: true, filter: (path) => !path.startsWith(`${root}dist/lib`) });
for (const file of ['README.md', 'LICENSE', 'docs']) cpSync(`${root}${file}`, `${out}${name}/${file}`, { recursive: true });
execFileSync('tar', ['-czf', `${name}.tar.gz`, name], { cwd: out, stdio: 'inherit' });
rmSync(`${out}${name}`, { recursive: true });
console.log(relative(process.cwd(), `${out}${name}.tar.gz`));
