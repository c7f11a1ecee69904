/** @custom-elements-manifest/analyzer: documents every element from the JSDoc on its class. */
import { readFileSync } from 'node:fs';

/** What each shared token is for; the names and defaults are read from the styles themselves. */
const sharedTokenDescriptions = {
  '--tf-color-primary': 'Links, buttons, selected states.',
  '--tf-color-on-primary': 'Text on the primary colour.',
  '--tf-color-text': 'Body text.',
  '--tf-color-text-muted': 'Secondary text.',
  '--tf-color-surface': 'Background of the widget.',
  '--tf-color-surface-alt': 'Boxes, stripes, skeletons.',
  '--tf-color-border': 'Borders of cards and form controls (3:1 against the surface).',
  '--tf-color-success': 'Success and "open" text.',
  '--tf-color-warning': 'Warning and "closing soon" text.',
  '--tf-color-danger': 'Error and "closed" text.',
  '--tf-color-focus': 'Focus ring.',
  '--tf-font-family': 'Font; the page’s own by default.',
  '--tf-font-size': 'Base size (in em of the page’s size).',
  '--tf-line-height': 'Line height.',
  '--tf-radius': 'Corner radius.',
  '--tf-space': 'Base spacing unit.',
  '--tf-shadow': 'Shadow of cards.',
  '--tf-transition': 'Transitions (none under reduced motion).',
};

/**
 * Every element styled with the shared tokens documents them as its own CSS properties, with the light defaults
 * of src/styles/shared.styles.ts (the first `--_tf-x: var(--tf-x, default)` of each name in `tokens`).
 */
function sharedCssProperties() {
  const styles = readFileSync(new URL('./src/styles/shared.styles.ts', import.meta.url), 'utf8');
  const source = styles.slice(styles.indexOf('export const tokens')); // the light defaults, not the dark ones
  const tokens = new Map();
  for (const [, name, fallback] of source.matchAll(/--_tf-[\w-]+:\s*var\((--tf-[\w-]+),\s*([^;]+)\);/g)) {
    if (!tokens.has(name)) tokens.set(name, fallback.trim());
  }
  return {
    name: 'shared-css-properties',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.tagName || declaration.tagName === 'tf-feed') continue;
          const own = declaration.cssProperties ?? [];
          const shared = [...tokens].map(([name, fallback]) => ({ name, default: fallback, description: sharedTokenDescriptions[name] ?? '' }));
          declaration.cssProperties = [...own, ...shared.filter((token) => !own.some((property) => property.name === token.name))];
        }
      }
    },
  };
}

/**
 * The manifest is for users of the elements: keep only their public API. Internal reactive state
 * (`{ state: true }`, private or protected fields) is not an attribute a page can set.
 */
function publicApiOnly() {
  return {
    name: 'public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const hidden = new Set(
            (declaration.members ?? []).filter((member) => member.privacy === 'private' || member.privacy === 'protected').map((member) => member.name),
          );
          declaration.members = (declaration.members ?? []).filter((member) => !hidden.has(member.name) && !member.name.startsWith('#'));
          // `emit(name, …)` in the base class is not an event of its own; events are named `tf-…`.
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name?.startsWith('tf-'));
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter((attribute) => !hidden.has(attribute.fieldName));
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/elements/**/*.ts', 'src/internal/tf-element.ts', 'src/internal/feed-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [publicApiOnly(), sharedCssProperties()],
};
