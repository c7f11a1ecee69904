/**
 * The JavaScript a page downloads, gzip, every chunk counted, against the budgets of the pages that matter. Read
 * from dist/chunks/graph.json (written by the build from rollup's chunk graph): for each element, the loader, its
 * chunk and every shared chunk it imports. English strings and other on-demand chunks are listed apart: a French
 * page never downloads them.
 *
 * - `budgetKiB`: the product's budget for the page. Once a page is within it, the build fails above it.
 * - `ceilingKiB`: for a page still over its budget, what it weighs now, rounded up to the tenth of a KiB: the build
 *   fails above it, so the page cannot grow while its budget is out of reach. Lower it whenever the page shrinks;
 *   delete it once the page is within budget; never raise it without a decision.
 *
 * Also rewrites the size tables of README.md (between the `size-table` markers) and the sizes the docs quote in their
 * text, so that they are always the build's; under CI it only checks them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// Each ceiling is what its page weighs on main, rounded up to the next tenth of a KiB; who raised or lowered which
// and why is in `git log -p scripts/check-size.mjs` (the budgets are issue 11's).
const pages = [
  { name: '`<tf-feed>` + `<tf-session-list>`', tags: ['tf-feed', 'tf-session-list'], budgetKiB: 30, ceilingKiB: 41.7 },
  { name: '`<tf-quiz>`', tags: ['tf-quiz'], budgetKiB: 30, ceilingKiB: 38.1 },
  { name: '`<tf-sheet-card>`', tags: ['tf-sheet-card'], budgetKiB: 26, ceilingKiB: 36.3 },
  { name: 'all six elements', tags: 'all', budgetKiB: 60, ceilingKiB: 66.3 },
];
// The single file holds everything, English and the calendar code included, and no page downloads it unless its
// webmaster chooses it: its limit keeps it from growing unnoticed, like the ceilings above.
const singleFile = { file: 'training-feed-widgets.bundle.js', budgetKiB: 74.8 };

const dist = new URL('../dist/', import.meta.url);
const readme = new URL('../README.md', import.meta.url);
const graph = JSON.parse(readFileSync(new URL('chunks/graph.json', dist), 'utf8'));
const kib = (bytes) => bytes / 1024;
const format = (bytes) => kib(bytes).toFixed(1);
/** `chunks/tf-quiz-a1B2c3.js` → `chunks/tf-quiz.js`: names that do not change with every build. */
const stableName = (file) => file.replace(/-[\w-]{8}\.js$/, '.js');

