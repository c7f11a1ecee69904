/**
 * A rollup plugin for the drop-in: every `import()` of a chunk also preloads (`<link rel="modulepreload">`) each
 * chunk that chunk imports, known from rollup's chunk graph. Without it the browser learns of the shared chunks
 * (lit, the schema, the strings…) only after the element's chunk has arrived and been parsed: a third wave of
 * requests. With it, the loader and then one wave of parallel requests.
 *
 * Paths are relative to the importing chunk and resolved against its `import.meta.url`, so the files work from any
 * folder or CDN they are copied to.
 */
const helper = '__preloadThenImport';

/** Added at the top of each chunk that has dynamic imports; the minifier renames it with the chunk's locals. */
const helperSource = `const ${helper} = (() => {
  const preloaded = new Set();
  return (files, load) => {
    for (const file of files) {
      const href = new URL(file, import.meta.url).href;
      if (preloaded.has(href)) continue;
      preloaded.add(href);
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = href;
      document.head.append(link);
    }
    return load();
  };
})();`;

export default function preloadDynamicImports() {
  return {
    name: 'preload-dynamic-imports',
    renderDynamicImport({ targetChunk, getTargetChunkImports }) {
      if (!targetChunk) return null;
      // resolvedImportPath comes quoted; rollup's hash placeholders in it are replaced in the final output.
      const files = (getTargetChunkImports() ?? []).filter((entry) => entry.type === 'internal').map((entry) => entry.resolvedImportPath);
      if (files.length === 0) return null;
      return { left: `${helper}([${files.join(',')}],()=>import(`, right: '))' };
    },
    intro(chunk) {
      return chunk.dynamicImports.length > 0 ? helperSource : '';
    },
  };
}
