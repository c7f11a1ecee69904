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

/**
 * Added at the top of each chunk that has dynamic imports; the minifier renames it with the chunk's locals. In the
 * loader (`staged`), the chunks an element needs run one task each, in order, the element's own last: the shared
 * chunk's evaluation (Lit, the schema) and the element's definition and first render are two long tasks rather than
 * one, so that the reader's input waits less (issue 11: a phone's Lighthouse counts each task over 50 ms). They
 * still download in one wave, all preloaded at once.
 */
const helperSource = (staged) => `const ${helper} = async (files, target) => {
  // A chunk preloaded twice (two elements that share it) is fetched once: the browser's module map has it.
  for (const file of [...files, target]) document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href: new URL(file, import.meta.url) }));${
    staged
      ? `
  for (const file of files) {
    await import(file);
    await new Promise((resolve) => setTimeout(resolve));
  }`
      : ''
  }
  return import(target);
};`;

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
      return { left: `${helper}([${files.join(',')}],`, right: ')' };
    },
    intro(chunk) {
      return helperUsers.has(chunk.fileName) ? helperSource(chunk.isEntry) : '';
    },
  };
}
