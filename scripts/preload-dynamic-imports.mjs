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
  /** The chunks (by preliminary file name) whose dynamic imports use the helper: the others need not carry it. */
  const helperUsers = new Set();
  return {
    name: 'preload-dynamic-imports',
    renderDynamicImport({ chunk, targetChunk, getTargetChunkImports }) {
      if (!targetChunk) return null;
      // Chunks the importing chunk imports statically are there already (a sheet loading its optional sections
      // needs no preload of the shared chunk it runs on).
      const importerModules = chunk.moduleIds.flatMap((id) => this.getModuleInfo(id)?.importedIds ?? []);
      const loaded = (dependency) => dependency.chunk.moduleIds.some((id) => importerModules.includes(id));
      // resolvedImportPath comes quoted; rollup's hash placeholders in it are replaced in the final output.
      const files = (getTargetChunkImports() ?? []).filter((entry) => entry.type === 'internal' && !loaded(entry)).map((entry) => entry.resolvedImportPath);
      if (files.length === 0) return null;
      helperUsers.add(chunk.fileName);
      return { left: `${helper}([${files.join(',')}],()=>import(`, right: '))' };
    },
    intro(chunk) {
      return helperUsers.has(chunk.fileName) ? helperSource : '';
    },
  };
}
