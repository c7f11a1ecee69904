/**
 * A rollup plugin for the drop-in: squeezes the static text of Lit's `html`, `svg` and `css` templates, which
 * esbuild's minifier leaves as written (indentation, line breaks, comments). It runs on the JavaScript that
 * esbuild emits, finds the tagged templates with rollup's own parser, and only makes changes that cannot alter
 * rendering:
 * - html/svg: a run of white space containing a line break becomes one space (HTML collapses it anyway; no
 *   template of ours has literal text inside <pre> or <textarea>);
 * - css: comments go, white space runs become one space, and spaces next to `{ } ; ,` go.
 */
import MagicString from 'magic-string';

const tags = new Set(['html', 'svg', 'css']);

export function squeezeMarkup(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}

export function squeezeCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1');
}

/** Every tagged template of the AST, depth first. */
function* taggedTemplates(node) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* taggedTemplates(child);
    return;
  }
  if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && tags.has(node.tag.name)) {
    yield node;
  }
  for (const key of Object.keys(node)) {
    if (key !== 'type' && key !== 'start' && key !== 'end') yield* taggedTemplates(node[key]);
  }
}

export default function minifyTemplateLiterals() {
  return {
    name: 'minify-template-literals',
    transform(code, id) {
      if (!id.includes('/src/') || !/\b(html|svg|css)`/.test(code)) return null;
      const output = new MagicString(code);
      for (const template of taggedTemplates(this.parse(code))) {
        const squeeze = template.tag.name === 'css' ? squeezeCss : squeezeMarkup;
        for (const quasi of template.quasi.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          const squeezed = squeeze(raw);
          if (squeezed !== raw && quasi.end > quasi.start) output.overwrite(quasi.start, quasi.end, squeezed);
        }
      }
      if (!output.hasChanged()) return null;
      return { code: output.toString(), map: output.generateMap({ hires: true }) };
    },
  };
}
