import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { applyDamage, damageArb, pathsOf, validFeedArb } from '../../test/feed-arbitraries.js';
import { demoFeed } from '../../test/helpers.js';
import { feedSchema } from './schema.js';
import { isSchema, skipAbsentOptionalKeys } from './sparse-objects.js';

type Schema = z.core.$ZodType;

/** The same tree of schemas built again by zod alone: what the feed's schema would be without sparse-objects.ts. */
function zodOnly(schema: Schema, twins = new Map<Schema, Schema>()): Schema {
  const known = twins.get(schema);
  if (known) return known;
  const def = schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
  const copy: Record<string, unknown> = { ...def };
  for (const [key, value] of Object.entries(def)) {
    if (isSchema(value)) copy[key] = zodOnly(value, twins);
    else if (Array.isArray(value)) copy[key] = value.map((each: unknown) => (isSchema(each) ? zodOnly(each, twins) : each));
  }
  // The shape is not enumerable on zod's definitions.
  if (def.type === 'object') {
    const { shape } = def as unknown as z.core.$ZodObjectDef;
    copy.shape = Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, zodOnly(field as Schema, twins)]));
  }
  const Constructor = schema._zod.constr as unknown as new (def: unknown) => Schema;
  const twin = new Constructor(copy);
  twins.set(schema, twin);
  return twin;
}

/** What a parse gives, in a form deep equality compares: own keys (a key set to undefined included), issues. */
function outcome(schema: Schema, input: unknown) {
  const result = z.safeParse(schema, input);
  return result.success
    ? { success: true, data: result.data }
    : { success: false, issues: result.error.issues.map(({ code, path, message }) => ({ code, path, message })) };
}

/** `make` is called once for each parse: each gets inputs of its own, inherited values included. */
function expectSameAsZod(schema: Schema, twin: Schema, make: () => unknown): void {
  expect(outcome(schema, make())).to.deep.equal(outcome(twin, make()));
}

describe('sparse objects: the feed validated at the cost of the keys it has', () => {
  const zodFeedSchema = zodOnly(feedSchema);

  it('gives the result of zod’s own object parse for random valid feeds', () => {
    fc.assert(
      fc.property(validFeedArb({ quiz: 'sometimes' }), (feed) => {
        const result = outcome(feedSchema, structuredClone(feed));
        expect(result.success).to.equal(true);
        expect(result).to.deep.equal(outcome(zodFeedSchema, structuredClone(feed)));
      }),
      { numRuns: 60 },
    );
  });

  it('gives the same data and the same issues, in the same order, for random damage to the demo feed', async () => {
    const demo = await demoFeed();
    const paths = pathsOf(demo).filter((path) => path.length > 0);
    fc.assert(
      fc.property(fc.array(damageArb(paths), { minLength: 1, maxLength: 6 }), (changes) => {
        const damaged = structuredClone(demo) as unknown;
        for (const change of changes) applyDamage(damaged, change);
        // Hostile keys (`__proto__`, `constructor`…) do not survive a structured clone: each parse gets its own copy.
        const again = structuredClone(demo) as unknown;
        for (const change of changes) applyDamage(again, change);
        expect(outcome(feedSchema, damaged)).to.deep.equal(outcome(zodFeedSchema, again));
      }),
      { numRuns: 150 },
    );
  });

  it('keeps a key set to undefined, reads inherited values as zod does, and refuses what is not an object', () => {
    const training = { id: 't', title: 'Titre', provider: { name: 'IRTS' }, sessions: [] };
    const feed = (trainings: unknown[]) => ({ version: 1, trainings, quizzes: [], programmes: [] });
    const cases: (() => unknown)[] = [
      () => feed([{ ...training, subtitle: undefined, reference: undefined }]),
      () => feed([{ ...training, subtitle: '  ' }]),
      () => feed([Object.assign(Object.create({ subtitle: 'hérité', audience: 42 }) as object, training)]),
      () => feed([{ ...training, sessions: [{ id: 's', mode: 'remote', dates: [], place: null, seats: { remaining: 3, total: 2 } }] }]),
      () => feed([{ ...training, unknown: 'dropped', provider: { name: 'IRTS', siret: '123' } }]),
      () => feed([null, [], 'training', 7]),
      () => ({ version: 1 }),
      () => [],
      () => null,
    ];
    for (const make of cases) expectSameAsZod(feedSchema, zodFeedSchema, make);
    const inherited = z.safeParse(feedSchema, feed([Object.assign(Object.create({ subtitle: 'hérité' }) as object, training)]));
    expect(inherited.success && inherited.data.trainings[0]?.subtitle, 'an inherited value is read, as zod reads it').to.equal('hérité');
    const subtitleKept = z.safeParse(feedSchema, feed([{ ...training, subtitle: undefined }]));
    expect(subtitleKept.success && Object.hasOwn(subtitleKept.data.trainings[0] ?? {}, 'subtitle'), 'a key set to undefined stays').to.equal(true);
  });

  it('leaves strict objects and optional keys with a default to zod', () => {
    const strict = z.object({ inner: z.strictObject({ a: z.optional(z.string()) }), withDefault: z.optional(z._default(z.string(), 'par défaut')) });
    const twin = zodOnly(strict);
    skipAbsentOptionalKeys(strict);
    for (const input of [{ inner: {} }, { inner: { a: 'x', b: 1 } }, { inner: { a: 1 }, withDefault: undefined }, { inner: {}, withDefault: 'x' }]) expectSameAsZod(strict, twin, () => structuredClone(input));
    expect(outcome(strict, { inner: {} })).to.deep.equal({ success: true, data: { inner: {}, withDefault: 'par défaut' } });
  });
});
