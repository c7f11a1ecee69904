/**
 * `node bench/profile.mjs [sessions] [step,…]` (e.g. `100 quizReady,quizResult`, the steps before the last prepare): where the CPU of one bench step goes (default: the session list's
 * first page at 10,000 sessions), as a DevTools CPU profile summed by function and by source file, mapped back to
 * src/ through the build's source maps. For finding what to make faster; the figures themselves come from
 * `npm run bench`.
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

const server = createDemoServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const feeds = writeFeeds([sessions]);
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
});
const page = await browser.newPage();
page.on('pageerror', (error) => console.error('page error:', error.message));
const client = await page.createCDPSession();
// parseFeed is exported by the single file only (lab.js): the validation step runs there, as in run.mjs.
const build = steps.includes('validate') ? 'bundle' : 'loader';
await page.goto(`${origin}/bench/pages/lab.html?build=${build}`);
await page.waitForFunction(() => window.benchReady === true);
// The quiz steps run on the demo feed with its 100-item quiz (the catalogue has no quiz).
await page.evaluate((url) => window.bench.fetchFeed(url), steps[0].startsWith('quiz') ? feeds.quiz : feeds[sessions]);
for (const step of steps.slice(0, -1)) await page.evaluate((name) => window.bench[name](), step);
await client.send('Profiler.enable');
await client.send('Profiler.setSamplingInterval', { interval: 100 });
await client.send('Profiler.start');
await page.evaluate((name) => (name === 'widgetKeystroke' ? window.bench[name]('m') : window.bench[name]()), measured);
const { profile } = await client.send('Profiler.stop');
await browser.close();
server.close();

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

const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const selfTime = new Map();
for (let index = 0; index < profile.samples.length; index += 1) {
  const id = profile.samples[index];
  selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
}
const byFunction = new Map();
const byFile = new Map();
for (const [id, ms] of selfTime) {
  const { callFrame } = nodes.get(id);
  const position = callFrame.url ? original(callFrame.url, callFrame.lineNumber, callFrame.columnNumber) : undefined;
  const file = position?.source?.replace(/^.*?(node_modules|src)\//, '$1/') ?? (callFrame.url ? new URL(callFrame.url).pathname : callFrame.functionName);
  const name = `${position?.name ?? callFrame.functionName ?? '?'} ${file}:${position?.line ?? callFrame.lineNumber + 1}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
  byFile.set(file, (byFile.get(file) ?? 0) + ms);
}
// Inclusive time: a function's own samples and its callees', counted once per stack however deep the recursion.
const parents = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
const names = new Map();
for (const node of profile.nodes) {
  const { callFrame } = node;
  const position = callFrame.url ? original(callFrame.url, callFrame.lineNumber, callFrame.columnNumber) : undefined;
  const file = position?.source?.replace(/^.*?(node_modules|src)\//, '$1/') ?? (callFrame.url ? new URL(callFrame.url).pathname : '');
  names.set(node.id, `${position?.name ?? callFrame.functionName ?? '?'} ${file}:${position?.line ?? callFrame.lineNumber + 1}`);
}
const inclusive = new Map();
for (const [id, ms] of selfTime) {
  const seen = new Set();
  for (let node = id; node !== undefined; node = parents.get(node)) {
    const name = names.get(node);
    if (seen.has(name)) continue;
    seen.add(name);
    inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
  }
}
const total = [...selfTime.values()].reduce((sum, ms) => sum + ms, 0);
const top = (map, count) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${name}`)
    .join('\n');
console.log(`${measured} at ${sessions} sessions: ${total.toFixed(1)} ms sampled\n\nBy source file:\n${top(byFile, 25)}\n\nBy function (self time):\n${top(byFunction, 40)}\n\nBy function (inclusive):\n${top(inclusive, 60)}`);
