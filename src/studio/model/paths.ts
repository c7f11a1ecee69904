/**
 * Immutable edits of a feed by path (`['trainings', 0, 'sessions', 1]`). Each edit returns a new root and new
 * objects along the path only: undo keeps old roots, and `parseFeed` (memoised per object) re-validates the new one.
 */
import { formatIssuePath } from '../../model/parse-feed.js';
import type { PathKey } from '../../model/issue-paths.js';

export { getAt, parsePathKey, type PathKey } from '../../model/issue-paths.js';
export type Path = readonly PathKey[];

type Container = Record<string, unknown> | unknown[];

const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;

/** The key `parseFeed` gives issues at this path: `trainings[0].sessions[1].id`. */
export const pathKey = (path: Path): string => formatIssuePath(path);

/** Replaces the node at `path` by `change(node)`; `undefined` deletes an object's key. Missing parents are created. */
function updateAt<T>(root: T, path: Path, change: (node: unknown) => unknown): T {
  if (path.length === 0) return change(root) as T;
  const [key, ...rest] = path as [PathKey, ...PathKey[]];
  const node: Container = isContainer(root) ? root : typeof key === 'number' ? [] : {};
  const next = updateAt((node as Record<PathKey, unknown>)[key], rest, change);
  if (Array.isArray(node)) {
    const copy = [...node];
    copy[key as number] = next;
    return copy as T;
  }
  const copy: Record<string, unknown> = { ...node };
  if (next === undefined) delete copy[key];
  else copy[key] = next;
  return copy as T;
}

export const setAt = <T>(root: T, path: Path, value: unknown): T => updateAt(root, path, () => value);

const arrayAt = (node: unknown): unknown[] => (Array.isArray(node) ? node : []);

export function insertAt<T>(root: T, arrayPath: Path, index: number, value: unknown): T {
  return updateAt(root, arrayPath, (node) => {
    const list = [...arrayAt(node)];
    list.splice(index, 0, value);
    return list;
  });
}

export function removeAt<T>(root: T, arrayPath: Path, index: number): T {
  return updateAt(root, arrayPath, (node) => arrayAt(node).filter((_, i) => i !== index));
}

export function moveAt<T>(root: T, arrayPath: Path, from: number, to: number): T {
  return updateAt(root, arrayPath, (node) => {
    const list = [...arrayAt(node)];
    if (to < 0 || to >= list.length) return list;
    const [moved] = list.splice(from, 1);
    list.splice(to, 0, moved);
    return list;
  });
}

/** `trainings.*.sessions.*.dates`: the path with its indexes blanked, to match rules written once per place. */
export const pathPattern = (path: Path): string => path.map((key) => (typeof key === 'number' ? '*' : key)).join('.');

