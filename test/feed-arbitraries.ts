/**
 * The fast-check generators of the property tests, written once for both suites: the browser's
 * (test/properties.test.ts, bundled by the test runner) and Node's (test/node/properties.test.mjs, bundled by
 * esbuild through test/node/model.mjs).
 * - `validFeedArb`: random valid feeds: one programme with its modules and sequences, trainings that deliver them
 *   with objectives and sessions (places, seats, contacts), one quiz on the first training;
 * - `damageArb` / `applyDamage`: random damage to a feed, from hostile keys to values of the wrong kind.
 */
import fc from 'fast-check';

const idArb = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,12}$/);
const textArb = fc.oneof(
  fc.string({ minLength: 1, maxLength: 60 }).filter((text) => /\S/.test(text) && text === text.trim()),
  fc.constantFrom('Aller vers les publics', 'Œuvrer « ensemble » : l’été !', 'Formation', 'x'.repeat(200), 'Un titre ; deux ? Trois !'),
);

const day = 86_400_000;
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/** Date ranges between January 1st of `from` and December 31st of `to` (years 1 to 9999 are all valid). */
function rangeArb([from, to]: readonly [number, number]) {
  const first = new Date(0).setUTCFullYear(from, 0, 1);
  const last = new Date(0).setUTCFullYear(to, 11, 31);
  return fc.tuple(fc.integer({ min: first, max: last }), fc.integer({ min: 0, max: 400 }), fc.boolean()).map(([startTime, length, timed]) => {
    const start = isoDay(startTime);
    // A range that would end after December 31st, 9999 (an ISO date of six digits) stays one day.
    const end = startTime + length * day > last ? start : isoDay(startTime + length * day);
    return timed ? { start: `${start}T09:00:00+02:00`, end: `${end}T17:30:00+02:00` } : { start, end };
  });
}

const seatsArb = fc.integer({ min: 0, max: 50 }).chain((total) => fc.record({ total: fc.constant(total), remaining: fc.integer({ min: 0, max: total }) }));
const sessionArb = (id: string, years: readonly [number, number]) =>
  fc.record(
    {
      id: fc.constant(id),
      label: textArb,
      mode: fc.constantFrom('in-person', 'remote', 'blended'),
      dates: fc.array(rangeArb(years), { minLength: 1, maxLength: 3 }),
      seats: seatsArb,
      cancelled: fc.boolean(),
      place: fc.record({ city: textArb, region: fc.constantFrom('Grand Est', 'Hauts-de-France', 'Occitanie') }, { requiredKeys: ['city'] }),
      registrationUrl: fc.constantFrom('https://example.org/inscription', 'mailto:contact@example.org', 'tel:+33388000000', 'tel:+33 3 88 00 00 00'),
    },
    { requiredKeys: ['id', 'mode', 'dates'] },
  );

const sequencesArb = (prefix: string) =>
  fc.uniqueArray(idArb, { maxLength: 3 }).chain((ids) =>
    fc.tuple(...ids.map((id, index) => fc.record({ id: fc.constant(`${prefix}-${id}`), number: fc.constant(index + 1), title: textArb, description: fc.option(textArb, { nil: undefined }) }))),
  );
const modulesArb = fc.uniqueArray(idArb, { minLength: 1, maxLength: 3 }).chain((ids) =>
  fc.tuple(
    ...ids.map((id, index) =>
      fc.record(
        {
          id: fc.constant(id),
          number: fc.constant(index + 1),
          title: textArb,
          duration: textArb,
          audience: textArb,
          requires: fc.constant(index > 0 ? [ids[0]!] : []),
          sequences: sequencesArb(id),
        },
        { requiredKeys: ['id', 'number', 'title', 'sequences'] },
      ),
    ),
  ),
);
const programmeArb = fc.record(
  {
    id: fc.constant('cadre'),
    title: textArb,
    subtitle: textArb,
    issuer: textArb,
    context: fc.array(textArb, { maxLength: 3 }),
    fundingRule: textArb,
    audience: fc.record({ description: textArb, priority: textArb }, { requiredKeys: ['description'] }),
    sections: fc.array(fc.record({ title: textArb, paragraphs: fc.array(textArb, { minLength: 1, maxLength: 2 }) }), { maxLength: 3 }),
    modules: modulesArb,
  },
  { requiredKeys: ['id', 'title', 'modules'] },
);

const optionsArb = fc.uniqueArray(idArb, { minLength: 2, maxLength: 5 }).map((ids) => ids.map((id, index) => ({ id, label: `Option ${id}`, correct: index === 0 })));
const itemArb = (id: string, objectives: string[]) =>
  fc.oneof(
    optionsArb.map((options) => ({ id, type: 'single', prompt: 'Quelle réponse ?', options, objectives })),
    optionsArb.map((options) => ({ id, type: 'multiple', prompt: 'Lesquelles ?', options })),
    fc.boolean().map((answer) => ({ id, type: 'true-false', prompt: 'Vrai ?', answer, objectives })),
    fc.integer({ min: 2, max: 7 }).map((count) => ({ id, type: 'scale', prompt: 'Votre niveau ?', levels: Array.from({ length: count }, (_, level) => ({ label: `Niveau ${level}` })) })),
    fc.constant({ id, type: 'text', prompt: 'Et vous ?' }),
  );

