/**
 * `node bench/profile.mjs [sessions] [step,…]` (e.g. `100 quizReady,quizResult` or `10000 parseText,validateOnly`,
 * the steps before the last prepare): where the CPU of one bench step goes (default: the session list's first page at
 * 10,000 sessions), as DevTools CPU profiles of PROFILE_RUNS fresh pages (default 5), summed by function and by source
 * file, mapped back to src/ through the build's source maps. For finding what to make faster; the figures themselves
 * come from `npm run bench`.
 *
 *   PROFILE_TRACE=1 …                          a DevTools trace instead: the renderer main thread's time by phase
 *                                              (style and layout, paint, the rest: script…), for the step and, with
 *                                              PROFILE_BASELINE=plainFirstPage, for its baseline in the same pages
 *   PROFILE_ATTRIBUTES='{"page-size":"1"}' …    the session list's attributes for widgetFirstPage (its fixed cost)
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import puppeteer from 'puppeteer-core';
import { createDemoServer } from '../scripts/serve.mjs';
import { writeFeeds } from './catalogue.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const sessions = Number(process.argv[2] ?? 10_000);
const steps = (process.argv[3] ?? 'widgetFirstPage').split(',');
const measured = steps.at(-1);
/** PROFILE_RUNS=8: profiles of that many fresh pages, summed. */
const runs = Number(process.env.PROFILE_RUNS ?? 5);

