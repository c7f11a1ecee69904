/**
 * LHEO text fields often hold HTML, escaped once more inside the XML (`&lt;p&gt;…&lt;br /&gt;`). Readers must never
 * see a tag or an entity: the HTML becomes plain blocks (paragraphs and lists), tags dropped, entities decoded.
 * No DOM is used, so this runs in Node and in the browser.
 */
import { decodeHTML } from 'entities/decode';

export type TextBlock = { kind: 'paragraph'; text: string; heading?: boolean } | { kind: 'list'; items: string[] };

/** Tags that end a paragraph (or a list item) when they open or close. */
const blockTags = new Set(['p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section', 'article', 'header', 'footer', 'table', 'tr', 'hr', 'pre', 'dd', 'dt', 'dl']);
const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Whose content is never text for a reader. */
const hiddenTags = new Set(['script', 'style', 'head', 'title', 'template']);

const tagPattern = /<!--[\s\S]*?-->|<\/?([A-Za-z][A-Za-z0-9-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>/g;

/**
 * HTML's element names, obsolete ones included. Anything else between `<` and `>` is text a body wrote, as a plain
 * text field of its export holds it: « Anglais <B1> vers <B2> », « Module <Niveau 1> », « Jean <jean@exemple.fr> »
 * keep what they say. Word's namespaced elements (`<o:p>`, `<st1:PersonName>`) are tags too.
 */
const htmlElements = new Set(
  (
    'a abbr acronym address applet area article aside audio b base basefont bdi bdo bgsound big blink blockquote body br button ' +
    'canvas caption center cite code col colgroup data datalist dd del details dfn dialog dir div dl dt em embed fieldset ' +
    'figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins ' +
    'kbd label legend li link main map mark marquee math menu meta meter nav nobr noembed noframes noscript object ol ' +
    'optgroup option output p param picture pre progress q rb rp rt rtc ruby s samp script search section select small ' +
    'source span strike strong style sub summary sup svg table tbody td template textarea tfoot th thead time title tr track tt u ul var ' +
    'video wbr xmp'
  ).split(' '),
);
const isTag = (whole: string, name: string): boolean => htmlElements.has(name) || /^<\/?[A-Za-z][A-Za-z0-9-]*:/.test(whole);

/** Collapses white space (HTML's rule) and decodes HTML entities, named and numeric. */
export function cleanText(value: string): string {
  // Non-breaking spaces stay: French typography puts them before « : ; ! ? ».
  return decodeHTML(value).replace(/[ \t\n\r\f\v]+/g, ' ').trim();
}

/** Whether `value` carries markup worth parsing (a tag or an entity). */
export function hasMarkup(value: string): boolean {
  return /<\/?[A-Za-z][^>]*>|&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i.test(value);
}

/**
 * HTML escaped once more than the XML needs (`&amp;lt;p&amp;gt;`, `&amp;amp;eacute;` in the file), as some exports
 * write it: unescaped first (twice at most), so that readers see neither `<p>` nor `&eacute;`. Text without such an
 * escape (« âge &lt; 26 ans ») is left as it is.
 */
function unescapeExtra(html: string): string {
  let text = html;
  for (let pass = 0; pass < 2 && !/<\/?[A-Za-z]/.test(text) && /&lt;\/?[A-Za-z]|&amp;(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i.test(text); pass += 1) {
    text = decodeHTML(text);
  }
  return text;
}

/** HTML (or plain text) to blocks: `<p>`, `<br>` and friends split paragraphs, `<li>` become list items. */
export function htmlToBlocks(source: string): TextBlock[] {
  const html = unescapeExtra(source);
  const blocks: TextBlock[] = [];
  let buffer = '';
  let list: string[] | undefined;
  let listDepth = 0;
  let hidden = 0;
  let heading = false;
  let boldOnly = true;
  let boldDepth = 0;

  const flush = () => {
    const text = cleanText(buffer);
    buffer = '';
    if (text) {
      if (list) list.push(text);
      else blocks.push(heading || boldOnly ? { kind: 'paragraph', text, heading: true } : { kind: 'paragraph', text });
    }
    heading = false;
    boldOnly = true;
  };
  const append = (raw: string) => {
    if (hidden) return;
    buffer += raw;
    if (boldDepth === 0 && raw.trim()) boldOnly = false;
  };

  let last = 0;
  for (const match of html.matchAll(tagPattern)) {
    const name = match[1]?.toLowerCase();
    if (name && !isTag(match[0], name)) continue; // text between < and >: appended with what follows
    append(html.slice(last, match.index));
    last = match.index + match[0].length;
    if (!name) continue; // a comment
    const closing = match[0].startsWith('</');
    if (hiddenTags.has(name)) {
      hidden = Math.max(0, hidden + (closing ? -1 : 1));
      continue;
    }
    if (name === 'b' || name === 'strong') {
      boldDepth = Math.max(0, boldDepth + (closing ? -1 : 1));
    } else if (name === 'ul' || name === 'ol') {
      flush();
      if (!closing) {
        listDepth += 1;
        if (!list) list = [];
      } else if (listDepth > 0 && --listDepth === 0 && list) {
        if (list.length) blocks.push({ kind: 'list', items: list });
        list = undefined;
      }
    } else if (name === 'li') {
      flush();
    } else if (blockTags.has(name)) {
      flush();
      if (!closing && headingTags.has(name)) heading = true;
    }
  }
  append(html.slice(last));
  flush();
  if (list?.length) blocks.push({ kind: 'list', items: list });
  // A lone paragraph is never a heading: only a short bold line followed by more text is one.
  return blocks.map((block, index) =>
    block.kind === 'paragraph' && block.heading && (index === blocks.length - 1 || block.text.length > 160) ? { kind: 'paragraph', text: block.text } : block,
  );
}

/** Every paragraph and list item, in reading order. */
export function blocksToLines(blocks: readonly TextBlock[]): string[] {
  return blocks.flatMap((block) => (block.kind === 'list' ? block.items : [block.text]));
}

/** The whole text as one line per paragraph or item, for single-text fields. */
export function blocksToText(blocks: readonly TextBlock[], separator = ' '): string {
  return blocksToLines(blocks).join(separator);
}
