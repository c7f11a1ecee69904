/**
 * Validation of sparse objects at the cost of the keys they have.
 *
 * zod/mini's object parse runs every declared key of every object, present or not: for an absent optional key it
 * still allocates a payload, calls the optional wrapper and reads its inner schema's traits. A training declares 36
 * keys and a catalogue's has a handful, a session 16 and a place 7: at 10,000 sessions most of the validation was
 * spent on keys that are not there (zod's faster object parse is generated code, which a strict CSP forbids).
 *
 * `skipAbsentOptionalKeys` gives every plain object schema of a tree a parse that leaves an absent optional key
 * alone and runs a present one's inner schema directly. Every value is still validated by zod's own schemas; the
 * result (data, issues, their order and paths) is the one zod's object parse gives, which sparse-objects.test.ts
 * checks against it on generated input, so that a zod upgrade that changes its object semantics fails there first.
 */
import * as z from 'zod/mini';

type Schema = z.core.$ZodType;
type Parse = Schema['_zod']['parse'];

/** Whether `value` is a zod schema (not a check, a function or data of a definition). */
export function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && '_zod' in value && (value as Schema)._zod.traits?.has('$ZodType') === true;
}

/**
 * The schema to run for a key's present value, and whether an absent key is left out: an optional wrapper without
 * checks of its own whose inner schema takes no `undefined` (no default) returns an absent value as it is.
 */
function plainOptionalInner(field: Schema): Schema | undefined {
  const def = field._zod.def;
  if (def.type !== 'optional' || (def.checks?.length ?? 0) > 0) return undefined;
  const inner = (def as z.core.$ZodOptionalDef).innerType;
  return inner._zod.optin === 'optional' ? undefined : inner;
}

function skipAbsentKeysOf(schema: z.core.$ZodObject): void {
  const internals = schema._zod;
  // Strict and loose objects (a catchall) keep zod's parse, which also reads the keys not declared.
  if (internals.def.catchall) return;
  const shape = internals.def.shape;
  const keys = Object.keys(shape);
  const fields = keys.map((key) => shape[key] as Schema);
  const optionalInners = fields.map(plainOptionalInner);
  const zodParse: Parse = internals.parse;
  const parse: Parse = (payload, context) => {
    const record = payload.value;
    // zod's parse says what is wrong with anything but an object.
    if (!z.core.util.isObject(record)) return zodParse(payload, context);
    const result: Record<string, unknown> = {};
    for (let index = 0; index < keys.length; index += 1) {
      const key = keys[index] as string;
      // As zod reads them: through the prototype chain, `in` for a key set to undefined.
      const value = record[key];
      const inner = optionalInners[index];
      if (value === undefined && inner !== undefined) {
        if (key in record) result[key] = undefined;
        continue;
      }
      const field = fields[index] as Schema;
      const checked = (inner ?? field)._zod.run({ value, issues: [] }, context);
      // No schema of the feed is asynchronous; zod/mini's synchronous parse throws the same error for one.
      if (checked instanceof Promise) throw new z.core.$ZodAsyncError();
      if (checked.issues.length > 0) payload.issues.push(...z.core.util.prefixIssues(key, checked.issues));
      if (checked.value !== undefined) result[key] = checked.value;
      else if (key in record) result[key] = undefined;
    }
    payload.value = result;
    return payload;
  };
  // Without checks of its own, zod runs the parse it was built with; with checks, it calls `parse` on each run.
  if (internals.run === zodParse) internals.run = parse;
  internals.parse = parse;
}

/** Gives every plain object schema reachable from `root` (fields, items, options, inner schemas) the parse above. */
export function skipAbsentOptionalKeys(root: Schema): void {
  const seen = new Set<Schema>();
  const visit = (schema: Schema): void => {
    if (seen.has(schema)) return;
    seen.add(schema);
    const def = schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
    const children: unknown[] = Object.values(def).flatMap((value) => (Array.isArray(value) ? value : [value]));
    if (def.type === 'object') children.push(...Object.values((def as unknown as z.core.$ZodObjectDef).shape));
    for (const child of children) if (isSchema(child)) visit(child);
    if (def.type === 'object') skipAbsentKeysOf(schema as z.core.$ZodObject);
  };
  visit(root);
}
