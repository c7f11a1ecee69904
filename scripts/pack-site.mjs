/**
 * `npm run pack:site`: the archive for webmasters without npm, site-package/training-feed-widgets-<version>.tar.gz.
 * It holds what a web site serves (the loader, its chunks, the single file, the themes, the feed's JSON Schema, the
 * Custom Elements Manifest, the source maps) with README.md and LICENSE; not dist/lib/, which is for bundlers.
 * Unpacked, its `dist/` folder is copied as is to the site, and the snippet points at `dist/training-feed-widgets.js`.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const name = `training-feed-widgets-${version}`;
const out = `${root}site-package/`;

if (!existsSync(`${root}dist/training-feed-widgets.js`)) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });

rmSync(out, { recursive: true, force: true });
mkdirSync(`${out}${name}`, { recursive: true });
cpSync(`${root}dist`, `${out}${name}/dist`, { recursive: true, filter: (path) => !path.startsWith(`${root}dist/lib`) });
for (const file of ['README.md', 'LICENSE']) cpSync(`${root}${file}`, `${out}${name}/${file}`);
execFileSync('tar', ['-czf', `${name}.tar.gz`, name], { cwd: out, stdio: 'inherit' });
rmSync(`${out}${name}`, { recursive: true });
console.log(`site-package/${name}.tar.gz`);
