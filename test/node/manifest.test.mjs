/**
 * The Custom Elements Manifest (dist/custom-elements.json, written by `npm run build`) is what editors, Storybook
 * and the docs read: it must be valid, describe every element, and point only at files the package ships.
 */
import Ajv from 'ajv';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { elementsOf, readManifest, staleDocuments } from '../../scripts/docs-from-manifest.mjs';

const root = new URL('../../', import.meta.url);
const require = createRequire(import.meta.url);
const manifest = readManifest();
const elements = elementsOf(manifest);
const tags = [...readFileSync(new URL('src/elements.ts', root), 'utf8').matchAll(/tag:\s*'([\w-]+)'/g)].map(([, tag]) => tag);

test('the manifest validates against the custom-elements-manifest JSON Schema of its version', () => {
  const schema = require('custom-elements-manifest/schema.json');
  const { version } = require('custom-elements-manifest/package.json');
  assert.equal(manifest.schemaVersion, version, 'the schema package (devDependency) must match the analyzer’s schemaVersion');
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  assert.ok(validate(manifest), JSON.stringify(validate.errors, null, 2));
});

test('every element of src/elements.ts is declared, described and summarised', () => {
  assert.deepEqual(elements.map((element) => element.tagName), tags);
  for (const element of elements) {
    assert.ok(element.description?.trim().length > 40, `<${element.tagName}> has no description`);
    assert.ok(element.summary?.trim(), `<${element.tagName}> has no @summary`);
    assert.ok(!/@\w+/.test(element.description), `<${element.tagName}>'s description swallowed a JSDoc tag`);
    if ((element.cssParts ?? []).length > 0) assert.ok(element.cssParts.some((part) => part.name === 'base'), `<${element.tagName}> documents no root part \`base\``);
    for (const kind of ['attributes', 'members', 'events', 'slots', 'cssParts', 'cssProperties']) {
      for (const item of element[kind] ?? []) assert.ok(item.description?.trim(), `<${element.tagName}> ${kind} ${item.name} has no description`);
    }
  }
});

test('every element is defined by a custom-element-definition export of its define module', () => {
  const definitions = manifest.modules.flatMap((module) => (module.exports ?? []).filter((exported) => exported.kind === 'custom-element-definition').map((exported) => ({ module, exported })));
  for (const element of elements) {
    const found = definitions.find(({ exported }) => exported.name === element.tagName);
    assert.ok(found, `no definition of <${element.tagName}>`);
    assert.equal(found.module.path, `dist/lib/elements/${element.tagName}/define.js`);
    const declaring = manifest.modules.find((module) => module.path === found.exported.declaration.module);
    assert.ok(declaring?.declarations.some((declaration) => declaration.name === found.exported.declaration.name), `the definition of <${element.tagName}> points at a missing class`);
  }
});

test('every superclass within the package resolves to a declaration of the manifest', () => {
  for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
    const superclass = declaration.superclass;
    if (!superclass?.module) continue; // from a package (lit): resolved by its own manifest
    const parent = manifest.modules.find((module) => module.path === superclass.module)?.declarations?.find((candidate) => candidate.name === superclass.name);
    assert.ok(parent, `${declaration.name} extends ${superclass.name} from ${superclass.module}, absent from the manifest`);
  }
});

test('every path of the manifest is a file of the packed package', () => {
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  const files = new Set(packed.files.map((file) => file.path));
  const paths = new Set();
  const collect = (value) => {
    if (Array.isArray(value)) return value.forEach(collect);
    if (!value || typeof value !== 'object') return;
    for (const [field, inner] of Object.entries(value)) {
      if ((field === 'path' || field === 'module') && typeof inner === 'string') paths.add(inner);
      else collect(inner);
    }
  };
  collect(manifest.modules);
  assert.ok(paths.size > elements.length * 2);
  const missing = [...paths].filter((path) => !files.has(path));
  assert.deepEqual(missing, [], 'paths of the manifest that npm pack does not ship');
  const manifestField = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).customElements.replace(/^\.\//, '');
  assert.ok(files.has(manifestField), 'package.json "customElements" names a shipped file');
});

test('the reference tables of README.md, docs/theming.md and docs/elements.md are those the manifest gives', () => {
  assert.deepEqual(staleDocuments(manifest), [], 'run `npm run build` and commit the tables it rewrote');
});
