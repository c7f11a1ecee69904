/** bench/results.md from the figures of bench/run.mjs: each beside its baseline, each target with its verdict. */
const kib = (bytes) => (bytes / 1024).toFixed(1);
/** A ratio as shown; side by side (run.mjs), a figure's ratio to its baseline is the median of its per-page ratios. */
const ratio = (value) => (Number.isFinite(value) ? `${value.toFixed(1)}×` : '—');
/** The lowest and highest per-page ratios, when the run kept them: ` (2.3–2.8)` in a table, `, 2.3–2.8× over 6 pages` in the targets. */
const span = ([low, high]) => `${low.toFixed(1)}–${high.toFixed(1)}`;
const range = (lowHigh) => (lowHigh ? ` (${span(lowHigh)})` : '');
const spread = (lowHigh, pages) => (lowHigh ? `, ${span(lowHigh)}× over ${pages} pages` : '');
const verdict = (ok) => (ok ? '✅ met' : '❌ not met');

/**
 * A target on a side-by-side ratio (`ratios` and `ratioRanges` of run.mjs, under `baseline`): the two figures, the
 * median ratio and its spread, and its verdict, which says when the median meets the target but some pages do not.
 */
function ratioTarget(name, measured, { ratios, ratioRanges, pages }, baseline, limit) {
  const value = ratios[baseline];
  const lowHigh = ratioRanges?.[baseline];
  const [figure, reference] = measured;
  let said = '✅ met';
  if (value > limit) said = '❌ not met';
  else if (lowHigh && lowHigh[1] > limit) said = '✅ met by the median, not in every page';
  return [name, `${figure.cpu} vs ${reference.cpu} ms (${ratio(value)}${spread(lowHigh, pages)})`, said];
}

