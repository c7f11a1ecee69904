/**
 * A rollup plugin for what pages download: minifies the HTML and CSS inside Lit's `html`, `svg` and `css`
 * templates, which the JavaScript minifier leaves as written (indentation, line breaks, comments, spaces). The work
 * is minify-literals' (html-minifier-next for markup, Lightning CSS for styles), which keeps each `${…}` in place.
 * It runs on the JavaScript that esbuild emits, while the tags are still named html/svg/css.
 *
 * Lightning CSS is told the browsers the build targets (es2022's: Chrome 94, Firefox 93, Safari 15.4), so it never
 * writes syntax they lack (`@media (width <= 40em)` stays `max-width`), and adds no vendor prefix of its own, nor
 * the custom properties of its `light-dark()` fallback beside each `color-scheme` (no style here uses `light-dark()`).
 */
import { Features, transform } from 'lightningcss';
import { minifyHTMLLiterals } from 'minify-literals';

const version = (major, minor = 0) => (major << 16) | (minor << 8);
const lightning = { targets: { chrome: version(94), firefox: version(93), safari: version(15, 4) }, exclude: Features.VendorPrefixes | Features.LightDark };

/**
 * Lightning CSS's output, less the space it keeps after commas inside functions (`max(40em, 100vh)`,
 * `linear-gradient(90deg, …)`, a `transition` list): never needed in CSS, quoted strings left alone. A template of
 * declarations only (composed into a rule elsewhere) is minified inside a rule of its own, then unwrapped.
 */
const stringsOrCommaSpace = /("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|,\s+/g;
export function minifyCss(text) {
  const run = (code) => transform({ filename: 'template.css', code: Buffer.from(code), minify: true, ...lightning }).code.toString();
  let minified;
  try {
    minified = run(text);
  } catch {
    const wrapped = run(`.__tf_declarations__{${text}}`);
    minified = wrapped.slice('.__tf_declarations__{'.length, -1);
  }
  return minified.replace(stringsOrCommaSpace, (match, quoted) => quoted ?? ',');
}

export default function minifyTemplateLiterals() {
  return {
    name: 'minify-template-literals',
    async transform(code, id) {
      if (!id.includes('/src/') || !/\b(html|svg|css)`/.test(code)) return null;
      return minifyHTMLLiterals(code, { fileName: id, css: minifyCss, html: { minifyCSS: lightning, conservativeCollapse: true } });
    },
  };
}