const sizes = new Map();
function sizeOf(file) {
  if (!sizes.has(file)) {
    const source = readFileSync(new URL(file, dist));
    sizes.set(file, {
      minified: source.length,
      gzip: gzipSync(source, { level: 9 }).length,
      brotli: brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return sizes.get(file);
}

const allTags = Object.keys(graph.elements);
let failed = false;
const pageRows = [];
for (const page of pages) {
  const tags = page.tags === 'all' ? allTags : page.tags;
  const files = new Set(tags.flatMap((tag) => graph.elements[tag].files));
  const gzip = [...files].reduce((total, file) => total + sizeOf(file).gzip, 0);
  const over = kib(gzip) > page.budgetKiB;
  const limit = over && page.ceilingKiB ? page.ceilingKiB : page.budgetKiB;
  let verdict = `within ${page.budgetKiB}`;
  if (over) verdict = `**over** ${page.budgetKiB} (ceiling ${limit})`;
  if (kib(gzip) > limit) {
    failed = true;
    console.error(`  ✗ ${page.name}: ${format(gzip)} KiB gzip, above ${limit} KiB. Make it smaller rather than raise the limit.`);
  } else if (over) {
    console.log(`  ⚠ ${page.name}: ${format(gzip)} KiB gzip, ${(kib(gzip) - page.budgetKiB).toFixed(1)} KiB over its ${page.budgetKiB} KiB budget.`);
  } else if (page.ceilingKiB) {
    console.log(`  ⚠ ${page.name} is within its budget: delete its ceiling in scripts/check-size.mjs so the budget holds.`);
  }
  pageRows.push(`| ${page.name} | ${files.size} | ${format(gzip)} | ${verdict} |`);
}

const bundle = sizeOf(singleFile.file);
if (kib(bundle.gzip) > singleFile.budgetKiB) {
  failed = true;
  console.error(`  ✗ ${singleFile.file}: ${format(bundle.gzip)} KiB gzip, above ${singleFile.budgetKiB} KiB.`);
}
pageRows.push(`| single file \`${singleFile.file}\` (everything, English included) | 1 | ${format(bundle.gzip)} | ${kib(bundle.gzip) > singleFile.budgetKiB ? '**over**' : 'within'} ${singleFile.budgetKiB} |`);

const usedBy = new Map();
for (const [tag, { files, onDemand }] of Object.entries(graph.elements)) {
  for (const file of files) usedBy.set(file, [...(usedBy.get(file) ?? []), tag]);
  for (const file of onDemand) if (!usedBy.has(file)) usedBy.set(file, []);
}
const chunkRows = [...usedBy.entries()]
  .sort(([a], [b]) => sizeOf(b).gzip - sizeOf(a).gzip)
  .map(([file, tags]) => {
    const { minified, gzip, brotli } = sizeOf(file);
    const who = tags.length === allTags.length ? 'every page' : tags.length > 0 ? tags.map((tag) => `\`${tag}\``).join(', ') : file.startsWith('chunks/en-') ? 'on demand (English pages)' : 'on demand (first use)';
    return `| \`${stableName(file)}\` | ${format(minified)} | ${format(gzip)} | ${format(brotli)} | ${who} |`;
  });

const table = [
  '| page | files | KiB gzip | budget (KiB) |',
  '| --- | --- | --- | --- |',
  ...pageRows,
  '',
  '| file in dist/ | KiB minified | KiB gzip | KiB brotli | downloaded by |',
  '| --- | --- | --- | --- | --- |',
  ...chunkRows,
].join('\n');
console.log(table.replace(/^/gm, '  '));

/**
 * The sizes the docs quote in their text (« about 74 KiB gzip »), in whole KiB, each between `<!-- size:<name> -->`
 * and `<!-- /size -->` (invisible once rendered), so that the text never lags behind the build.
 */
const fileNamed = (prefix) => Object.values(graph.elements).flatMap((each) => [...each.files, ...each.onDemand]).find((file) => file.startsWith(prefix));
const proseSizes = {
  loader: sizeOf(graph.loader).gzip,
  'single-file': bundle.gzip,
  'lheo-reader': sizeOf(fileNamed('chunks/lheo-feed-')).gzip,
  studio: sizeOf('studio/studio.js').gzip,
};
const withProseSizes = (markdown) =>
  markdown.replace(/<!-- size:([\w-]+) -->[^<]*<!-- \/size -->/g, (whole, name) =>
    name in proseSizes ? `<!-- size:${name} -->${Math.max(1, Math.round(kib(proseSizes[name])))}<!-- /size -->` : whole,
  );

// Under CI (or with --check) stale sizes fail instead: the committed docs must be the build's.
const check = process.argv.includes('--check') || Boolean(process.env.CI);
const start = '<!-- size-table:start (written by scripts/check-size.mjs) -->';
const end = '<!-- size-table:end -->';
const documents = [readme, new URL('../docs/feed-sources.md', import.meta.url)];
const quoted = new Set();
for (const doc of documents) {
  const text = readFileSync(doc, 'utf8');
  for (const [, name] of text.matchAll(/<!-- size:([\w-]+) -->/g)) quoted.add(name);
  let updated = withProseSizes(text);
  if (doc === readme) {
    const from = updated.indexOf(start);
    const to = updated.indexOf(end);
    if (from >= 0 && to > from) {
      updated = `${updated.slice(0, from + start.length)}\n${table}\n${updated.slice(to)}`;
    } else {
      console.error(`  ✗ README.md has lost its size-table markers (${start} … ${end}).`);
      failed = true;
    }
  }
  const name = doc.pathname.split('/').slice(-2).join('/');
  if (updated !== text && check) {
    console.error(`  ✗ ${name}'s sizes differ from the build: run \`npm run build\` and commit them.`);
    failed = true;
  } else if (updated !== text) {
    writeFileSync(doc, updated);
  }
}
for (const name of Object.keys(proseSizes).filter((each) => !quoted.has(each))) {
  console.error(`  ✗ the docs no longer quote the size « ${name} » (<!-- size:${name} -->…<!-- /size -->): drop it from proseSizes.`);
  failed = true;
}
if (failed) process.exit(1);
