/**
 * A rollup plugin for what pages download: `import { ContextProvider } from '@lit/context'` becomes an import of
 * @lit/context's own module for that class (`@lit/context/lib/controllers/context-provider.js`), and so for every
 * name our sources import from it. The package has a single entry point, whose re-exports tie every one of its
 * modules to every importer: the provider, which only `<tf-feed>` uses, sat in the chunk every page downloads. Its
 * `exports` map lists no subpaths, so the sources keep the package's own entry point (types, tests, bundlers) and
 * only the drop-in's build reads through it. These are Lit's classes, unchanged: nothing is rewritten but the path.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's entry point as pages get it (its `default` condition: the production build), and its folder. */
const entryPoint = fileURLToPath(import.meta.resolve('@lit/context'));
const packageRoot = dirname(entryPoint);

/** Exported name → [the module defining it, its name there], read from the entry point's re-exports. */
function reexports() {
  const entry = readFileSync(entryPoint, 'utf8');
  const names = new Map();
  for (const [, list, from] of entry.matchAll(/export\s*\{([^}]*)\}\s*from\s*"(\.\/[^"]+)"/g)) {
    for (const specifier of list.split(',')) {
      const [local, exported = local] = specifier.trim().split(/\s+as\s+/);
      names.set(exported, [join(packageRoot, from), local]);
    }
  }
  if (names.size === 0) throw new Error('@lit/context: no re-exports found in its index.js, update scripts/lit-context-modules.mjs');
  return names;
}

export default function litContextModules() {
  const names = reexports();
  return {
    name: 'lit-context-modules',
    transform(code, id) {
      if (!id.includes('/src/') || !code.includes('@lit/context')) return null;
      let changed = false;
      const rewritten = code.replace(/import\s*\{([^}]*)\}\s*from\s*["']@lit\/context["'];?/g, (_statement, list) => {
        changed = true;
        return list
          .split(',')
          .map((specifier) => specifier.trim())
          .filter(Boolean)
          .map((specifier) => {
            const [imported, local = imported] = specifier.split(/\s+as\s+/);
            const source = names.get(imported);
            if (!source) this.error(`@lit/context has no export named ${imported} (imported by ${id})`);
            return `import { ${source[1]} as ${local} } from ${JSON.stringify(source[0])};`;
          })
          .join('\n');
      });
      if (/from\s*["']@lit\/context["']|import\(\s*["']@lit\/context["']/.test(rewritten)) this.error(`${id}: an import of @lit/context this plugin cannot read`);
      return changed ? { code: rewritten, map: null } : null;
    },
  };
}
