/**
 * `npm run bench`: the performance figures of issue 11, measured in headless Chromium and written to
 * bench/results.md (committed) and bench/results.json. Not a test: timings depend on the machine, which is
 * described at the top of the results, and every figure stands beside its baseline measured in the same page
 * (`sideBySide`): the machine's load, which drifts over a run, weighs on both alike.
 *
 * CPU time is the renderer main thread's (DevTools `Performance.getMetrics` ThreadTime), wall time the page's
 * `performance.now()`; both until the next frame is rendered. Each figure is the median of its fresh pages: 12 for a
 * figure beside its baselines, RUNS (default 5) for the others. Lighthouse (mobile, its default simulated
 * throttling) audits three pages.
 *
 *   npm run bench                  everything
 *   RUNS=7 npm run bench           more runs (LIGHTHOUSE_RUNS=3 for fewer Lighthouse runs; PAGES=18 for more pages
 *                                  of each side-by-side figure, 12 by default)
 *   BENCH_ONLY=cls,quiz …          some parts only (firstPage, warm, arriving, keystroke, validation, memory, quiz, cls,
 *                                  lighthouse), printed; results.md is written by full runs only
 *   BENCH_SIZES=100,10000 …        the first page at some catalogue sizes only (with BENCH_ONLY)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { createDemoServer } from '../scripts/serve.mjs';
import { writeFeeds } from './catalogue.mjs';
import { writePages } from './pages.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.env.RUNS ?? 5);
/**
 * Fresh pages for each side-by-side figure (PAGES=…): more than RUNS, since a cold first page of 100 sessions is
 * short and its per-page ratio spreads widely (2.3–3.7× in one run on an idle machine); 12 pages steady the median.
 */
const sideBySidePages = Number(process.env.PAGES ?? Math.max(runs, 12));
/** Lighthouse runs per page (each takes most of a minute on a small machine). */
const lighthouseRuns = Number(process.env.LIGHTHOUSE_RUNS ?? runs);
/** BENCH_ONLY=cls,quiz: only those parts, printed, results.md untouched (for working on one figure). */
const only = process.env.BENCH_ONLY?.split(',');
const wanted = (part) => !only || only.includes(part);
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const allSizes = [100, 1_000, 10_000, 100_000];
/** BENCH_SIZES=100,10000: the first page at some catalogue sizes only (with BENCH_ONLY, for working on one figure). */
const sizes = process.env.BENCH_SIZES?.split(',').map(Number) ?? allSizes;
const chromeArgs = ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];

if (!existsSync(`${root}dist/chunks/graph.json`)) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (value, digits = 1) => Number(value.toFixed(digits));
const log = (...args) => console.log('  ', ...args);

const server = createDemoServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const feeds = writeFeeds(allSizes);
const pages = writePages();
const onePage = [
  ['session list only', pages['session-list']],
  ['quiz only', pages.quiz],
  ['sheet only', pages.sheet],
];
const browser = await puppeteer.launch({ executablePath: chromePath, headless: true, args: chromeArgs, protocolTimeout: 900_000 });

/** Main-thread CPU seconds so far, from DevTools. */
async function threadTime(client) {
  const { metrics } = await client.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
}

/** Main-thread CPU (ms) and wall time (ms, in the page) of `bench[method](...args)` in `page`. */
async function timed(page, client, method, args) {
  const before = await threadTime(client);
  const wall = await page.evaluate(async (name, values) => {
    const started = performance.now();
    await window.bench[name](...values);
    return performance.now() - started;
  }, method, args);
  const after = await threadTime(client);
  return { cpu: (after.ThreadTime - before.ThreadTime) * 1000, wall };
}

/** A fresh lab page of `build`, with its DevTools session. */
async function labPage(build) {
  const page = await browser.newPage();
  const client = await page.createCDPSession();
  await client.send('Performance.enable');
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`${origin}/bench/pages/lab.html?build=${build}`);
  await page.waitForFunction(() => window.benchReady === true, { timeout: 60_000 });
  return { page, client };
}

/**
 * Runs `steps` in `page`. Each step is [method, ...args] of `window.bench`; steps marked `measure` are timed (CPU
 * and wall) after a garbage collection, so that none pays for the garbage of what ran before it; the others
 * prepare. What the widgets defer after a frame (idle callbacks, background tasks: lab.js) is held during each
 * step, then let go and waited for: after a preparing step so that the next step starts on a quiet page, after a
 * measured one timed on its own (`deferred`). Returns the sums of the measured steps, in ms.
 */
