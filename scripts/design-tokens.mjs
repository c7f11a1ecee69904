/**
 * The public design tokens (`--tf-*`) with their light and dark defaults, read from the styles themselves
 * (src/styles/*.ts), so that the manifest and the docs never restate a value. A default is written once as
 * `--_tf-x: var(--tf-x, default)`; a css`` block whose name says "dark" holds the dark ones.
 */
import { readdirSync, readFileSync } from 'node:fs';

const stylesDir = new URL('../src/styles/', import.meta.url);
const cssBlock = /(?:const|let)\s+(\w+)\s*=\s*css`([^`]*)`/g;
const tokenDefault = /--_tf-[\w-]+:\s*var\((--tf-[\w-]+),\s*([^;]+)\);/g;

/** @returns {Map<string, { light?: string; dark?: string }>} in the order of the light defaults */
export function readDesignTokens() {
  const byScheme = { light: new Map(), dark: new Map() };
  const files = readdirSync(stylesDir).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts')).sort();
  for (const file of files) {
    const source = readFileSync(new URL(file, stylesDir), 'utf8');
    for (const [, blockName, body] of source.matchAll(cssBlock)) {
      const scheme = /dark/i.test(blockName) ? 'dark' : 'light';
      for (const [, name, value] of body.matchAll(tokenDefault)) {
        if (!byScheme[scheme].has(name)) byScheme[scheme].set(name, value.trim());
      }
    }
  }
  const names = new Set([...byScheme.light.keys(), ...byScheme.dark.keys()]);
  return new Map([...names].map((name) => [name, { light: byScheme.light.get(name), dark: byScheme.dark.get(name) }]));
}