const server = createDemoServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const feeds = writeFeeds([sessions]);
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
});
// parseFeed is exported by the single file only (lab.js): the validation step runs there, as in run.mjs.
const build = steps.includes('validateOnly') ? 'bundle' : 'loader';
const attributes = JSON.parse(process.env.PROFILE_ATTRIBUTES ?? '{}');
const withAttributes = Object.keys(attributes).length ? ` (attributes ${JSON.stringify(attributes)})` : '';
const tracing = process.env.PROFILE_TRACE === '1';
/** Steps measured in each page: the last step, and with PROFILE_TRACE its baseline, in turns (as run.mjs does). */
const measuredSteps = tracing && process.env.PROFILE_BASELINE ? [measured, process.env.PROFILE_BASELINE] : [measured];
/** Trace events of the renderer main thread that say where a step's time went, by phase. */
const phases = {
  'all tasks': ['RunTask'],
  'style and layout': ['UpdateLayoutTree', 'Layout'],
  paint: ['PrePaint', 'Paint', 'Layerize'],
  'of the rest: garbage collection': ['MinorGC', 'MajorGC'],
};
const traceTotals = Object.fromEntries(measuredSteps.map((step) => [step, {}]));
/** One CPU profile (or trace) per run, each in a fresh page: one run of cold code says little. */
const profiles = [];
for (let run = 0; run < runs; run += 1) {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  const client = await page.createCDPSession();
  await page.goto(`${origin}/bench/pages/lab.html?build=${build}`);
  await page.waitForFunction(() => window.benchReady === true);
  // The quiz steps run on the demo feed with its 100-item quiz (the catalogue has no quiz).
  await page.evaluate((url) => window.bench.fetchFeed(url), steps[0].startsWith('quiz') ? feeds.quiz : feeds[sessions]);
  // As in run.mjs: each preparing step ends on a quiet page, and what the profiled step defers is left out.
  for (const step of steps.slice(0, -1)) {
    await page.evaluate(() => window.bench.holdDeferred());
    await page.evaluate((name) => window.bench[name](), step);
    await page.evaluate(() => window.bench.releaseDeferred());
  }
  const runStep = (name) =>
    page.evaluate((each, values) => (each === 'widgetKeystroke' ? window.bench[each]('m') : window.bench[each](values)), name, name === 'widgetFirstPage' ? attributes : undefined);
  if (tracing) {
    for (const step of run % 2 ? [...measuredSteps].reverse() : measuredSteps) {
      // A first page starts on a page cleared of the other's rows (the quiz's steps need what came before).
      if (step.endsWith('FirstPage')) await page.evaluate(() => window.bench.clear());
      await page.evaluate(() => window.bench.holdDeferred());
      await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink'] });
      await runStep(step);
      addTrace(traceTotals[step], JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')).traceEvents);
      await page.evaluate(() => window.bench.releaseDeferred());
    }
  } else {
    await page.evaluate(() => window.bench.holdDeferred());
    await client.send('Profiler.enable');
    await client.send('Profiler.setSamplingInterval', { interval: 100 });
    await client.send('Profiler.start');
    await runStep(measured);
    profiles.push((await client.send('Profiler.stop')).profile);
  }
  await page.close();
}
await browser.close();
server.close();

/** Adds the time (thread time where the trace has it) of each phase's events on the renderer main thread. */
function addTrace(totals, events) {
  const complete = events.filter((event) => event.ph === 'X' && event.dur);
  // The page's renderer main thread: the one that ran the most tasks (other renderers have one too).
  const threads = events.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  const tasksOf = (thread) => complete.filter((event) => event.pid === thread.pid && event.tid === thread.tid && event.name === 'RunTask').reduce((sum, event) => sum + (event.tdur ?? event.dur), 0);
  const main = threads.map((thread) => ({ thread, ms: tasksOf(thread) })).sort((a, b) => b.ms - a.ms)[0].thread;
  for (const [phase, names] of Object.entries(phases)) {
    const ms = complete.filter((event) => event.pid === main.pid && event.tid === main.tid && names.includes(event.name)).reduce((sum, event) => sum + (event.tdur ?? event.dur) / 1000, 0);
    totals[phase] = (totals[phase] ?? 0) + ms / runs;
  }
}

if (tracing) {
  // Script has no one event (a DevTools evaluation runs in a bare task): it is most of what the tasks did besides.
  for (const totals of Object.values(traceTotals)) totals['the rest: script, parsing, GC'] = totals['all tasks'] - totals['style and layout'] - totals.paint;
  const order = ['all tasks', 'style and layout', 'paint', 'the rest: script, parsing, GC', 'of the rest: garbage collection'];
  const rows = order.map((phase) => `| ${phase} | ${measuredSteps.map((step) => traceTotals[step][phase].toFixed(1)).join(' | ')} |`);
  console.log(
    `Renderer main thread at ${sessions} sessions, ms, mean of ${runs} pages${withAttributes}:\n\n| phase | ${measuredSteps.join(' | ')} |\n| --- |${measuredSteps.map(() => ' --- |').join('')}\n${rows.join('\n')}`,
  );
  process.exit(0);
}

const maps = new Map();
function original(url, line, column) {
  const path = new URL(url, origin).pathname;
  if (!path.startsWith('/dist/')) return undefined;
  if (!maps.has(path)) {
    try {
      maps.set(path, new TraceMap(readFileSync(`${root}${path.slice(1)}.map`, 'utf8')));
    } catch {
      maps.set(path, undefined);
    }
  }
  const map = maps.get(path);
  return map ? originalPositionFor(map, { line: line + 1, column }) : undefined;
}

/**
 * A frame's name: its function and place in src/ (or the library's file), through the source maps. A minified
 * library's place gets its column too: its functions are one-letter names on one line.
 */
function frameName(callFrame) {
  const position = callFrame.url ? original(callFrame.url, callFrame.lineNumber, callFrame.columnNumber) : undefined;
  const file = position?.source?.replace(/^.*?(node_modules|src)\//, '$1/') ?? (callFrame.url ? new URL(callFrame.url).pathname : callFrame.functionName);
  const column = file.startsWith('node_modules/') && position ? `:${position.column}` : '';
  return { file, name: `${position?.name ?? callFrame.functionName ?? '?'} ${file}:${position?.line ?? callFrame.lineNumber + 1}${column}` };
}

// Sums over the runs, shown as the mean of one run.
const byFunction = new Map();
const byFile = new Map();
const inclusive = new Map();
const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms / runs);
let total = 0;
for (const profile of profiles) {
  const selfTime = new Map();
  for (let index = 0; index < profile.samples.length; index += 1) {
    const id = profile.samples[index];
    selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  }
  const names = new Map(profile.nodes.map((node) => [node.id, frameName(node.callFrame)]));
  // Inclusive time: a function's own samples and its callees', counted once per stack however deep the recursion.
  const parents = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  for (const [id, ms] of selfTime) {
    const { file, name } = names.get(id);
    add(byFunction, name, ms);
    add(byFile, file, ms);
    total += ms / runs;
    const seen = new Set();
    for (let node = id; node !== undefined; node = parents.get(node)) {
      const each = names.get(node).name;
      if (seen.has(each)) continue;
      seen.add(each);
      add(inclusive, each, ms);
    }
  }
}
const top = (map, count) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${name}`)
    .join('\n');
console.log(
  `${measured} at ${sessions} sessions${withAttributes}, mean of ${runs} runs: ${total.toFixed(1)} ms sampled (the profiler slows cold code: compare, do not add up)\n\nBy source file:\n${top(byFile, 25)}\n\nBy function (self time):\n${top(byFunction, 40)}\n\nBy function (inclusive):\n${top(inclusive, 60)}`,
);
