/**
 * `npm run size:modules` (after `npm run build`): where the bytes of each page go, module by module. Reads the
 * drop-in's chunks and their source maps from dist/, gives each minified byte to the source file it came from, and
 * writes docs/bytes.md: per page (the files of dist/chunks/graph.json), the modules it downloads, minified and
 * gzip. A module's gzip share is its marginal cost in its chunk (the chunk gzipped without it), scaled so that a
 * chunk's shares add up to its real gzip size: an estimate, but one that puts the weight where it lies.
 */
import { decode } from '@jridgewell/sourcemap-codec';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url);
const graph = JSON.parse(readFileSync(new URL('chunks/graph.json', dist), 'utf8'));
const gzipLength = (text) => gzipSync(text, { level: 9 }).length;
const kib = (bytes) => (bytes / 1024).toFixed(2);
const stableName = (file) => file.replace(/-[\w-]{8}\.js$/, '.js');

/** `../../node_modules/lit-html/lit-html.js` → `lit-html/lit-html.js`; `../../src/model/schema.ts` → `src/model/schema.ts`. */
const moduleName = (source) => source.replace(/^(\.\.\/)+/, '').replace(/^node_modules\//, '');

/** The package a module belongs to (`lit`, `zod`…) or `src/<folder>` for ours. */
function groupOf(name) {
  if (name.startsWith('src/')) return name.split('/').slice(0, name.startsWith('src/elements/tf-') || name.startsWith('src/i18n/') ? 3 : 2).join('/');
  if (name === '(glue)') return name;
  const parts = name.split('/');
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}

/** For one chunk: minified and gzip bytes per source module. */
function measureChunk(file) {
  const code = readFileSync(new URL(file, dist), 'utf8');
  const map = JSON.parse(readFileSync(new URL(`${file}.map`, dist), 'utf8'));
  const lines = code.split('\n');
  const decoded = decode(map.mappings);
  const names = [...map.sources.map(moduleName), '(glue)'];
  const glue = names.length - 1;
  // Per line, per UTF-16 column (the unit of source maps): the source it came from, glue where none.
  const owner = lines.map((text, line) => {
    const columns = new Int32Array(text.length).fill(glue);
    const segments = decoded[line] ?? [];
    segments.forEach((segment, index) => {
      if (segment.length > 1) columns.fill(segment[1], segment[0], segments[index + 1]?.[0] ?? text.length);
    });
    return columns;
  });
  const minified = new Array(names.length).fill(0);
  owner.forEach((columns, line) => {
    columns.forEach((source, column) => (minified[source] += Buffer.byteLength(lines[line][column])));
    if (line < lines.length - 1) minified[glue] += 1;
  });
  const total = gzipLength(code);
  const without = (source) => lines.map((text, line) => [...text.split('')].filter((_, column) => owner[line][column] !== source).join('')).join('\n');
  const marginal = names.map((_, source) => (minified[source] === 0 ? 0 : Math.max(0, total - gzipLength(without(source)))));
  const sum = marginal.reduce((a, b) => a + b, 0) || 1;
  return names.map((name, source) => ({ name, minified: minified[source], gzip: (marginal[source] * total) / sum })).filter((row) => row.minified > 0);
}

const chunks = new Map();
const measured = (file) => {
  if (!chunks.has(file)) chunks.set(file, measureChunk(file));
  return chunks.get(file);
};

const pages = [
  ['`<tf-feed>` + `<tf-session-list>`', ['tf-feed', 'tf-session-list']],
  ['`<tf-quiz>`', ['tf-quiz']],
  ['`<tf-sheet-card>`', ['tf-sheet-card']],
  ['all six elements', Object.keys(graph.elements)],
];

const out = [
  '# Bytes per module',
  '',
  'Written by `npm run size:modules` (scripts/measure-modules.mjs) from the last build: what each page of the drop-in',
  'downloads, module by module (minified bytes from the source maps; gzip as each module’s marginal cost in its',
  'chunk, scaled to the chunk’s real size, so an estimate). The budgets themselves are checked by',
  '`scripts/check-size.mjs` on the real files.',
  '',
];
for (const [title, tags] of pages) {
  const files = [...new Set(tags.flatMap((tag) => graph.elements[tag].files))];
  const groups = new Map();
  const modules = [];
  for (const file of files) {
    for (const row of measured(file)) {
      modules.push({ ...row, file });
      const group = groupOf(row.name);
      const sum = groups.get(group) ?? { minified: 0, gzip: 0 };
      groups.set(group, { minified: sum.minified + row.minified, gzip: sum.gzip + row.gzip });
    }
  }
  const total = modules.reduce((sum, row) => sum + row.gzip, 0);
  out.push(`## ${title}: ${kib(total)} KiB gzip`, '', '| group | KiB minified | KiB gzip |', '| --- | --- | --- |');
  for (const [group, { minified, gzip }] of [...groups].sort(([, a], [, b]) => b.gzip - a.gzip)) out.push(`| \`${group}\` | ${kib(minified)} | ${kib(gzip)} |`);
  out.push('', '<details><summary>Modules</summary>', '', '| module | file | KiB minified | KiB gzip |', '| --- | --- | --- | --- |');
  for (const row of modules.sort((a, b) => b.gzip - a.gzip)) out.push(`| \`${row.name}\` | \`${stableName(row.file)}\` | ${kib(row.minified)} | ${kib(row.gzip)} |`);
  out.push('', '</details>', '');
}
writeFileSync(new URL('../docs/bytes.md', import.meta.url), out.join('\n'));
console.log(out.filter((line) => !line.startsWith('| `') || !line.includes('.js` |')).join('\n'));
