/**
 * @custom-elements-manifest/analyzer: dist/custom-elements.json, the reference of every element, read by Storybook
 * and by scripts/docs-from-manifest.mjs (the README's and docs/theming.md's tables). It describes the published
 * package: module paths are those of dist/lib/ (the package ships no src/), and only the public API is kept.
 */
import { readDesignTokens } from './scripts/design-tokens.mjs';

/** What each shared token is for; the names and defaults are read from the styles (scripts/design-tokens.mjs). */
const sharedTokenDescriptions = {
  '--tf-color-primary': 'Links, buttons, selected states (text: ≥ 4.5:1 on both surfaces).',
  '--tf-color-on-primary': 'Text on the primary colour (button labels).',
  '--tf-color-text': 'Body text (in light, the page’s own text colour unless set).',
  '--tf-color-text-muted': 'Secondary text: hints, labels (still ≥ 4.5:1).',
  '--tf-color-background': 'The widget’s own background: none, the page shows through (docs/adr/0007-calm-default.md).',
  '--tf-color-surface': 'Boxes that need an opaque background: cards, fields, panels.',
  '--tf-color-surface-alt': 'Cards, status boxes, stripes, skeletons.',
  '--tf-color-border': 'Borders of cards and form controls (≥ 3:1).',
  '--tf-color-success': '"Open", correct answers, acquired (used as text).',
  '--tf-color-warning': '"Closing soon", in progress (used as text).',
  '--tf-color-danger': 'Errors, "full", "cancelled" (used as text).',
  '--tf-color-focus': 'Keyboard focus ring (≥ 3:1).',
  '--tf-font-family': 'The page’s font, unless you set one.',
  '--tf-font-size': 'Base size, relative to the text around the widget.',
  '--tf-line-height': 'Line height.',
  '--tf-radius': 'Corner radius of buttons, cards, fields.',
  '--tf-space': 'Base spacing (padding of boxes).',
  '--tf-shadow': 'Card shadow (`none` to remove).',
  '--tf-transition': 'Hover and state transitions (`0s` under `prefers-reduced-motion`).',
  '--tf-max-width': 'The widest every element grows, the same for all: `none`, the width of its container, unless you set a length.',
  '--tf-block-margin': 'Space above and below every element; it collapses between two widgets in a column, as between paragraphs.',
  '--tf-reserved-height':
    'Room kept while the feed loads, so the page below does not move (README, "No layout shift"). Unless set: `max(40em, 100vh)` for the session list, sheet and programme; `32em` (`52em` below 40em wide) for the quiz and checklist, which keep it once loaded.',
};

const isElement = (declaration) => Boolean(declaration.customElement && declaration.tagName);

/**
 * Every element styled with the shared tokens documents them as its own CSS properties, after its own ones, with
 * the light defaults. `<tf-feed>` shows nothing, so it has none.
 */
function sharedCssProperties() {
  const tokens = [...readDesignTokens()].map(([name, { light }]) => ({ name, default: light, description: sharedTokenDescriptions[name] }));
  const undescribed = tokens.filter((token) => !token.description).map((token) => token.name);
  if (undescribed.length > 0) throw new Error(`custom-elements-manifest.config.mjs: describe the tokens ${undescribed.join(', ')}`);
  return {
    name: 'shared-css-properties',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
        if (!isElement(declaration) || declaration.tagName === 'tf-feed') continue;
        const own = declaration.cssProperties ?? [];
        declaration.cssProperties = [...own, ...tokens.filter((token) => !own.some((property) => property.name === token.name))];
      }
    },
  };
}

/**
 * `defineElement('tf-quiz', TfQuiz)` (our guarded `customElements.define`) is what registers a tag: each one becomes
 * a `custom-element-definition` export of the module that calls it, pointing at the module that declares the class.
 */