async function runSteps({ page, client }, steps, extra) {
  const sums = { cpu: 0, wall: 0, deferredCpu: 0, deferredWall: 0 };
  for (const step of steps) {
    const [method, ...args] = step.call;
    await page.evaluate(() => window.bench.holdDeferred());
    if (!step.measure) {
      const value = await page.evaluate((name, values) => window.bench[name](...values), method, args);
      if (step.keep) extra.push(value);
      await page.evaluate(() => window.bench.releaseDeferred());
      continue;
    }
    await client.send('HeapProfiler.collectGarbage');
    const measured = await timed(page, client, method, args);
    sums.cpu += measured.cpu;
    sums.wall += measured.wall;
    const deferred = await timed(page, client, 'releaseDeferred', []);
    sums.deferredCpu += deferred.cpu;
    sums.deferredWall += deferred.wall;
  }
  return sums;
}

/** The medians of runs' sums (runSteps), in ms. */
const medians = (sums, extra = []) => ({
  cpu: round(median(sums.map((each) => each.cpu))),
  wall: round(median(sums.map((each) => each.wall))),
  deferred: { cpu: round(median(sums.map((each) => each.deferredCpu))), wall: round(median(sums.map((each) => each.deferredWall))) },
  extra,
});

/** Runs `steps` in a fresh lab page `runs` times (runSteps); returns the medians, in ms. */
async function lab(build, steps) {
  const sums = [];
  const extra = [];
  for (let run = 0; run < runs; run += 1) {
    const lab = await labPage(build);
    sums.push(await runSteps(lab, steps, extra));
    if (steps.some((step) => step.memory)) {
      await lab.client.send('HeapProfiler.collectGarbage');
      const metrics = await threadTime(lab.client);
      extra.push({ heapMiB: metrics.JSHeapUsedSize / 2 ** 20, nodes: metrics.Nodes });
    }
    await lab.page.close();
  }
  return medians(sums, extra);
}

/** Every order of `items`. */
const orders = (items) => (items.length <= 1 ? [items] : items.flatMap((item, index) => orders(items.filter((_, other) => other !== index)).map((rest) => [item, ...rest])));

/**
 * A figure and its baselines side by side in the same page: fresh pages, each prepared by `prepare`, then each of
 * `measures` (name → steps, as in runSteps) in turn, every order of them in as many pages (at least
 * `sideBySidePages`, rounded up to a whole number of rotations: 12 for two or three measures), so that none is more
 * often the first to run in a page (and pays its first layout) or the last. With `clear`, what a measure rendered is removed, and painted, before the next. Returns each
 * measure's medians, the number of pages, and for each baseline the median of the per-page ratios of the first
 * measure to it (`ratios`), with the lowest and highest of them (`ratioRanges`).
 */
async function sideBySide(build, prepare, measures, { clear = false } = {}) {
  const names = Object.keys(measures);
  const sums = Object.fromEntries(names.map((name) => [name, []]));
  const everyOrder = orders(names);
  const pages = Math.ceil(sideBySidePages / everyOrder.length) * everyOrder.length;
  for (let run = 0; run < pages; run += 1) {
    const lab = await labPage(build);
    await runSteps(lab, prepare, []);
    for (const name of everyOrder[run % everyOrder.length]) {
      if (clear) await lab.page.evaluate(() => window.bench.clear());
      sums[name].push(await runSteps(lab, measures[name], []));
    }
    await lab.page.close();
  }
  const [figure, ...baselines] = names;
  const perPage = baselines.map((name) => [name, sums[figure].map((each, run) => each.cpu / sums[name][run].cpu)]);
  const ratios = Object.fromEntries(perPage.map(([name, each]) => [name, round(median(each), 2)]));
  // How far the pages spread around that median: a ratio near its target may be met in some pages and not others.
  const ratioRanges = Object.fromEntries(perPage.map(([name, each]) => [name, [round(Math.min(...each), 2), round(Math.max(...each), 2)]]));
  return { ...Object.fromEntries(names.map((name) => [name, medians(sums[name])])), pages, ratios, ratioRanges };
}

