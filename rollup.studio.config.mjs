/**
 * The feed studio (dist/studio/): its page and one bundle with the studio and every widget for the preview. Kept
 * apart from rollup.config.mjs so that nothing of the studio can reach the widgets' bundles or their size budgets.
 */
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { readFileSync } from 'node:fs';
import esbuild, { minify } from 'rollup-plugin-esbuild';
import minifyTemplateLiterals from './scripts/minify-template-literals.mjs';

/** Copies the studio's page beside its bundle, with the demo's icon (a page without one logs a 404 for /favicon.ico). */
const studioPage = () => ({
  name: 'studio-page',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'index.html', source: readFileSync('src/studio/index.html', 'utf8') });
    this.emitFile({ type: 'asset', fileName: 'favicon.svg', source: readFileSync('demo/favicon.svg') });
  },
});

export default {
  input: 'src/studio/studio.ts',
  output: { dir: 'dist/studio', entryFileNames: 'studio.js', format: 'es', inlineDynamicImports: true, sourcemap: true },
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['production', 'browser', 'import', 'default'] }),
    // The CSV converter's parser (papaparse) is CommonJS only.
    commonjs(),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
    minifyTemplateLiterals(),
    minify({ target: 'es2022', legalComments: 'eof' }),
    studioPage(),
  ],
};
