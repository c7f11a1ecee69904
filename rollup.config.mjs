import { nodeResolve } from '@rollup/plugin-node-resolve';
import { readdirSync } from 'node:fs';
import esbuild, { minify } from 'rollup-plugin-esbuild';
import minifyTemplateLiterals from './scripts/minify-template-literals.mjs';

const tags = readdirSync('src/elements');

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

export default [
  // The drop-in: one self-contained, minified module for a <script type="module"> tag.
  {
    input: 'src/training-feed-widgets.ts',
    output: { file: 'dist/training-feed-widgets.js', format: 'es', inlineDynamicImports: true, sourcemap: true },
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['production', 'browser', 'import', 'default'] }),
      // Transpile, squeeze the templates while their tags are still named html/css/svg, then minify the chunk.
      esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
      minifyTemplateLiterals(),
      minify({ target: 'es2022', legalComments: 'eof' }),
    ],
  },
  // For bundlers: one unminified module per source file, dependencies left to the application's bundler.
  {
    input: libraryInputs,
    external: isRuntimeDependency,
    output: { dir: 'dist/lib', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true, entryFileNames: '[name].js' },
    plugins: [esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' })],
  },
];
