/**
 * The reference tables of README.md, docs/theming.md and docs/elements.md, written from dist/custom-elements.json
 * (and, for the dark defaults the manifest has no field for, from the styles): attributes, slots, events, CSS
 * properties and parts can no longer drift from the code.
 *
 * A table lives between `<!-- manifest:NAME -->` and `<!-- /manifest:NAME -->`; the rest of the file is left as
 * written. `npm run build` runs this script after the manifest: it rewrites the tables, or with `--check` (and
 * always under CI) fails when a committed table differs from the code. test/node/manifest.test.mjs checks too.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readDesignTokens } from './design-tokens.mjs';

const root = new URL('..', import.meta.url);
export const documents = ['README.md', 'docs/theming.md', 'docs/elements.md'];

/** One line for a table cell: whitespace collapsed, pipes escaped. */
const cell = (text = '') => text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
const code = (text) => `\`${text}\``;
const table = (header, rows) => [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');

/** The values of a string-literal union type (`'pre' | 'post' | undefined` → pre, post). */
const literalValues = (type) => [...(type?.text ?? '').matchAll(/'([^']*)'/g)].map(([, value]) => value);
const unquote = (value) => value?.replace(/^'(.*)'$/, '$1');

/** `phase` (`pre`, `post`; default `pre`): what a webmaster needs to write the attribute. */
function describeAttribute(attribute) {
  const values = literalValues(attribute.type);
  const fallback = unquote(attribute.default);
  const notes = [];
  if (values.length > 0) notes.push(values.map(code).join(', '));
  if (fallback && fallback !== 'false' && fallback !== 'undefined' && fallback !== 'null') notes.push(`default ${code(fallback)}`);
  return notes.length > 0 ? `${code(attribute.name)} (${notes.join('; ')})` : code(attribute.name);
}

/** The custom elements of the manifest, in the order of the one list of tags (src/elements.ts). */
export function elementsOf(manifest) {
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName);
  const order = [...readFileSync(new URL('src/elements.ts', root), 'utf8').matchAll(/tag:\s*'([\w-]+)'/g)].map(([, tag]) => tag);
  const rank = (declaration) => (order.includes(declaration.tagName) ? order.indexOf(declaration.tagName) : order.length);
  return declarations.sort((a, b) => rank(a) - rank(b) || a.tagName.localeCompare(b.tagName));
}

/** The CSS properties every widget documents (the shared tokens), and each element's own. */
function splitCssProperties(elements) {
  const widgets = elements.filter((element) => (element.cssProperties ?? []).length > 0);
  const shared = (widgets[0]?.cssProperties ?? []).filter((property) => widgets.every((widget) => widget.cssProperties.some((other) => other.name === property.name)));
  const sharedNames = new Set(shared.map((property) => property.name));
  const own = widgets.flatMap((widget) => widget.cssProperties.filter((property) => !sharedNames.has(property.name)).map((property) => ({ tag: widget.tagName, property })));
  return { shared, own };
}

/** Every generated table, by marker name. */
export function renderSections(manifest) {
  const elements = elementsOf(manifest);
  const { shared, own } = splitCssProperties(elements);
  const darkDefaults = readDesignTokens();
  const sections = new Map();

  sections.set(
    'elements',
    table(
      ['element', 'what it is', 'its own attributes', 'slots'],
      elements.map((element) => [
        code(`<${element.tagName}>`),
        cell(element.summary),
        (element.attributes ?? []).filter((attribute) => !attribute.inheritedFrom).map(describeAttribute).join(', ') || '—',
        (element.slots ?? []).map((slot) => (slot.name ? code(slot.name) : 'default')).join(', ') || '—',
      ]),
    ),
  );

  sections.set(
    'element-attributes',
    elements
      .map((element) => {
        const own = (element.attributes ?? []).filter((attribute) => !attribute.inheritedFrom);
        const rows = own.map((attribute) => [describeAttribute(attribute), cell(attribute.description)]);
        return [`### \`<${element.tagName}>\``, '', cell(element.summary), '', rows.length ? table(['attribute', 'what it does'], rows) : 'No attribute of its own.'].join('\n');
      })
      .join('\n\n'),
  );

  // The attributes every widget inherits from their base class (src, lang, theme, strings…).
  const widgets = elements.filter((element) => (element.attributes ?? []).some((attribute) => attribute.inheritedFrom));
  const inherited = (widgets[0]?.attributes ?? []).filter((attribute) => attribute.inheritedFrom && widgets.every((widget) => widget.attributes.some((other) => other.name === attribute.name && other.inheritedFrom)));
  sections.set('widget-attributes', table(['attribute', 'what it does'], inherited.map((attribute) => [describeAttribute(attribute), cell(attribute.description)])));

  sections.set(
    'events',
    table(
      ['event', 'sent by', 'when'],
      elements.flatMap((element) => (element.events ?? []).map((event) => [code(event.name), code(`<${element.tagName}>`), cell(event.description)])),
    ),
  );

  sections.set('shared-css-properties', table(['property', 'default (light)', 'for'], shared.map((property) => [code(property.name), code(property.default), cell(property.description)])));

  sections.set(
    'shared-css-properties-light-dark',
    table(
      ['Property', 'Default, light', 'Default, dark', 'Meaning'],
      shared.map((property) => {
        const dark = darkDefaults.get(property.name)?.dark;
        return [code(property.name), code(property.default), dark ? code(dark) : '', cell(property.description)];
      }),
    ),
  );

  sections.set(
    'element-css-properties',
    table(
      ['Element', 'Property', 'Default', 'Meaning'],
      own.map(({ tag, property }) => [code(tag), code(property.name), property.default ? code(property.default) : '', cell(property.description)]),
    ),
  );

  sections.set(
    'parts',
    table(
      ['Element', 'Part', 'What it is'],
      elements.flatMap((element) => (element.cssParts ?? []).map((part) => [code(element.tagName), code(part.name), cell(part.description)])),
    ),
  );

  return sections;
}

const markers = /(<!-- manifest:([\w-]+) -->)[\s\S]*?(<!-- \/manifest:\2 -->)/g;

/** The document with its tables rewritten; throws on a marker this script does not know. */
export function withTables(text, sections, documentName) {
  return text.replace(markers, (_match, open, name, close) => {
    if (!sections.has(name)) throw new Error(`${documentName}: unknown table <!-- manifest:${name} --> (known: ${[...sections.keys()].join(', ')})`);
    return `${open}\n${sections.get(name)}\n${close}`;
  });
}

export function readManifest() {
  return JSON.parse(readFileSync(new URL('dist/custom-elements.json', root), 'utf8'));
}

/** The documents whose tables differ from the manifest. */
export function staleDocuments(manifest = readManifest()) {
  const sections = renderSections(manifest);
  return documents.filter((name) => {
    const text = readFileSync(new URL(name, root), 'utf8');
    return withTables(text, sections, name) !== text;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check') || Boolean(process.env.CI);
  const sections = renderSections(readManifest());
  const stale = [];
  for (const name of documents) {
    const text = readFileSync(new URL(name, root), 'utf8');
    const updated = withTables(text, sections, name);
    if (updated === text) continue;
    stale.push(name);
    if (!check) writeFileSync(new URL(name, root), updated);
  }
  if (check && stale.length > 0) {
    console.error(`The reference tables of ${stale.join(', ')} differ from the code: run \`npm run build\` and commit them.`);
    process.exit(1);
  }
  if (!check && stale.length > 0) console.log(`  tables rewritten from the manifest: ${stale.join(', ')}`);
}
