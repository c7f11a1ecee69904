/**
 * The feed's zod schema read as form shapes: which fields an object has, which are optional, what kind of control
 * each needs. The studio's forms are generated from it, so a field added to the schema gets its control at once.
 * Reads zod's public definition objects (`schema._zod.def`), never parses anything itself.
 */
import { feedSchema } from '../../model/schema.js';

export type Shape =
  | { kind: 'text'; format: 'plain' | 'url' | 'email' }
  | { kind: 'date'; withTime: boolean }
  | { kind: 'number'; integer: boolean; min?: number; max?: number }
  | { kind: 'boolean' }
  | { kind: 'choice'; values: string[] }
  | { kind: 'literal'; value: string | number | boolean }
  | ObjectShape
  | { kind: 'list'; item: Shape; min: number; max?: number }
  | { kind: 'variants'; discriminator: string; options: { value: string; shape: ObjectShape }[] }
  | { kind: 'other' };

export interface ObjectShape {
  kind: 'object';
  fields: Field[];
}

/** A value with fields of its own: an object, or a tagged variant. */
export type CompositeShape = Extract<Shape, { kind: 'object' | 'variants' }>;

export interface Field {
  key: string;
  optional: boolean;
  shape: Shape;
}

/** The part of zod's definitions the studio reads. */
interface ZodNode {
  _zod: {
    def: {
      type: string;
      innerType?: ZodNode;
      element?: ZodNode;
      shape?: Record<string, ZodNode>;
      entries?: Record<string, string>;
      values?: unknown[];
      options?: ZodNode[];
      discriminator?: string;
      format?: string;
    };
    bag?: { minimum?: number; maximum?: number };
  };
}

const shapes = new WeakMap<ZodNode, Shape>();

function unwrapOptional(node: ZodNode): { node: ZodNode; optional: boolean } {
  let optional = false;
  let current = node;
  while (['optional', 'default', 'prefault', 'nullable'].includes(current._zod.def.type) && current._zod.def.innerType) {
    optional = true;
    current = current._zod.def.innerType;
  }
  return { node: current, optional };
}

function readShape(node: ZodNode): Shape {
  const cached = shapes.get(node);
  if (cached) return cached;
  const shape = computeShape(node);
  shapes.set(node, shape);
  return shape;
}

function computeShape(node: ZodNode): Shape {
  const { def, bag } = node._zod;
  switch (def.type) {
    case 'string':
      if (def.format === 'date') return { kind: 'date', withTime: false };
      if (def.format === 'datetime') return { kind: 'date', withTime: true };
      return { kind: 'text', format: def.format === 'url' ? 'url' : def.format === 'email' ? 'email' : 'plain' };
    case 'number':
      return { kind: 'number', integer: def.format === 'safeint' || def.format === 'int32', min: bag?.minimum, max: bag?.maximum };
    case 'boolean':
      return { kind: 'boolean' };
    case 'enum':
      return { kind: 'choice', values: Object.values(def.entries ?? {}) };
    case 'literal': {
      const value = def.values?.[0];
      return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? { kind: 'literal', value } : { kind: 'other' };
    }
    case 'object':
      return {
        kind: 'object',
        fields: Object.entries(def.shape ?? {}).map(([key, child]) => {
          const { node: inner, optional } = unwrapOptional(child);
          return { key, optional, shape: readShape(inner) };
        }),
      };
    case 'array':
      return def.element ? { kind: 'list', item: readShape(unwrapOptional(def.element).node), min: bag?.minimum ?? 0, max: bag?.maximum } : { kind: 'other' };
    case 'union':
      return unionShape(def.options ?? [], def.discriminator);
    default:
      return { kind: 'other' };
  }
}

function unionShape(options: ZodNode[], discriminator: string | undefined): Shape {
  const shapesOfOptions = options.map(readShape);
  // A date, or a date with a time: one date control that accepts both.
  if (shapesOfOptions.length > 0 && shapesOfOptions.every((shape) => shape.kind === 'date')) return { kind: 'date', withTime: true };
  // A plain union of objects tagged by one literal field (quiz items' `type`, schema.ts) reads as a discriminated one.
  discriminator ??= literalTagOf(shapesOfOptions);
  if (!discriminator) return { kind: 'other' };
  const variants: { value: string; shape: ObjectShape }[] = [];
  for (const shape of shapesOfOptions) {
    if (shape.kind !== 'object') return { kind: 'other' };
    const tag = shape.fields.find((field) => field.key === discriminator)?.shape;
    if (tag?.kind !== 'literal') return { kind: 'other' };
    variants.push({ value: String(tag.value), shape });
  }
  return { kind: 'variants', discriminator, options: variants };
}

/** The key that is a literal in every option, when the options are objects. */
function literalTagOf(shapes: Shape[]): string | undefined {
  const isTag = (shape: Shape, key: string) => shape.kind === 'object' && shape.fields.some((field) => field.key === key && field.shape.kind === 'literal');
  const [first] = shapes;
  return first?.kind === 'object' ? first.fields.find((field) => shapes.every((shape) => isTag(shape, field.key)))?.key : undefined;
}

/** The shape of the whole feed. */
export const feedShape = (): ObjectShape => readShape(feedSchema as unknown as ZodNode) as ObjectShape;

/** The object shape a variant value stands for (`{ type: 'single', … }` → the single-choice item's shape). */
export function variantOf(shape: Extract<Shape, { kind: 'variants' }>, value: unknown): ObjectShape {
  const tag = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[shape.discriminator] : undefined;
  return (shape.options.find((option) => option.value === tag) ?? shape.options[0])?.shape ?? { kind: 'object', fields: [] };
}

/** The shape found at `path` inside the feed (indexes step into lists), or undefined. */
export function shapeAt(path: readonly (string | number)[], root: unknown, rootShape: Shape = feedShape()): Shape | undefined {
  let shape: Shape | undefined = rootShape;
  let value: unknown = root;
  for (const key of path) {
    if (!shape) return undefined;
    if (shape.kind === 'variants') shape = variantOf(shape, value);
    if (shape.kind === 'list' && typeof key === 'number') shape = shape.item;
    else if (shape.kind === 'object') shape = shape.fields.find((field) => field.key === key)?.shape;
    else return undefined;
    value = typeof value === 'object' && value !== null ? (value as Record<string | number, unknown>)[key] : undefined;
  }
  return shape;
}
