/**
 * `npm run build` step: the layers of `src/` point one way (ADR on layering, docs/CONTRIBUTING.md).
 *   elements → controllers / templates → i18n → model
 * Fails on:
 *   (a) an import that goes up or sideways between layers (model → anything above; i18n → controllers, templates,
 *       elements; controllers ↔ templates; controllers or templates → elements);
 *   (b) `lit`, `@lit/*` or a DOM global (document, window, localStorage…) under src/model, which must run in Node;
 *   (c) an import from one element's folder into another's (shared pieces go down a layer);
 *   (d) localStorage, sessionStorage, history, window listeners or `<head>` writes in element files (controllers
 *       do that, attaching and detaching with the host);
 *   (e) an element file over 450 lines (split its render methods into private modules of its folder).
 * Tests and test support files are not checked. `node scripts/check-layers.mjs [dir]` checks another source tree.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(process.argv[2] ?? join(fileURLToPath(new URL('..', import.meta.url)), 'src'));
const maxElementLines = 450;

/** Rank of each layer: an import must go to a lower rank. Layers of equal rank may not import each other. */
const ranks = { model: 0, i18n: 1, styles: 1, controllers: 2, templates: 2, elements: 3, cli: 4, studio: 4, top: 5 };

function layerOf(file) {
  const [first, second] = relative(root, file).split(sep);
  if (second === undefined) return first === 'elements.ts' || first.endsWith('.ts') ? 'top' : first;
  return first in ranks ? first : 'top';
}

/** The folder of an element (`tf-quiz`), or undefined for files outside element folders. */
function elementFolderOf(file) {
  const parts = relative(root, file).split(sep);
  return parts[0] === 'elements' && parts.length > 2 ? parts[1] : undefined;
}

const isChecked = (file) => /\.ts$/.test(file) && !/\.(test|stories)\.ts$/.test(file) && !/test-support\.ts$/.test(file) && !file.endsWith('.d.ts');

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : isChecked(path) ? [path] : [];
  });
}

/** The code alone: comments and the text of strings removed (template literals keep their `${…}` code). */
function codeOf(source) {
  let out = '';
  const templateDepths = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      while (i < source.length && source[i] !== '\n') i += 1;
    } else if (c === '/' && next === '*') {
      i = source.indexOf('*/', i + 2);
      i = i < 0 ? source.length : i + 2;
    } else if (c === "'" || c === '"') {
      i += 1;
      while (i < source.length && source[i] !== c && source[i] !== '\n') i += source[i] === '\\' ? 2 : 1;
      i += 1;
      out += '""';
    } else if (c === '`' || (c === '}' && templateDepths.at(-1) === 0)) {
      if (c === '}') templateDepths.pop();
      i += 1;
      while (i < source.length && source[i] !== '`' && !(source[i] === '$' && source[i + 1] === '{')) i += source[i] === '\\' ? 2 : 1;
      if (source[i] === '$') {
        templateDepths.push(0);
        i += 2;
      } else {
        i += 1;
      }
      out += '""';
    } else {
      if (templateDepths.length && c === '{') templateDepths[templateDepths.length - 1] += 1;
      if (templateDepths.length && c === '}') templateDepths[templateDepths.length - 1] -= 1;
      out += c;
      i += 1;
    }
  }
  return out;
}

function importsOf(source) {
  const specifiers = [];
  const pattern = /(?:^|[^\w.])(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const match of source.matchAll(pattern)) specifiers.push(match[1] ?? match[2]);
  return specifiers;
}

const domGlobals = [
  /(?<![\w.$])(document|window|localStorage|sessionStorage|customElements|HTMLElement|ShadowRoot|MutationObserver)(?![\w$])(?!\s*:)/,
  // Names a model may well give its own variables (a place's `location`): only their DOM use is caught.
  /(?<![\w.$])(location|history|navigator)\s*\.\s*(href|search|pathname|hash|origin|assign|reload|replaceState|pushState|back|language|userAgent)\b/,
];
const elementForbidden = [
  [/(?<![\w.$])localStorage(?![\w$])/, 'localStorage'],
  [/(?<![\w.$])sessionStorage(?![\w$])/, 'sessionStorage'],
  [/(?<![\w.$])history\s*\./, 'history'],
  [/(?<![\w.$])window\s*\.\s*addEventListener/, 'window.addEventListener'],
  [/(?<![\w.$])document\s*\.\s*head/, 'document.head'],
];

const failures = [];
const where = (file) => relative(process.cwd(), file);

for (const file of sourceFiles(root)) {
  const source = readFileSync(file, 'utf8');
  const code = codeOf(source);
  const layer = layerOf(file);
  const folder = elementFolderOf(file);
  for (const specifier of importsOf(source)) {
    if (layer === 'model' && (specifier === 'lit' || specifier.startsWith('lit/') || specifier.startsWith('@lit/'))) {
      failures.push(`${where(file)}: imports ${specifier}; src/model must run without Lit (b)`);
    }
    if (!specifier.startsWith('.')) continue;
    const target = resolve(dirname(file), specifier.replace(/\.js$/, '.ts'));
    if (!target.startsWith(root + sep)) continue;
    const targetLayer = layerOf(target);
    if (targetLayer !== layer && !(ranks[targetLayer] < ranks[layer])) {
      failures.push(`${where(file)}: ${layer} imports ${targetLayer} (${specifier}); imports point down only (a)`);
    }
    const targetFolder = elementFolderOf(target);
    if (folder && targetFolder && targetFolder !== folder) {
      failures.push(`${where(file)}: <${folder}> imports <${targetFolder}>'s folder (${specifier}); shared pieces go down a layer (c)`);
    }
  }
  if (layer === 'model') {
    code.split('\n').forEach((line, index) => {
      const match = domGlobals.map((pattern) => pattern.exec(line)).find(Boolean);
      if (match) failures.push(`${where(file)}:${index + 1}: uses the DOM global ${match[1]}; src/model must run in Node (b)`);
    });
  }
  if (layer === 'elements') {
    code.split('\n').forEach((line, index) => {
      for (const [pattern, name] of elementForbidden) {
        if (pattern.test(line)) failures.push(`${where(file)}:${index + 1}: ${name} in an element file; a controller does it (d)`);
      }
    });
    const lines = source.split('\n').length;
    if (folder && lines > maxElementLines) failures.push(`${where(file)}: ${lines} lines, over ${maxElementLines}; split it into private modules of its folder (e)`);
  }
}

if (failures.length) {
  for (const failure of failures) console.error(`  ✗ ${failure}`);
  process.exit(1);
}
console.log(`  layers of ${where(root) || '.'}: imports point down, model without Lit or DOM, elements apart`);
