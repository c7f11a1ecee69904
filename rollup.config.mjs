import { nodeResolve } from '@rollup/plugin-node-resolve';
import { readdirSync } from 'node:fs';
import MagicString from 'magic-string';
import license from 'rollup-plugin-license';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import litContextModules from './scripts/lit-context-modules.mjs';
import minifyTemplateLiterals from './scripts/minify-template-literals.mjs';
import preloadDynamicImports from './scripts/preload-dynamic-imports.mjs';

/** One folder per element under src/elements/ (the files beside them are their shared base). */
const tags = readdirSync('src/elements', { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);

/** Every module a bundler user may import: the index, each element's class, each element's define. */
const libraryInputs = Object.fromEntries([
  ['index', 'src/index.ts'],
  ...tags.flatMap((tag) => [
    [`elements/${tag}/${tag}`, `src/elements/${tag}/${tag}.ts`],
    [`elements/${tag}/define`, `src/elements/${tag}/define.ts`],
  ]),
]);

const runtimeDependencies = ['lit', '@lit/context', 'zod', 'date-fns'];
const isRuntimeDependency = (id) => runtimeDependencies.some((name) => id === name || id.startsWith(`${name}/`));

/**
 * What the page downloads: production builds of the dependencies, templates minified, everything minified by
 * terser (a few per cent smaller than esbuild's minifier, and it writes French text as UTF-8 rather than `\xE9`
 * escapes). The dependencies' licence comments (Lit's, one per module) go to `dist/THIRD-PARTY-LICENSES.txt`, with
 * zod's and date-fns' notices, instead of being repeated in every chunk; `/*!` comments (ours) stay.
 */
const forPages = () => [
  nodeResolve({ browser: true, exportConditions: ['production', 'browser', 'import', 'default'] }),
  // Transpile, minify the templates while their tags are still named html/css/svg, then minify each chunk.
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
  litContextModules(),
  minifyTemplateLiterals(),
  // `passes: 3`: −0.01 to −0.02 KiB gzip a page and on the single file (issue 11, measured). Measured and left out:
  // `pure_getters` and `unsafe_arrows` (−0.1 KiB on all six: not worth assuming that no getter has side effects, nor
  // that no function is a constructor); rollup's `generatedCode: 'es2015'` (+0.03 to +0.06 KiB a page).
  terser({ ecma: 2020, module: true, compress: { passes: 3 }, format: { comments: /^!/ } }),
];

/** The notices of every dependency that pages download, written once beside the files. */
const thirdPartyLicenses = () => license({ thirdParty: { output: { file: 'dist/THIRD-PARTY-LICENSES.txt' } } });

/** The tag whose define module `moduleId` is, if it is one. */
const elementOf = (moduleId) => moduleId?.match(/[\\/]elements[\\/](tf-[a-z-]+)[\\/]define\.ts$/)?.[1];

/**
 * The tag whose own chunk `chunk` is. Its facade is the element's define module, unless chunks loaded on demand
 * import from it (the quiz's result step): rollup then gives it no facade, and it is the chunk holding the define module.
 */
const elementOfChunk = ({ facadeModuleId, moduleIds }) => elementOf(facadeModuleId) ?? moduleIds.map(elementOf).find(Boolean);

/** `chunks/tf-quiz-[hash].js` for an element's own chunk, `chunks/en-quiz-[hash].js` for its English strings, `chunks/[name]-[hash].js` for shared code. */
function chunkFileName(chunk) {
  const { facadeModuleId } = chunk;
  const element = elementOfChunk(chunk);
  if (element) return `chunks/${element}-[hash].js`;
  // One namespace of English strings (src/i18n/en/<namespace>.ts), loaded on English pages only.
  if (/[\\/]i18n[\\/]en[\\/]/.test(facadeModuleId ?? '')) return 'chunks/en-[name]-[hash].js';
  return 'chunks/[name]-[hash].js';
}

/**
 * Code that most elements need goes into one `shared` chunk. Left to itself, rollup makes one chunk per set of
 * elements that share a module: a dozen small files, each gzipped apart (the dictionary of one does not help the
 * next), a page downloading several kilobytes more in all. Code that only one or two elements use stays with them,
 * and code only ever imported on demand (English strings…) stays on demand. Measured and left out (issue 11): one
 * chunk per set of elements, small sets joining larger ones (checklist page −5 KiB, each budgeted page +0.5 KiB: the
 * list, sheet and quiz need all of `shared`); status badges and places apart from the quiz (quiz −0.25 KiB, list and
 * sheet +0.07 KiB).
 *
 * What the session list and the sheet share but the quiz never reaches (dates and date-fns' French names, status
 * badges, places, next steps) is a `sessions` chunk of its own, downloaded by the list, the sheet and the programme
 * (measured on issue 11: quiz page −2.0 KiB gzip, list and sheet +0.2 KiB each, all six +0.3 KiB; places, which
 * the list and sheet alone shared, joined it, one file fewer for both). Measured with it and left out: `todayIso` in
 * model/calendar.ts so that the quiz's first paint no longer reaches model/sessions.ts (quiz −0.5 KiB at load, list,
 * sheet and all six +0.07), since the quiz's result step, which needs sessions.ts, would then fetch the whole
 * `sessions` chunk on demand (about +3 KiB for every quiz taker); the status badges' CSS in a module of its own
 * adopted by the list, sheet and programme (quiz and checklist −0.07 KiB, list and sheet +0.1).
 */
function sharedChunk(id, { getModuleInfo }) {
  // The scores' thresholds, which the checklist reads and the quiz's scoring (on demand) too: with the learner's
  // records that both download, rather than a file of a few bytes of its own on the checklist's page.
  if (/[\\/]model[\\/]quiz[\\/]thresholds\.ts$/.test(id)) return 'learner-record';
  const reaching = staticallyReachingElements(id, getModuleInfo);
  if (reaching.size === 2 && reaching.has('tf-quiz') && reaching.has('tf-objectives-checklist')) return 'learner-record';
  if (reaching.has('tf-session-list') && reaching.has('tf-sheet-card') && !reaching.has('tf-quiz')) return 'sessions';
  return reaching.size >= 3 ? 'shared' : undefined;
}

/** The elements whose define module reaches `id` through static imports only. */
function staticallyReachingElements(id, getModuleInfo, seen = new Set()) {
  const tags = new Set();
  if (seen.has(id)) return tags;
  seen.add(id);
  const tag = elementOf(id);
  if (tag) return tags.add(tag);
  for (const importer of getModuleInfo(id)?.importers ?? []) {
    for (const each of staticallyReachingElements(importer, getModuleInfo, seen)) tags.add(each);
  }
  return tags;
}

/**
 * Writes dist/chunks/graph.json: for each element, every file a page showing it downloads (the loader, the
 * element's chunk, the shared chunks it imports) and the files it may load later on demand (another language…).
 * The size budgets (scripts/check-size.mjs), the test of what a page fetches and the benchmark read it.
 */
function elementChunkGraph() {
  return {
    name: 'element-chunk-graph',
    generateBundle(_options, bundle) {
      const chunks = new Map(Object.values(bundle).filter((file) => file.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
      const closure = (fileName, edges, into = new Set()) => {
        if (into.has(fileName)) return into;
        into.add(fileName);
        for (const next of edges(chunks.get(fileName))) closure(next, edges, into);
        return into;
      };
      const loader = [...chunks.values()].find((chunk) => chunk.isEntry);
      const elements = {};
      for (const chunk of chunks.values()) {
        const tag = elementOfChunk(chunk);
        if (!tag) continue;
        const files = closure(chunk.fileName, (each) => each.imports);
        const reachable = closure(chunk.fileName, (each) => [...each.imports, ...each.dynamicImports]);
        elements[tag] = { files: [loader.fileName, ...files], onDemand: [...reachable].filter((file) => !files.has(file)) };
      }
      // An on-demand chunk importing from an element's chunk makes rollup split that chunk behind a facade: the
      // element would have no chunk of its own here, and its page's files would be miscounted.
      const missing = tags.filter((tag) => !elements[tag]);
      if (missing.length) this.error(`no chunk of its own for ${missing.join(', ')}: does an on-demand chunk import from it?`);
      this.emitFile({ type: 'asset', fileName: 'chunks/graph.json', source: `${JSON.stringify({ loader: loader.fileName, elements }, null, 2)}\n` });
    },
  };
}

/**
 * The single file reads one JSON source: `<tf-feed>`'s LHEO reader (the converter and its XML parser) and its
 * merging of several sources stay chunks of the drop-in loader, imported on demand (README, "Where feeds come
 * from"). Here each is a module that says so.
 */
const singleFileSources = {
  name: 'single-file-sources',
  resolveDynamicImport: (specifier) => (['./lheo-feed.js', './load-sources.js', './first-page.js'].includes(specifier) ? `\0single-file:${specifier}` : null),
  load(id) {
    if (!id.startsWith('\0single-file:')) return null;
    // Large feeds are validated all at once (parseFeed) in the single file: no first page first.
    if (id.endsWith('first-page.js')) return 'export const firstPageState = () => undefined;';
    const [name, what] = id.endsWith('lheo-feed.js') ? ['feedFromLheo', 'LHEO'] : ['loadMerged', 'plusieurs sources'];
    return `export function ${name}() { throw new Error('${what} : chargeur training-feed-widgets.js requis'); }`;
  },
};

/**
 * V8's explicit compile hint (`//# allFunctionsCalledOnLoad`, Chrome 136+; other engines read a comment) on the chunks
 * that the session list's first page and the quiz's intro run nearly whole: their own, `shared`, `sessions`,
 * `first-page` and `learner-record`. Their functions are then compiled with the script, off the main thread while
 * it streams, and kept in the code cache, instead of one by one on the main thread the first time each runs, that
 * is during the first render. Measured on issue 11: the list's first page at 100 sessions (9 fresh pages each,
 * interleaved, loaded machine), median 107 → 90 ms of the widget's CPU; the « quiz only » page in Lighthouse (5 runs
 * each, interleaved, quiet machine), median score 94 → 97, TBT 208 → 127 ms. On every element's chunk the demo page
 * measured within noise (3 runs each) for 0.2 KiB over all six, so the other elements go without.
 */
const hintedElements = ['tf-session-list', 'tf-quiz'];
const compileHints = () => ({
  name: 'compile-hints',
  renderChunk(code, chunk) {
    if (!hintedElements.includes(elementOfChunk(chunk)) && !['shared', 'sessions', 'first-page', 'learner-record'].includes(chunk.name)) return null;
    const hinted = new MagicString(code).prepend('//# allFunctionsCalledOnLoad\n');
    return { code: hinted.toString(), map: hinted.generateMap({ hires: true }) };
  },
});

export default [
  // The drop-in: a small loader (dist/training-feed-widgets.js) and the chunks it imports on first use
  // (dist/chunks/). Source maps are shipped beside each file but not referenced from it, so no page or audit
  // downloads them; a developer or an error tracker loads them by name (`*.js.map`).
  {
    input: { 'training-feed-widgets': 'src/training-feed-widgets.ts' },
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: chunkFileName,
      sourcemap: 'hidden',
      manualChunks: sharedChunk,
    },
    plugins: [...forPages(), preloadDynamicImports(), compileHints(), elementChunkGraph(), thirdPartyLicenses()],
  },
  // The single-file build: every element at once, for hosts that want one file.
  {
    input: 'src/bundle.ts',
    output: { file: 'dist/training-feed-widgets.bundle.js', format: 'es', inlineDynamicImports: true, sourcemap: 'hidden' },
    plugins: [singleFileSources, ...forPages()],
  },
  // For bundlers: one unminified module per source file, dependencies left to the application's bundler.
  {
    input: libraryInputs,
    external: isRuntimeDependency,
    output: { dir: 'dist/lib', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true, entryFileNames: '[name].js' },
    plugins: [esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' })],
  },
];