/**
 * The CPU time so far that the machine's host gave to other guests (`steal` in /proc/stat), and all CPU time: on a
 * virtual machine, stolen time slows every figure of a run unevenly. Undefined where /proc/stat is not.
 */
function cpuTimes() {
  if (!existsSync('/proc/stat')) return undefined;
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  return { steal: fields[7] ?? 0, total: fields.reduce((sum, value) => sum + value, 0) };
}
const timesAtStart = cpuTimes();

const results = { date: new Date().toISOString(), runs, lighthouseRuns, machine: {}, bytes: {}, firstPage: [], keystroke: {}, validation: {}, memory: {}, quiz: {}, cls: {}, lighthouse: {} };
const version = await browser.version();
results.machine = {
  cpu: `${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length}`,
  memoryGiB: round(os.totalmem() / 2 ** 30),
  loadAverage: os.loadavg().map((value) => round(value, 2)),
  os: `${os.type()} ${os.release()} ${os.arch()}`,
  node: process.version,
  browser: version,
};
console.log('Machine:', results.machine);

// Bytes: what each element's page downloads (every chunk counted) against the single file.
const graph = JSON.parse(readFileSync(`${root}dist/chunks/graph.json`, 'utf8'));
const compressed = (file) => {
  const source = readFileSync(`${root}dist/${file}`);
  return { gzip: gzipSync(source, { level: 9 }).length, brotli: brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length };
};
const bundle = compressed('training-feed-widgets.bundle.js');
const pageBytes = (tags) => {
  const files = [...new Set(tags.flatMap((tag) => graph.elements[tag].files))];
  return files.reduce((sum, file) => ({ gzip: sum.gzip + compressed(file).gzip, brotli: sum.brotli + compressed(file).brotli, files: sum.files + 1 }), { gzip: 0, brotli: 0, files: 0 });
};
for (const tag of Object.keys(graph.elements)) results.bytes[tag] = pageBytes([tag]);
results.bytes['tf-feed + tf-session-list'] = pageBytes(['tf-feed', 'tf-session-list']);
results.bytes['all six'] = pageBytes(Object.keys(graph.elements));
results.bytes.baseline = { gzip: bundle.gzip, brotli: bundle.brotli, files: 1 };
log('bytes done');

// Pages as served (brotli from scripts/serve.mjs): JavaScript transferred, every file from dist/.
results.served = {};
for (const [name, path] of [...onePage.map(([each, { path: pagePath }]) => [each, pagePath]), ['demo (all six)', '/demo/']]) {
  const page = await browser.newPage();
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle0' });
  results.served[name] = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).pathname.startsWith('/dist/') && entry.name.endsWith('.js'))
      .reduce((sum, entry) => ({ bytes: sum.bytes + entry.encodedBodySize, files: sum.files + 1 }), { bytes: 0, files: 0 }),
  );
  await page.close();
}
log('served bytes done');

// First page of <tf-session-list> against plain DOM, and JSON.parse of the same text.
for (const size of wanted('firstPage') ? sizes : []) {
  const { widget, plain, jsonParse, pages: pageCount, ratios, ratioRanges } = await sideBySide(
    'loader',
    [{ call: ['fetchFeed', feeds[size]] }],
    { widget: [{ call: ['widgetFirstPage'], measure: true }], plain: [{ call: ['plainFirstPage'], measure: true }], jsonParse: [{ call: ['jsonParse'], measure: true }] },
    { clear: true },
  );
  results.firstPage.push({ sessions: size, widget, plain, jsonParse, pages: pageCount, ratios, ratioRanges });
  log(`first page ${size}: widget ${widget.cpu} ms CPU (then deferred ${widget.deferred.cpu}), plain ${plain.cpu} (${ratios.plain}×), JSON.parse ${jsonParse.cpu} (${ratios.jsonParse}×)`);
}

