/**
 * `npm test`: the browser suite (@web/test-runner in headless Chromium), its behaviour tests a second time against
 * the built loader, then the Node suite (node:test, for what
 * runs without a browser: the model, the converters, the command line). Finds Chromium first: CHROME_PATH, then
 * the usual places; as root on Debian with none, installs Debian's `chromium`; otherwise says what to install.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];

function findChrome() {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
  return candidates.find((path) => existsSync(path));
}

function installDebianChromium() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/etc/debian_version') || !existsSync('/usr/bin/apt-get')) return false;
  console.log('Chromium not found: installing Debian’s chromium (apt-get install -y chromium)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    return true;
  } catch {
    return false;
  }
}

let chrome = findChrome();
if (!chrome && installDebianChromium()) chrome = findChrome();
if (!chrome) {
  console.error('npm test needs Chrome or Chromium: install it (Debian/Ubuntu: apt-get install -y chromium) or set CHROME_PATH.');
  process.exit(2);
}

const env = { ...process.env, CHROME_PATH: chrome };
const extraArgs = process.argv.slice(2);
const wtr = (args, extraEnv = {}) => spawnSync(join(root, 'node_modules/.bin/wtr'), ['--static-logging', ...args], { cwd: root, stdio: 'inherit', env: { ...env, ...extraEnv } });

const browser = wtr(extraArgs);
if (browser.status !== 0) process.exit(browser.status ?? 1);

// The behaviour tests again, against the built drop-in: the elements come from dist/training-feed-widgets.js and
// its chunks, as on a webmaster's page (web-test-runner.config.mjs, TEST_BUILD). `npm test` builds first.
if (extraArgs.length === 0) {
  console.log('\nThe behaviour tests against the loader build (dist/):');
  const againstLoader = wtr(['--files', 'src/elements/**/*.test.ts', 'test/**/*.test.ts'], { TEST_BUILD: 'loader' });
  if (againstLoader.status !== 0) process.exit(againstLoader.status ?? 1);
}

// Node tests: every *.test.mjs / *.test.js under test/node (none is not an error).
const nodeDir = join(root, 'test/node');
const nodeTests = existsSync(nodeDir)
  ? readdirSync(nodeDir, { recursive: true }).map(String).filter((file) => /\.test\.(m?js|ts)$/.test(file)).map((file) => join(nodeDir, file))
  : [];
if (extraArgs.length === 0 && nodeTests.length > 0) {
  const node = spawnSync(process.execPath, ['--test', ...nodeTests], { cwd: root, stdio: 'inherit', env });
  if (node.status !== 0) process.exit(node.status ?? 1);
}
