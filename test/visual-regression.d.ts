/**
 * The types of @web/test-runner-visual-regression 0.10's browser entry: its index.d.ts re-exports from a `.mjs`
 * file that has no `.d.mts` beside it, so TypeScript finds no export.
 */
declare module '@web/test-runner-visual-regression' {
  /** Screenshots `element` and compares it with the baseline called `name` (see web-test-runner.config.mjs). */
  export function visualDiff(element: Node, name: string): Promise<void>;
}