/**
 * Random valid feeds, as JSON values (the feed's type is what parseFeed says they are).
 * - `years`: the span of session dates; the browser keeps a few years around today, the model takes 1 to 9999;
 * - `quiz`: `'always'` (the browser renders every element) or `'sometimes'` (a feed without quizzes too).
 */
export function validFeedArb({
  years = [2019, 2027],
  quiz = 'always',
}: { years?: readonly [number, number]; quiz?: 'always' | 'sometimes' } = {}): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .record({
      programme: programmeArb,
      trainingIds: fc.uniqueArray(idArb, { minLength: 1, maxLength: 4 }),
      sessionIds: fc.uniqueArray(idArb, { maxLength: 12 }),
      objectiveIds: fc.uniqueArray(idArb, { minLength: 1, maxLength: 6 }),
      itemIds: fc.uniqueArray(idArb, { minLength: 1, maxLength: 6 }),
      withQuiz: quiz === 'always' ? fc.constant(true) : fc.boolean(),
    })
    .chain(({ programme, trainingIds, sessionIds, objectiveIds, itemIds, withQuiz }) =>
      fc.record({
        version: fc.constant(1),
        programmes: fc.constant([programme]),
        trainings: fc.tuple(
          ...trainingIds.map((id, index) =>
            fc.record(
              {
                id: fc.constant(id),
                title: textArb,
                provider: fc.record({ name: textArb, region: fc.constantFrom('Grand Est', 'Hauts-de-France') }, { requiredKeys: ['name'] }),
                programme: fc.constant('cadre'),
                module: fc.constantFrom(...programme.modules.map((module) => module.id)),
                objectives: fc.tuple(...objectiveIds.map((objective) => textArb.map((text) => ({ id: `${id}-${objective}`, text })))),
                sessions: fc.tuple(...sessionIds.filter((_, session) => session % trainingIds.length === index).map((session) => sessionArb(session, years))),
                context: fc.array(textArb, { maxLength: 2 }),
              },
              { requiredKeys: ['id', 'title', 'provider', 'programme', 'module', 'objectives', 'sessions'] },
            ),
          ),
        ),
        quizzes: withQuiz
          ? fc
              .tuple(...itemIds.map((item) => itemArb(item, [`${trainingIds[0]}-${objectiveIds[0]}`])))
              .map((items) => [{ id: 'quiz', title: 'Positionnement', training: trainingIds[0], items }])
          : fc.constant([]),
      }),
    );
}

// ---------------------------------------------------------------------------------------------------------------
// Random damage

export type Path = (string | number)[];

/** Every path to a value of `value`: `['trainings', 0, 'title']`… (the root's empty path included). */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return [prefix, ...Object.keys(value).flatMap((key) => pathsOf((value as Record<string, unknown>)[key], [...prefix, Array.isArray(value) ? Number(key) : key]))];
}

const hostileString = fc.constantFrom(
  '',
  '   ',
  '\u0000',
  '\r',
  'javascript:alert(1)',
  'https://',
  '0023-09-25',
  '2023-02-30',
  '9999-12-31T23:59:59Z',
  'constructor',
  '__proto__',
  '</script>',
  'x'.repeat(10_000),
);
const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.string(), hostileString, fc.constantFrom(null, -1, 0, 1.5, 1e308, true, [], {}));

export interface Damage {
  path: Path;
  kind: 'replace' | 'delete' | 'hostile-key' | 'duplicate';
  value: unknown;
  key: string;
}

/** One change at one of `paths`: a value replaced or deleted, renamed to a hostile key, an array element doubled. */
export function damageArb(paths: Path[]): fc.Arbitrary<Damage> {
  return fc.record({
    path: fc.constantFrom(...paths),
    kind: fc.constantFrom('replace' as const, 'delete' as const, 'hostile-key' as const, 'duplicate' as const),
    value: anyValue,
    key: fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'then'),
  });
}

export function applyDamage(feed: unknown, { path, kind, value, key }: Damage): void {
  const parent = path.slice(0, -1).reduce<unknown>((node, step) => (node as Record<string | number, unknown> | undefined)?.[step], feed);
  const last = path[path.length - 1];
  if (last === undefined || parent === null || typeof parent !== 'object' || !Object.hasOwn(parent, last)) return;
  const record = parent as Record<string | number, unknown>;
  if (kind === 'replace') record[last] = value;
  else if (kind === 'delete' && Array.isArray(parent)) {
    // Not splice: an earlier damage may have given the array a hostile `constructor` key, which splice would call to
    // build the array it returns (and throw: a fault of this test, not of the model).
    parent.copyWithin(Number(last), Number(last) + 1);
    parent.length -= 1;
  } else if (kind === 'delete') delete record[last];
  else if (kind === 'hostile-key') Object.defineProperty(parent, key, { value: record[last], enumerable: true, configurable: true, writable: true });
  else if (Array.isArray(parent)) parent.push(structuredClone(parent[Number(last)]));
}
