/**
 * What the build ships for pages (run after `npm run build`): production code only, and source maps shipped beside
 * each file without being referenced from it, so that no page or audit downloads them.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const dist = new URL('../../dist/', import.meta.url);
const graph = JSON.parse(readFileSync(new URL('chunks/graph.json', dist), 'utf8'));
const pageFiles = [...new Set([...Object.values(graph.elements).flatMap(({ files, onDemand }) => [...files, ...onDemand]), 'training-feed-widgets.bundle.js'])];

test('every file a page may load is production code with its source map beside it, not referenced', () => {
  for (const file of pageFiles) {
    const source = readFileSync(new URL(file, dist), 'utf8');
    assert.ok(!source.includes('Lit is in dev mode'), `${file}: Lit's development build`);
    assert.ok(!source.includes('sourceMappingURL'), `${file}: references its source map`);
    assert.ok(existsSync(new URL(`${file}.map`, dist)), `${file}.map is missing`);
  }
});

test('the loader imports chunks by paths relative to itself, so a copied dist/ folder or a CDN serves it', () => {
  const loader = readFileSync(new URL(graph.loader, dist), 'utf8');
  assert.match(loader, /import\.meta\.url/);
  for (const { files } of Object.values(graph.elements)) {
    for (const file of files.filter((each) => each !== graph.loader)) assert.ok(loader.includes(`"./${file}"`), `${file} named relative to the loader`);
  }
  assert.ok(!/["'](\/|https?:)[^"']*chunks\//.test(loader), 'no absolute chunk URL');
});

test('the LHEO reader and its XML parser are a chunk of their own, in no page and not in the single file', () => {
  // fast-xml-parser's own error code: present wherever the parser is.
  const holdsXmlParser = (file) => readFileSync(new URL(file, dist), 'utf8').includes('InvalidXml');
  for (const [tag, { files }] of Object.entries(graph.elements)) {
    for (const file of files) assert.ok(!holdsXmlParser(file), `<${tag}>'s page downloads the XML parser in ${file}`);
  }
  const onDemand = [...new Set(Object.values(graph.elements).flatMap(({ onDemand }) => onDemand))].filter(holdsXmlParser);
  assert.deepEqual(onDemand.map((file) => file.replace(/-[\w-]{8}\.js$/, '.js')), ['chunks/lheo-feed.js']);
  assert.ok(!holdsXmlParser('training-feed-widgets.bundle.js'), 'the single file holds the XML parser');
  // …and says, when asked to read LHEO or several sources, which file does.
  const single = readFileSync(new URL('training-feed-widgets.bundle.js', dist), 'utf8');
  for (const what of ['LHEO', 'plusieurs sources']) assert.ok(single.includes(`${what} : chargeur training-feed-widgets.js requis`), what);
});