export function report(results) {
  const { machine } = results;
  const lines = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` (bench/run.mjs) on ${results.date.slice(0, 16).replace('T', ' ')} UTC, in headless Chromium. CPU = main-thread CPU`,
    'time (DevTools `Performance.getMetrics` ThreadTime), wall = `performance.now()` in the page; both until the next',
    'frame has been rendered. Each figure and its baselines are measured in the same page, one after the other, in',
    `${results.firstPage[0]?.pages ?? results.validation.pages ?? results.runs} fresh pages: each order of them equally often, so that none is more often the first to run in a page.`,
    'Each is measured after a garbage collection, on a page cleared of what the one before rendered. A figure is the',
    `median of its pages (of ${results.runs} runs for the others), a ratio the median of the per-page ratios (in brackets, the`,
    'lowest and highest of them: how evenly the machine ran). The ratios matter more than the milliseconds.',
    '',
    `Machine: ${machine.cpu}, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}, ${machine.browser};`,
    `load average at start ${machine.loadAverage.join(' / ')}${machine.stolenPercent === undefined ? '' : `; CPU time stolen by the host during the run: ${machine.stolenPercent} %`} (a shared`,
    'machine: other jobs ran meanwhile; a run with much stolen time reads slower, and less evenly).',
    '',
  ];

  const first = (size) => results.firstPage.find((row) => row.sessions === size);
  const targets = [];
  for (const size of [100, 10_000]) {
    const row = first(size);
    if (row) targets.push(ratioTarget(`first page at ${size.toLocaleString('en')} sessions ≤ 2× plain DOM (CPU)`, [row.widget, row.plain], row, 'plain', 2));
  }
  const biggest = first(100_000);
  if (biggest) targets.push(ratioTarget('first page at 100,000 sessions ≤ 3× JSON.parse of the feed (CPU)', [biggest.widget, biggest.jsonParse], biggest, 'jsonParse', 3));
  const { validation } = results;
  targets.push(ratioTarget('validation of 10,000 sessions ≤ 3× JSON.parse (CPU)', [validation.validationOnly, validation.jsonParse], validation, 'jsonParse', 3));
  targets.push(['quiz result step, 100 items ≤ 16 ms CPU', `${results.quiz.click.cpu} ms`, verdict(results.quiz.click.cpu <= 16)]);
  for (const [name, value] of Object.entries(results.cls)) targets.push([`CLS 0 on the « ${name} » page`, String(value), verdict(value === 0)]);
  const budgets = [['tf-feed + tf-session-list', 30], ['tf-quiz', 30], ['tf-sheet-card', 26], ['all six', 60]];
  for (const [name, budget] of budgets) targets.push([`${name} ≤ ${budget} KiB gzip`, `${kib(results.bytes[name].gzip)} KiB`, verdict(results.bytes[name].gzip / 1024 <= budget)]);
  const lighthouse = results.lighthouse;
  if (lighthouse.version) {
    for (const [name, minimum] of [['session list only', 95], ['quiz only', 95], ['demo', 90]]) {
      targets.push([`Lighthouse mobile performance ≥ ${minimum}, « ${name} »`, String(lighthouse[name].performance), verdict(lighthouse[name].performance >= minimum)]);
    }
    targets.push(['Lighthouse best practices 100, demo', String(lighthouse.demo.bestPractices), verdict(lighthouse.demo.bestPractices === 100)]);
    targets.push(['Lighthouse SEO 100, demo', String(lighthouse.demo.seo), verdict(lighthouse.demo.seo === 100)]);
  }
  lines.push('## Targets', '', '| target | measured | verdict |', '| --- | --- | --- |', ...targets.map(([name, value, said]) => `| ${name} | ${value} | ${said} |`), '');

  lines.push(
    '## Bytes a page downloads',
    '',
    'Every file from dist/ that a page showing the element downloads (the loader, the element\'s chunk, the shared chunks),',
    'against the single file `training-feed-widgets.bundle.js`, which every page would download whole.',
    '',
    '| page | files | KiB gzip | KiB brotli | single file, KiB gzip / brotli |',
    '| --- | --- | --- | --- | --- |',
    ...Object.entries(results.bytes)
      .filter(([name]) => name !== 'baseline')
      .map(([name, row]) => `| ${name} | ${row.files} | ${kib(row.gzip)} | ${kib(row.brotli)} | ${kib(results.bytes.baseline.gzip)} / ${kib(results.bytes.baseline.brotli)} |`),
    '',
    'As served by `npm start` (brotli), JavaScript transferred by real pages:',
    '',
    '| page | files | KiB transferred | single file, KiB brotli |',
    '| --- | --- | --- | --- |',
    ...Object.entries(results.served).map(([name, row]) => `| ${name} | ${row.files} | ${kib(row.bytes)} | ${kib(results.bytes.baseline.brotli)} |`),
    '',
    '## `<tf-session-list>`: first page against plain DOM',
    '',
    'From the feed\'s text to the first page painted (50 sessions, month headings). Plain DOM: `JSON.parse`, sort, the same',
    'rows built with `createElement` (nine elements a row), in a shadow root. JSON.parse alone for scale.',
    '',
    'What the widget defers after that frame by design (idle callbacks: the structured data; background tasks: from',
    '5,000 sessions, the rest of the feed validated in steps) is held while the first page is read, then let go and',
    'timed on its own: « then, deferred ». Not held, part of it was counted or not according to DevTools\' round trip.',
    '',
    '| sessions | widget CPU / wall (ms) | then, deferred: CPU (ms) | plain DOM CPU / wall (ms) | widget ÷ plain (CPU) | JSON.parse CPU (ms) | widget ÷ JSON.parse |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...results.firstPage.map(
      (row) =>
        `| ${row.sessions.toLocaleString('en')} | ${row.widget.cpu} / ${row.widget.wall} | ${row.widget.deferred?.cpu ?? '—'} | ${row.plain.cpu} / ${row.plain.wall} | ${ratio(row.ratios.plain)}${range(row.ratioRanges?.plain)} | ${row.jsonParse.cpu} | ${ratio(row.ratios.jsonParse)}${range(row.ratioRanges?.jsonParse)} |`,
    ),
    '',
    '## Other figures',
    '',
    '| measure | widget CPU / wall | baseline | baseline CPU / wall | ratio (CPU) |',
    '| --- | --- | --- | --- | --- |',
    ...(results.warmFirstPage
      ? [
          `| first page at 100 sessions, the second in its page: code, templates and styles used once before (ms) | ${results.warmFirstPage.widget.cpu} / ${results.warmFirstPage.widget.wall} | plain DOM, its second too | ${results.warmFirstPage.plain.cpu} / ${results.warmFirstPage.plain.wall} | ${ratio(results.warmFirstPage.ratios.plain)}${range(results.warmFirstPage.ratioRanges?.plain)} |`,
        ]
      : []),
    ...(results.arrivingFirstPage ?? []).map(
      (row) =>
        `| first page at ${row.sessions.toLocaleString('en')} sessions, the feed reaching a list already on the page (loading state shown), as with \`src\` (ms) | ${row.widget.cpu} / ${row.widget.wall} | plain DOM | ${row.plain.cpu} / ${row.plain.wall} | ${ratio(row.ratios.plain)}${range(row.ratioRanges?.plain)} |`,
    ),
    `| a keystroke in the search field, 10,000 sessions, both lists in the page (ms) | ${results.keystroke.widget.cpu} / ${results.keystroke.widget.wall} | plain DOM filter and rows | ${results.keystroke.plain.cpu} / ${results.keystroke.plain.wall} | ${ratio(results.keystroke.ratios.plain)}${range(results.keystroke.ratioRanges?.plain)} |`,
    `| validation of 10,000 sessions: parseFeed of the parsed feed (ms) | ${validation.validationOnly.cpu} / ${validation.validationOnly.wall} | JSON.parse of the text | ${validation.jsonParse.cpu} / ${validation.jsonParse.wall} | ${ratio(validation.ratios.jsonParse)}${range(validation.ratioRanges?.jsonParse)} |`,
    `| JS heap after the first page and its deferred work, 10,000 sessions (MiB; DOM nodes) | ${results.memory.widget.heapMiB}; ${results.memory.widget.nodes} | plain DOM, same feed kept | ${results.memory.plain.heapMiB}; ${results.memory.plain.nodes} | ${ratio(results.memory.widget.heapMiB / results.memory.plain.heapMiB)} (heap) |`,
    `| quiz: click « Terminer », ${results.quiz.items} items answered, until the next frame (ms) | ${results.quiz.click.cpu} / ${results.quiz.click.wall} | one frame | 16 | – |`,
    ...(results.quiz.complete ? [`| quiz: the same click until the whole result is painted (the rest comes after the first frame) (ms) | ${results.quiz.complete.cpu} / ${results.quiz.complete.wall} | – | – | – |`] : []),
    ...Object.entries(results.cls).map(([name, value]) => `| CLS while the « ${name} » page loads (slow 4G, CPU ÷ 4) | ${value} | target | 0 | – |`),
    '',
  );
  if (lighthouse.version) {
    lines.push(
      `## Lighthouse ${lighthouse.version} (mobile, simulated throttling; medians of ${results.lighthouseRuns} runs)`,
      '',
      '| page | performance | best practices | SEO | CLS | LCP (ms) | TBT (ms) | audits not passed |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      ...['session list only', 'quiz only', 'demo'].map((name) => {
        const row = lighthouse[name];
        return `| ${name} | ${row.performance} | ${row.bestPractices ?? '—'} | ${row.seo ?? '—'} | ${row.cls} | ${row.lcpMs} | ${row.tbtMs} | ${row.failing.join(', ') || '—'} |`;
      }),
      '',
    );
  }
  return `${lines.join('\n')}\n`;
}