function definitionsFromDefineElement() {
  return {
    name: 'definitions-from-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, elementClass] = node.arguments;
      if (!tag || !ts.isStringLiteralLike(tag) || !elementClass || !ts.isIdentifier(elementClass)) return;
      const className = elementClass.text;
      const specifier = node
        .getSourceFile()
        .statements.filter(ts.isImportDeclaration)
        .find((statement) => statement.importClause?.namedBindings?.elements?.some((binding) => binding.name.text === className))?.moduleSpecifier.text;
      const module = specifier ?? `./${moduleDoc.path.split('/').pop()}`;
      moduleDoc.exports = [...(moduleDoc.exports ?? []), { kind: 'custom-element-definition', name: tag.text, declaration: { name: className, module } }];
    },
  };
}

/**
 * Attribute and field types written as an alias (`phase: QuizPhase`) are spelled out when the alias is a union of
 * string literals (`'pre' | 'post'`): readers, Storybook's controls and the docs' tables then show the values.
 * The type checker resolves aliases wherever they live (model, another module).
 */
function literalUnionTypes() {
  let typescript;
  return {
    name: 'literal-union-types',
    analyzePhase({ ts }) {
      typescript = ts;
    },
    packageLinkPhase({ customElementsManifest }) {
      const ts = typescript;
      // Only the modules that declare classes (elements and their bases); the checker follows their imports.
      const classModules = customElementsManifest.modules.filter((module) => (module.declarations ?? []).some((declaration) => declaration.kind === 'class')).map((module) => module.path);
      const program = ts.createProgram(classModules, { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, strict: true, noEmit: true });
      const checker = program.getTypeChecker();
      const spell = (type) => {
        const parts = type.isUnion() ? type.types : [type];
        const words = parts.map((part) => (part.isStringLiteral() ? `'${part.value}'` : part.flags & ts.TypeFlags.Undefined ? 'undefined' : part.flags & ts.TypeFlags.Null ? 'null' : undefined));
        // Values first, then `undefined`/`null`, whatever order the checker keeps them in.
        return words.some((word) => word?.startsWith("'")) && words.every(Boolean) ? words.sort((a, b) => Number(!a.startsWith("'")) - Number(!b.startsWith("'"))).join(' | ') : undefined;
      };
      for (const module of customElementsManifest.modules) {
        const source = program.getSourceFile(module.path);
        if (!source) continue;
        for (const declaration of module.declarations ?? []) {
          const classNode = source.statements.find((statement) => ts.isClassDeclaration(statement) && statement.name?.text === declaration.name);
          if (!classNode) continue;
          const classType = checker.getTypeAtLocation(classNode);
          const typeOf = (name) => {
            const symbol = classType.getProperty(name);
            return symbol ? spell(checker.getTypeOfSymbolAtLocation(symbol, classNode)) : undefined;
          };
          for (const member of declaration.members ?? []) {
            const spelled = member.kind === 'field' && member.type && typeOf(member.name);
            if (spelled) member.type = { text: spelled };
          }
          for (const attribute of declaration.attributes ?? []) {
            const spelled = attribute.fieldName && attribute.type && typeOf(attribute.fieldName);
            if (spelled) attribute.type = { text: spelled };
          }
        }
      }
    },
  };
}

/**
 * The manifest is for users of the elements: keep only their public API. Internal reactive state
 * (`{ state: true }`, private or protected fields) is not an attribute a page can set, and modules that neither
 * declare an element (or one of its base classes) nor export or define one are not part of it.
 */
