/**
 * Links and media inside a quiz's rich text (GIFT's `[html]` and `[markdown]`, H5P's HTML). The feed's quiz texts
 * are plain (schema.ts: `prompt`, `label`, `feedback` are text, shown as text), so a link or a picture cannot stay
 * one. Rather than vanish, each leaves its address in the text (« Écoutez (lien : https://…/bonjour.mp3) »,
 * « [image : Bâtiment – https://…/batiment.jpg] ») and is listed, so that the converter reports it on its question:
 * a question that showed a picture or played a sound may need editing before it can be answered.
 */
import type { QuizNote } from './import-report.js';
import { distinctNotes } from './report.js';
import { decodeEntities } from './text.js';

export type MediaKind = 'lien' | 'image' | 'audio' | 'vidéo' | 'contenu intégré';

export interface MediaFound {
  kind: MediaKind;
  /** The address as written in the source; empty when it had none. */
  url: string;
}

/** What a link points at, from its address's extension: a sound or a picture linked is as good as embedded. */
function kindOfLink(url: string): MediaKind {
  const path = url.split(/[?#]/)[0]?.toLowerCase() ?? '';
  if (/\.(mp3|ogg|oga|wav|m4a|aac|flac|opus)$/.test(path)) return 'audio';
  if (/\.(mp4|webm|ogv|mov|m4v|avi)$/.test(path)) return 'vidéo';
  if (/\.(png|jpe?g|gif|svg|webp|avif|bmp)$/.test(path)) return 'image';
  return 'lien';
}

/** Only addresses a reader can follow are copied into the text (never `javascript:` or `data:`). */
const shown = (url: string): string => (/^(https?:\/\/|mailto:|tel:|www\.)/i.test(url) || /^[\w./-]+$/.test(url) ? url : '');

function attribute(tag: string, name: string): string {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return decodeEntities((match?.[1] ?? match?.[2] ?? match?.[3] ?? '').trim());
}

function mediaText(kind: MediaKind, url: string, alt = ''): string {
  const address = shown(url);
  const parts = [alt.trim(), address].filter(Boolean).join(' – ');
  return parts ? ` [${kind} : ${parts}] ` : ` [${kind}] `;
}

/**
 * HTML with its links and media written out as text, ready for `htmlToText`: `<a href>` keeps its text followed by
 * « (lien : adresse) », `<img>`, `<audio>`, `<video>`, `<source>`, `<iframe>`, `<embed>`, `<object>` become
 * « [image : texte alternatif – adresse] » and the like. Each one is pushed to `found`.
 */
export function htmlMediaAsText(html: string, found: MediaFound[]): string {
  const withLinks = html.replace(/<a\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/a\s*>/gi, (_whole, attributes: string, inner: string) => {
    const url = attribute(attributes, 'href');
    if (!url || url.startsWith('#')) return inner;
    const kind = kindOfLink(url);
    found.push({ kind, url });
    const address = shown(url);
    const label = inner.replace(/<[^>]*>/g, '').trim();
    if (!address) return inner;
    if (decodeEntities(label) === url) return inner;
    return `${inner} (${kind === 'lien' ? 'lien' : `lien ${kind}`} : ${address})`;
  });
  return withLinks.replace(/<(img|audio|video|source|iframe|embed|object)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi, (_whole, name: string, attributes: string) => {
    const tag = name.toLowerCase();
    const url = attribute(attributes, tag === 'object' ? 'data' : 'src');
    // An <audio> or <video> with <source> children names its address there: only the sources are listed.
    if ((tag === 'audio' || tag === 'video') && !url) return ' ';
    const kind: MediaKind = tag === 'img' ? 'image' : tag === 'audio' ? 'audio' : tag === 'video' ? 'vidéo' : tag === 'source' ? (kindOfLink(url) === 'vidéo' ? 'vidéo' : 'audio') : 'contenu intégré';
    found.push({ kind, url });
    return mediaText(kind, url, tag === 'img' ? attribute(attributes, 'alt') || attribute(attributes, 'title') : attribute(attributes, 'title'));
  });
}

/**
 * Markdown with its links and images written out as text, as `htmlMediaAsText` does for HTML. The result is
 * returned with placeholders (`restore` puts the text back after `markdownToText`), so that the emphasis rules of
 * Markdown never eat an address's `_` or `*`.
 */
export function markdownMediaAsText(markdown: string, found: MediaFound[]): { text: string; restore: (plain: string) => string } {
  const saved: string[] = [];
  const keep = (text: string) => `\ue100${saved.push(text) - 1}\ue101`;
  const text = markdown
    .replace(/!\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/g, (_whole, alt: string, url: string) => {
      found.push({ kind: 'image', url });
      return keep(mediaText('image', url, alt));
    })
    .replace(/\[([^\]]+)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/g, (_whole, label: string, url: string) => {
      if (!url || url.startsWith('#')) return label;
      const kind = kindOfLink(url);
      found.push({ kind, url });
      const address = shown(url);
      return address && label.trim() !== url ? `${label} ${keep(`(${kind === 'lien' ? 'lien' : `lien ${kind}`} : ${address})`)}` : label;
    });
  return { text, restore: (plain) => plain.replace(/\ue100(\d+)\ue101/g, (_whole, index: string) => saved[Number(index)] ?? '').replace(/ {2,}/g, ' ').trim() };
}

/** One report note per link or medium, naming it, so the author knows which question to look at again. */
export function mediaNotes(found: readonly MediaFound[]): QuizNote[] {
  const notes = found.map(({ kind, url }): QuizNote => {
    if (url && !shown(url)) return { code: 'quiz-media-removed', field: kind, value: url };
    if (kind === 'lien') return { code: 'quiz-link-kept', value: url };
    return { code: 'quiz-media-not-shown', field: kind, ...(url ? { value: url } : {}) };
  });
  return distinctNotes(notes);
}