// The same first page at 100 sessions, each the second of its kind in its page: code, templates and styles already
// used once. Not a target: it tells how much of the first page's gap is a fresh page's (code run cold, templates
// prepared, style sheets parsed) and how much every later render pays.
if (wanted('warm')) {
  const feed = { call: ['fetchFeed', feeds[100]] };
  const { widget, plain, pages: pageCount, ratios, ratioRanges } = await sideBySide(
    'loader',
    [feed, { call: ['widgetFirstPage'] }, { call: ['clear'] }, { call: ['plainFirstPage'] }, { call: ['clear'] }],
    { widget: [{ call: ['widgetFirstPage'], measure: true }], plain: [{ call: ['plainFirstPage'], measure: true }] },
    { clear: true },
  );
  results.warmFirstPage = { sessions: 100, widget, plain, pages: pageCount, ratios, ratioRanges };
  log(`second first page 100: widget ${widget.cpu} ms CPU, plain ${plain.cpu} (${ratios.plain}×)`);
}

// The first page when the feed reaches a list already on the page, its loading state shown: the order of a real
// page, where `<tf-feed src>` or `src` fetches the feed once the element is upgraded. Not a target: the targets'
// figure above also counts the element's upgrade and first render, which a real page pays while the feed downloads.
if (wanted('arriving')) {
  results.arrivingFirstPage = [];
  for (const size of [100, 10_000].filter((each) => sizes.includes(each))) {
    const { widget, plain, pages: pageCount, ratios, ratioRanges } = await sideBySide(
      'loader',
      [{ call: ['fetchFeed', feeds[size]] }],
      { widget: [{ call: ['widgetWaiting'] }, { call: ['widgetFeedArrives'], measure: true }], plain: [{ call: ['plainFirstPage'], measure: true }] },
      { clear: true },
    );
    results.arrivingFirstPage.push({ sessions: size, widget, plain, pages: pageCount, ratios, ratioRanges });
    log(`feed reaching a waiting list ${size}: widget ${widget.cpu} ms CPU, plain ${plain.cpu} (${ratios.plain}×)`);
  }
}

// One keystroke in the search field at 10,000 sessions (after the first page), against plain DOM filtering.
if (wanted('keystroke')) {
  const { widget, plain, pages: pageCount, ratios, ratioRanges } = await sideBySide('loader', [{ call: ['fetchFeed', feeds[10_000]] }, { call: ['widgetFirstPage'] }, { call: ['plainFirstPage'] }], {
    widget: [{ call: ['widgetKeystroke', 'm'], measure: true }],
    plain: [{ call: ['plainKeystroke', 'm'], measure: true }],
  });
  results.keystroke = { sessions: 10_000, widget, plain, pages: pageCount, ratios, ratioRanges };
  log(`keystroke: widget ${widget.cpu} ms CPU, plain ${plain.cpu} (${ratios.plain}×)`);
}

// Validation (zod/mini, through parseFeed) of the 10,000-session feed against JSON.parse of its text.
if (wanted('validation')) {
  const { validation, jsonParse, pages: pageCount, ratios, ratioRanges } = await sideBySide('bundle', [{ call: ['fetchFeed', feeds[10_000]] }], {
    validation: [{ call: ['parseText'] }, { call: ['validateOnly'], measure: true }],
    jsonParse: [{ call: ['jsonParse'], measure: true }],
  });
  results.validation = { sessions: 10_000, validationOnly: validation, jsonParse, pages: pageCount, ratios, ratioRanges };
  log(`validation: ${validation.cpu} ms CPU, JSON.parse ${jsonParse.cpu} (${ratios.jsonParse}×)`);
}

// Memory after the first page at 10,000 sessions (after a garbage collection).
if (wanted('memory')) {
  const fetchStep = { call: ['fetchFeed', feeds[10_000]] };
  const widget = await lab('loader', [fetchStep, { call: ['widgetFirstPage'], memory: true }]);
  const plain = await lab('loader', [fetchStep, { call: ['plainFirstPage'], memory: true }]);
  const summary = ({ extra }) => ({ heapMiB: round(median(extra.map((each) => each.heapMiB))), nodes: median(extra.map((each) => each.nodes)) });
  results.memory = { sessions: 10_000, widget: summary(widget), plain: summary(plain) };
  log(`memory: widget ${results.memory.widget.heapMiB} MiB, plain ${results.memory.plain.heapMiB} MiB`);
}

