/**
 * The layering check of `npm run build` (scripts/check-layers.mjs) passes on the sources and fails on each kind of
 * violation planted in a copy of them.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';

const root = fileURLToPath(new URL('../..', import.meta.url));
const script = join(root, 'scripts/check-layers.mjs');
const copies = [];

function check(dir) {
  const run = spawnSync(process.execPath, [script, dir], { encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}

/** A fresh copy of src/ with `plant` applied to it. */
function sourcesWith(plant) {
  const dir = mkdtempSync(join(tmpdir(), 'tf-layers-'));
  copies.push(dir);
  cpSync(join(root, 'src'), join(dir, 'src'), { recursive: true });
  plant(join(dir, 'src'));
  return join(dir, 'src');
}

describe('scripts/check-layers.mjs', () => {
  after(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('passes on the sources', () => {
    const { status, output } = check(join(root, 'src'));
    assert.equal(status, 0, output);
  });

  const violations = [
    ['an upward import from the model', (src) => appendFileSync(join(src, 'model/sessions.ts'), "\nexport { heading } from '../templates/heading.js';\n"), /model imports templates/],
    ['an i18n module importing a controller', (src) => appendFileSync(join(src, 'i18n/dates.ts'), "\nimport '../controllers/focus.js';\n"), /i18n imports controllers/],
    ['a controller importing an element', (src) => appendFileSync(join(src, 'controllers/focus.ts'), "\nimport '../elements/feed-element.js';\n"), /controllers imports elements/],
    ['lit under the model', (src) => appendFileSync(join(src, 'model/places.ts'), "\nimport { html } from 'lit';\nexport const placeTemplate = html``;\n"), /imports lit/],
    ['a DOM global under the model', (src) => appendFileSync(join(src, 'model/places.ts'), '\nexport const pageTitle = () => document.title;\n'), /DOM global document/],
    ['an element importing another element’s folder', (src) => appendFileSync(join(src, 'elements/tf-programme/tf-programme.ts'), "\nimport '../tf-sheet-card/tf-sheet-card.styles.js';\n"), /<tf-programme> imports <tf-sheet-card>/],
    ['localStorage in an element file', (src) => appendFileSync(join(src, 'elements/tf-quiz/page-results.ts'), "\nexport const saved = () => localStorage.getItem('x');\n"), /localStorage in an element file/],
    ['a window listener in an element file', (src) => appendFileSync(join(src, 'elements/tf-sheet-card/tf-sheet-card.ts'), "\nwindow.addEventListener('resize', () => {});\n"), /window\.addEventListener in an element file/],
    ['an element file over 450 lines', (src) => appendFileSync(join(src, 'elements/tf-programme/tf-programme.ts'), '\n'.repeat(450)), /over 450/],
    ['a <head> write in an element file', (src) => writeFileSync(join(src, 'elements/tf-quiz/head.ts'), "export const add = (node: Node) => document.head.append(node);\n"), /document\.head in an element file/],
  ];

  for (const [what, plant, message] of violations) {
    it(`fails on ${what}`, () => {
      const { status, output } = check(sourcesWith(plant));
      assert.equal(status, 1, output);
      assert.match(output, message);
    });
  }

  it('does not mistake comments and strings for code', () => {
    const { status, output } = check(
      sourcesWith((src) => appendFileSync(join(src, 'model/places.ts'), "\n// document.title is not read here\nexport const word = 'window.localStorage';\n")),
    );
    assert.equal(status, 0, output);
  });
});
