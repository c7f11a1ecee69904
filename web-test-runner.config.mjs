import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { existsSync, readFileSync } from 'node:fs';

/** Debian's Chromium (see README, "Tests"); CHROME_PATH overrides it. */
const executablePath =
  process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((path) => existsSync(path));

if (!executablePath) {
  // npm test (scripts/run-tests.mjs) finds or installs Chromium and sets CHROME_PATH before this runs.
  throw new Error('No Chromium found: install it (apt-get install -y chromium) or set CHROME_PATH.');
}

/**
 * `executeServerCommand('emulate-timezone', { timezoneId })` from a test: dates must show the same calendar day
 * for a reader in Los Angeles as in Paris. `null` restores the machine's zone.
 */
function emulateTimezonePlugin() {
  return {
    name: 'emulate-timezone',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-timezone') return undefined;
      const page = session.browser.getPage(session.id);
      await page.emulateTimezone(payload?.timezoneId ?? undefined);
      return true;
    },
  };
}

/**
 * A feed server that misbehaves on request, for the network tests (src/model/load-feed.test.ts).
 * `/test-server/<behaviour>/<key>`, each key with its own count of requests:
 * - `hang`: never answers; `stall`: sends the headers and half the body, then nothing;
 * - `fail-once`: HTTP 500, then the demo feed; `cached-then-down`: the demo feed (`Cache-Control: no-cache`, so
 *   the browser keeps it but asks again), then drops every later connection; `hang-twice`: never answers the first
 *   two requests (a page's, and its look into the HTTP cache, which asks the network when the cache is empty),
 *   then sends the demo feed;
 * - `typed`: the repository's file `?file=` with the content type `?type=` (an LHEO file sent as text/plain…).
 */
function misbehavingFeedServer() {
  const counts = new Map();
  const feed = () => readFileSync(new URL('./demo/feed.json', import.meta.url));
  return async (ctx, next) => {
    const match = /^\/test-server\/(hang|stall|fail-once|cached-then-down|hang-twice|typed)\/([\w-]+)$/.exec(ctx.path);
    if (!match) return next();
    const [, behaviour, key] = match;
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    ctx.set('cache-control', 'no-cache');
    if (behaviour === 'typed') {
      if (!/^test\/fixtures\/(?!.*\.\.)[\w/.-]+$/.test(ctx.query.file ?? '')) return next();
      ctx.type = ctx.query.type;
      ctx.body = readFileSync(new URL(`./${ctx.query.file}`, import.meta.url));
    } else if (behaviour === 'hang' || (behaviour === 'hang-twice' && count <= 2)) {
      ctx.respond = false;
      await new Promise((resolve) => ctx.req.socket.once('close', resolve));
    } else if (behaviour === 'stall') {
      const body = feed();
      ctx.respond = false;
      ctx.res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
      ctx.res.write(body.subarray(0, body.length >> 1));
      await new Promise((resolve) => ctx.req.socket.once('close', resolve));
    } else if (behaviour === 'fail-once' && count === 1) {
      ctx.status = 500;
    } else if (behaviour === 'cached-then-down' && count > 1) {
      ctx.respond = false;
      ctx.req.socket.destroy();
    } else {
      ctx.type = 'application/json';
      ctx.body = feed();
    }
  };
}

/**
 * Screenshots compared with the committed baselines of test/visual/baselines/ (test/visual.test.ts). `npm run
 * test:update-visuals` rewrites them. Tolerance: a pixel differs when pixelmatch's colour distance exceeds 0.2, and
 * a screenshot fails past 1 % of differing pixels, so that font hinting and anti-aliasing pass but a moved block,
 * a new colour or a wrapped line do not. Failed shots and their diffs go to test/visual/failed/ (ignored by git).
 */
const visuals = visualRegressionPlugin({
  update: process.env.UPDATE_VISUALS === '1',
  baseDir: 'test/visual',
  getBaselineName: ({ name }) => `baselines/${name}`,
  getFailedName: ({ name }) => `failed/${name}`,
  getDiffName: ({ name }) => `failed/${name}-diff`,
  diffOptions: { threshold: 0.2 },
  failureThreshold: 1,
  failureThresholdType: 'percent',
});

/**
 * A page that enforces Trusted Types, for src/controllers/structured-data.test.ts: `/test-server/trusted-types/<key>`
 * sends `require-trusted-types-for 'script'` with the policy names of `?policies=` allowed, and shows a session list
 * with structured data; the page records its CSP violations in `window.violations`.
 */
function trustedTypesPage() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/test-server/trusted-types/')) return next();
    ctx.set('content-security-policy', `require-trusted-types-for 'script'; trusted-types ${ctx.query.policies ?? "'none'"}`);
    ctx.type = 'html';
    ctx.body = `<!doctype html><html lang="fr"><head><title>Trusted Types</title>
<script>window.violations = []; document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));</script>
<script type="module">import '/src/bundle.ts';</script></head>
<body><tf-session-list src="/demo/feed.json" now="2021-09-01" structured-data></tf-session-list></body></html>`;
  };
}

