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
  ...toJSONSchema(feedSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    // The library checks dates, date-times and e-mails with the regular expression given as `pattern`; a `format`
    // beside it would be a second, different rule (RFC 3339's date-time demands seconds, the pattern does not).
    override: ({ jsonSchema }) => {
      if (jsonSchema.pattern !== undefined) delete jsonSchema.format;
    },
  }),
  $id: 'https://unpkg.com/training-feed-widgets/dist/feed.schema.json',
  title: 'Training feed (training-feed-widgets)',
  description:
    'A feed of French continuing-education offers: trainings with their sessions, national frameworks (programmes) and positioning quizzes. Unknown fields are ignored. The library also checks what JSON Schema cannot say: unique ids, references between entries, a range\'s end not before its start, seats remaining not above the total (README, "The feed").',
};
writeFileSync('dist/feed.schema.json', `${JSON.stringify(schema, null, 2)}\n`);