function publicApiOnly() {
  return {
    name: 'public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      const declarations = customElementsManifest.modules.flatMap((module) => (module.declarations ?? []).map((declaration) => ({ module, declaration })));
      const key = (name, module) => `${module}#${name}`;
      const kept = new Set();
      const keep = ({ module, declaration }) => {
        if (kept.has(key(declaration.name, module.path))) return;
        kept.add(key(declaration.name, module.path));
        const superclass = declaration.superclass;
        const parent = superclass?.module && declarations.find((candidate) => key(candidate.declaration.name, candidate.module.path) === key(superclass.name, superclass.module));
        if (parent) keep(parent);
      };
      declarations.filter(({ declaration }) => isElement(declaration)).forEach(keep);
      const isKept = (reference) => reference?.module && kept.has(key(reference.name, reference.module));

      customElementsManifest.modules = customElementsManifest.modules.filter((module) => {
        module.declarations = (module.declarations ?? []).filter((declaration) => kept.has(key(declaration.name, module.path)));
        module.exports = (module.exports ?? []).filter((exported) => isKept(exported.declaration));
        return module.declarations.length > 0 || module.exports.length > 0;
      });

      for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations)) {
        const hidden = new Set((declaration.members ?? []).filter((member) => member.privacy === 'private' || member.privacy === 'protected').map((member) => member.name));
        declaration.members = (declaration.members ?? []).filter((member) => !hidden.has(member.name) && !member.name.startsWith('#'));
        // `emit(name, …)` in the base class is not an event of its own; events are named `tf-…`.
        if (declaration.events) declaration.events = declaration.events.filter((event) => event.name?.startsWith('tf-'));
        if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !hidden.has(attribute.fieldName));
      }
    },
  };
}

/** Calls `rewrite` on every reference to a module (superclasses, exports, inherited members…) under `value`. */
function rewriteModuleReferences(value, rewrite) {
  if (Array.isArray(value)) return value.forEach((item) => rewriteModuleReferences(item, rewrite));
  if (!value || typeof value !== 'object') return;
  for (const [field, inner] of Object.entries(value)) {
    if (field === 'module' && typeof inner === 'string') value.module = rewrite(inner);
    else rewriteModuleReferences(inner, rewrite);
  }
}

/**
 * The analyzer writes a reference to a module three ways (`src/x.ts`, `/src/x.js`, and `./x.js` relative to a
 * re-exporting module): all become `src/x.ts`, so that the other plugins compare them as they are.
 */
function sourceRelativeReferences() {
  const fromRoot = (path, modulePath) => {
    const resolved = path.startsWith('.') ? new URL(path, `file:///${modulePath}`).pathname : path;
    return resolved.replace(/^\//, '').replace(/\.js$/, '.ts');
  };
  return {
    name: 'source-relative-references',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        rewriteModuleReferences(module.declarations, (path) => fromRoot(path, module.path));
        rewriteModuleReferences(module.exports, (path) => fromRoot(path, module.path));
      }
    },
  };
}

/**
 * Paths of the published package: rollup writes `src/x/y.ts` to `dist/lib/x/y.js` (preserveModules, root `src`).
 * Every module path and reference is rewritten, so that each resolves to a file of `npm pack` (checked by
 * test/node/manifest.test.mjs).
 */
function publishedPaths() {
  const published = (path) => path.replace(/^src\//, 'dist/lib/').replace(/\.ts$/, '.js');
  return {
    name: 'published-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        module.path = published(module.path);
        rewriteModuleReferences(module.declarations, published);
        rewriteModuleReferences(module.exports, published);
      }
    },
  };
}

export default {
  // Every module that may declare, export or define an element; publicApiOnly() keeps those that do.
  globs: ['src/**/*.ts'],
  // Not the package's elements: the layers below them, the drop-in's loader, and the studio and the command line
  // (applications of their own).
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/**/test-support.ts', 'src/model/**', 'src/i18n/**', 'src/styles/**', 'src/templates/**', 'src/studio/**', 'src/cli/**', 'src/training-feed-widgets.ts', 'src/bundle.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  // Order matters: types are read from src/ before paths move to dist/.
  plugins: [definitionsFromDefineElement(), literalUnionTypes(), sourceRelativeReferences(), publicApiOnly(), sharedCssProperties(), publishedPaths()],
};
