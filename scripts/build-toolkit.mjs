/**
 * The converters and the command line, built with esbuild (their .d.ts come from the library's tsc step):
 *   dist/convert.js  `training-feed-widgets/convert`, for Node and for bundlers (dependencies left to them)
 *   dist/cli.js      the `training-feed-widgets` command (Node ≥ 20)
 */
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';

const common = { bundle: true, format: 'esm', target: 'es2022', packages: 'external', logLevel: 'warning', legalComments: 'none' };
await build({ ...common, entryPoints: ['src/model/convert/index.ts'], outfile: 'dist/convert.js', platform: 'neutral', mainFields: ['module', 'main'] });
await build({ ...common, entryPoints: ['src/cli/bin.ts'], outfile: 'dist/cli.js', platform: 'node', banner: { js: '#!/usr/bin/env node' } });
chmodSync('dist/cli.js', 0o755);