// The quiz's result step: the click on « Terminer » with 100 items answered, until the next frame (the summary; the
// rest of the result, which comes after that frame, held until the reading: lab.js), and until the whole result.
if (wanted('quiz')) {
  const quiz = await lab('loader', [{ call: ['fetchFeed', feeds.quiz] }, { call: ['quizReady'], keep: true }, { call: ['quizResult'], measure: true }, { call: ['quizRest'] }]);
  // The same click until the whole result is painted: the rest of the result comes in a task after the first frame.
  const whole = await lab('loader', [{ call: ['fetchFeed', feeds.quiz] }, { call: ['quizReady'] }, { call: ['quizResultComplete'], measure: true }]);
  results.quiz = { items: median(quiz.extra), click: { cpu: quiz.cpu, wall: quiz.wall }, complete: { cpu: whole.cpu, wall: whole.wall } };
  log(`quiz result click: ${quiz.cpu} ms CPU until the next frame, ${whole.cpu} ms until the whole result is painted (${results.quiz.items} items)`);
}

// Layout shift while one-widget pages load, on a slow phone's network and CPU.
for (const [name, { path, tag }] of wanted('cls') ? onePage : []) {
  const values = [];
  for (let run = 0; run < runs; run += 1) {
    const page = await browser.newPage();
    const client = await page.createCDPSession();
    await client.send('Network.enable');
    await client.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
    await client.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.setViewport({ width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true });
    await page.evaluateOnNewDocument(() => {
      window.layoutShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${origin}${path}`);
    await page.waitForFunction(
      (selector) => {
        const shadow = document.querySelector(selector)?.shadowRoot;
        return Boolean(shadow?.firstElementChild) && !shadow.querySelector('[part="status"]');
      },
      { timeout: 60_000 },
      tag,
    );
    await new Promise((resolve) => setTimeout(resolve, 1000));
    values.push(await page.evaluate(() => window.layoutShift));
    await page.close();
  }
  results.cls[name] = round(median(values), 3);
  log(`CLS ${name}: ${results.cls[name]}`);
}
await browser.close();

if (wanted('lighthouse')) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const { version: lighthouseVersion } = JSON.parse(readFileSync(`${root}node_modules/lighthouse/package.json`, 'utf8'));
  results.lighthouse.version = lighthouseVersion;
  const audit = async (path, categories) => {
    const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...chromeArgs] });
    try {
      const result = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
      const { categories: scores, audits } = result.lhr;
      return {
        ...Object.fromEntries(Object.entries(scores).map(([id, category]) => [id, Math.round(category.score * 100)])),
        cls: round(audits['cumulative-layout-shift'].numericValue, 3),
        lcpMs: Math.round(audits['largest-contentful-paint'].numericValue),
        tbtMs: Math.round(audits['total-blocking-time'].numericValue),
        failing: Object.values(audits).filter((each) => each.score !== null && each.score < 1 && each.scoreDisplayMode === 'binary').map((each) => each.id),
      };
    } finally {
      await chrome.kill();
    }
  };
  for (const [name, path] of [['session list only', pages['session-list'].path], ['quiz only', pages.quiz.path], ['demo', '/demo/']]) {
    const reports = [];
    for (let run = 0; run < lighthouseRuns; run += 1) reports.push(await audit(path, ['performance', ...(name === 'demo' ? ['best-practices', 'seo'] : [])]));
    const medianOf = (key) => median(reports.map((report) => report[key]));
    results.lighthouse[name] = {
      performance: medianOf('performance'),
      ...(name === 'demo' ? { bestPractices: medianOf('best-practices'), seo: medianOf('seo') } : {}),
      cls: medianOf('cls'),
      lcpMs: medianOf('lcpMs'),
      tbtMs: medianOf('tbtMs'),
      failing: [...new Set(reports.flatMap((report) => report.failing))],
    };
    log(`Lighthouse ${name}:`, results.lighthouse[name]);
  }
}
server.close();
const timesAtEnd = cpuTimes();
if (timesAtStart && timesAtEnd) results.machine.stolenPercent = round((100 * (timesAtEnd.steal - timesAtStart.steal)) / (timesAtEnd.total - timesAtStart.total));
log(`CPU time stolen by the host during the run: ${results.machine.stolenPercent ?? '?'} %`);

if (only || sizes !== allSizes) {
  console.log(JSON.stringify(results, null, 2));
  console.log('BENCH_ONLY: a partial run, bench/results.md left as it was.');
} else {
  writeFileSync(new URL('results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(new URL('results.md', import.meta.url), (await import('./report.mjs')).report(results));
  console.log('bench/results.md written');
}
