/**
 * A rollup plugin for what pages download: minifies the HTML and CSS inside Lit's `html`, `svg` and `css`
 * templates, which the JavaScript minifier leaves as written (indentation, line breaks, comments, spaces). The work
 * is minify-literals' (html-minifier-next for markup, Lightning CSS for styles), which keeps each `${…}` in place.
 * It runs on the JavaScript that esbuild emits, while the tags are still named html/svg/css.
 *
 * Lightning CSS is told the browsers the build targets (es2022's: Chrome 94, Firefox 93, Safari 15.4), so it never
 * writes syntax they lack (`@media (width <= 40em)` stays `max-width`), and adds no vendor prefix of its own.
 */
import { Features } from 'lightningcss';
import { minifyHTMLLiterals } from 'minify-literals';

const version = (major, minor = 0) => (major << 16) | (minor << 8);
const css = { targets: { chrome: version(94), firefox: version(93), safari: version(15, 4) }, exclude: Features.VendorPrefixes };

export default function minifyTemplateLiterals() {
  return {
    name: 'minify-template-literals',
    async transform(code, id) {
      if (!id.includes('/src/') || !/\b(html|svg|css)`/.test(code)) return null;
      return minifyHTMLLiterals(code, { fileName: id, css, html: { minifyCSS: css, conservativeCollapse: true } });
    },
  };
}