/**
 * Test fixtures byte for byte. The dev server hands text bodies to its plugins' transforms as UTF-8 strings, which
 * turns every byte of an ISO-8859-1 or Windows-1252 fixture that is not UTF-8 into U+FFFD before a test reads it.
 */
function fixturesAsTheyAre() {
  return async (ctx, next) => {
    const match = /^\/test\/fixtures\/(?!.*\.\.)[\w/.-]+\.(xml|csv|gift|txt|json)$/.exec(ctx.path);
    const file = new URL(`.${ctx.path}`, import.meta.url);
    if (!match || !existsSync(file)) return next();
    ctx.type = match[1] === 'gift' ? 'txt' : match[1];
    ctx.body = readFileSync(file);
    return undefined;
  };
}

/**
 * `/demo/hosts/quirks.html`: the neutral host page without its doctype, so that the browser lays it out in quirks mode
 * as it does pages of some old themes (test/host-pages.test.ts). Made from neutral.html, so the two never drift apart.
 */
function quirksHostPage() {
  return async (ctx, next) => {
    if (ctx.path !== '/demo/hosts/quirks.html') return next();
    const neutral = readFileSync(new URL('./demo/hosts/neutral.html', import.meta.url), 'utf8');
    const withoutDoctype = neutral.replace(/^<!doctype html>\s*/i, '');
    if (withoutDoctype === neutral) throw new Error('demo/hosts/neutral.html no longer starts with its doctype');
    ctx.type = 'html';
    ctx.body = withoutDoctype;
    return undefined;
  };
}

/**
 * The built `dist/` as a webmaster might have copied it, without one element's chunk, for the loader's failure
 * message (test/drop-in.test.ts): `/test-server/dist-without/<tag>/<file>` answers 404 for `chunks/<tag>-*.js`
 * and sends every other file of dist/.
 */
function distWithoutAChunk() {
  return async (ctx, next) => {
    const match = /^\/test-server\/dist-without\/(tf-[a-z-]+)\/((?:chunks\/)?[\w.-]+\.js)$/.exec(ctx.path);
    if (!match) return next();
    const [, tag, file] = match;
    if (file.startsWith(`chunks/${tag}-`)) {
      ctx.status = 404;
      return undefined;
    }
    ctx.type = 'js';
    ctx.body = readFileSync(new URL(`./dist/${file}`, import.meta.url));
    return undefined;
  };
}

/**
 * `TEST_BUILD=loader` (the second pass of `npm test`): the behaviour tests run against the built drop-in. Every
 * import that defines elements from the sources (`src/elements/<tag>/define.ts`, `src/bundle.ts`,
 * `src/training-feed-widgets.ts`) is answered with dist/training-feed-widgets.js loading those tags, so the
 * elements under test are the loader's chunks, as a webmaster's page gets them.
 */
const againstLoader = process.env.TEST_BUILD === 'loader';
const allTags = [...readFileSync(new URL('./src/elements.ts', import.meta.url), 'utf8').matchAll(/tag: '(tf-[a-z-]+)'/g)].map((match) => match[1]);
function loaderBuild() {
  return {
    name: 'loader-build',
    serve(context) {
      const define = /^\/src\/elements\/(tf-[a-z-]+)\/define\.[jt]s$/.exec(context.path);
      const everything = /^\/src\/(bundle|training-feed-widgets)\.[jt]s$/.test(context.path);
      if (!define && !everything) return undefined;
      const tags = define ? [define[1]] : allTags;
      return {
        type: 'js',
        body: `import { load } from '/dist/training-feed-widgets.js';\nawait Promise.all(${JSON.stringify(tags)}.map((tag) => load(tag)));\nexport * from '/dist/training-feed-widgets.js';\n`,
      };
    },
  };
}

const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  // One file at a time: headless Chromium starves a background page of animation frames, which Lit and
  // @open-wc/testing's fixtures wait for.
  concurrency: 1,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10_000 } },
  middleware: [fixturesAsTheyAre(), misbehavingFeedServer(), trustedTypesPage(), distWithoutAChunk(), quirksHostPage()],
  plugins: [...(againstLoader ? [loaderBuild()] : []), emulateTimezonePlugin(), visuals, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      // One browser context per test file: each gets its own localStorage, so files running side by side never
      // see each other's saved answers.
      createBrowserContext: ({ browser }) => browser.createBrowserContext(),
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          ...(runningAsRoot ? ['--no-sandbox'] : []),
          '--disable-dev-shm-usage',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          // Two test files run side by side; the one in the background must still get frames and timers.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
};
