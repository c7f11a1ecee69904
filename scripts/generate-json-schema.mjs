/** Writes dist/feed.schema.json from the zod schema, the single source of the feed's shape. */
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { toJSONSchema } from 'zod/mini';

const bundle = 'dist/.schema-module.mjs';
mkdirSync('dist', { recursive: true });
// The schema is TypeScript: bundle it (zod stays external so that toJSONSchema sees the same zod instance).
await build({ entryPoints: ['src/model/schema.ts'], outfile: bundle, bundle: true, format: 'esm', platform: 'node', external: ['zod'], logLevel: 'warning' });
const { feedSchema } = await import(pathToFileURL(`${process.cwd()}/${bundle}`).href);
rmSync(bundle);

const schema = {
  ...toJSONSchema(feedSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }),
  $id: 'https://unpkg.com/training-feed-widgets/dist/feed.schema.json',
  title: 'Training feed (training-feed-widgets)',
  description:
    'A feed of French continuing-education offers: trainings with their sessions, national frameworks (programmes) and positioning quizzes. Unknown fields are ignored. Cross-references (unique ids, programme/module, quiz objectives) are checked by the library, not by this schema.',
};
writeFileSync('dist/feed.schema.json', `${JSON.stringify(schema, null, 2)}\n`);
