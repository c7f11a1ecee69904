/**
 * A copy of JSON-like data made of own properties only, in objects that inherit nothing.
 *
 * A host page may add enumerable keys to `Object.prototype` (old CMS libraries do): read through such a prototype,
 * every absent optional field of the feed (`label`, `url`…) would take the page's value. The copy has nothing to
 * inherit. Reading the original here, once, also turns a throwing getter or a revoked proxy into one error instead
 * of a failure in the middle of a render.
 */

/**
 * The prototype of every copied object: it has none itself. Not `Object.create(null)` for the objects themselves,
 * which V8 keeps in slow dictionary mode (validating 10,000 sessions took twice as long).
 */
const inheritsNothing: object = Object.freeze(Object.create(null));

/** Deeper than any feed: a cycle in a `feed` object set from script ends here. */
const maxDepth = 64;

function copy(value: unknown, depth: number): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (depth > maxDepth) throw new Error(`plus de ${maxDepth} niveaux d’imbrication (structure circulaire ?)`);
  if (Array.isArray(value)) return Array.from({ length: value.length }, (_, index) => copy(value[index], depth + 1));
  const result: Record<string, unknown> = Object.create(inheritsNothing);
  for (const key of Object.keys(value)) result[key] = copy((value as Record<string, unknown>)[key], depth + 1);
  return result;
}

/**
 * Own-property copy of `value` (see above). Throws for data nested too deep, and whatever a getter or a proxy
 * throws.
 */
export function ownData<T>(value: T): T {
  return copy(value, 0) as T;
}

/**
 * How many members `Object.prototype` has in today's browsers before a page adds to it (`constructor`, `toString`,
 * `__proto__`…). A browser with more only takes the slower path below.
 */
const standardMemberCount = 12;

/**
 * Whether the page's `Object.prototype` holds its standard members only: then no absent field can read a page's value,
 * and data read as given needs neither the copy nor the prototype. Checked when a feed is parsed: legacy scripts run
 * before the library, a module script that waits for the document.
 */
export function objectPrototypeIsStandard(): boolean {
  return Object.getOwnPropertyNames(Object.prototype).length <= standardMemberCount;
}

/**
 * Gives every object of `value` the prototype that inherits nothing, in place, when the page's `Object.prototype` is
 * not standard: for data nobody else holds (a validator's fresh output), where a copy would cost as much again.
 * Arrays keep theirs.
 */
export function inheritNothing<T>(value: T): T {
  return objectPrototypeIsStandard() ? value : withoutPrototypes(value);
}

function withoutPrototypes<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    if (Array.isArray(value)) for (const item of value) withoutPrototypes(item);
    else {
      Object.setPrototypeOf(value, inheritsNothing);
      for (const item of Object.values(value)) withoutPrototypes(item);
    }
  }
  return value;
}
