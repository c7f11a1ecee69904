/** @custom-elements-manifest/analyzer: documents every element from the JSDoc on its class. */

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
  plugins: [publicApiOnly()],
};
