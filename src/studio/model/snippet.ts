/**
 * What the preview shows and the snippet builder writes: one element of the library, the feed part it shows, its
 * theme and language. The snippet is the exact HTML a webmaster pastes.
 */
import type { Feed } from '../../model/schema.js';

export type PreviewWidget = 'tf-session-list' | 'tf-sheet-card' | 'tf-programme' | 'tf-quiz' | 'tf-objectives-checklist';

export const previewWidgets: PreviewWidget[] = ['tf-session-list', 'tf-sheet-card', 'tf-programme', 'tf-quiz', 'tf-objectives-checklist'];

export interface PreviewSettings {
  widget: PreviewWidget;
  /** The id of the training, programme or quiz shown; '' = the whole feed (session list only). */
  target: string;
  width: 'phone' | 'desktop';
  theme: 'light' | 'dark';
  language: 'fr' | 'en';
  feedUrl: string;
}

export const defaultPreview: PreviewSettings = {
  widget: 'tf-session-list',
  target: '',
  width: 'desktop',
  theme: 'light',
  language: 'fr',
  feedUrl: 'https://example.org/formations.json',
};

/** The attribute naming the shown part, and where its ids come from. */
export const targetOf: Record<PreviewWidget, { attribute: string; list: 'trainings' | 'programmes' | 'quizzes'; optional: boolean }> = {
  'tf-session-list': { attribute: 'training', list: 'trainings', optional: true },
  'tf-sheet-card': { attribute: 'training', list: 'trainings', optional: false },
  'tf-programme': { attribute: 'programme', list: 'programmes', optional: false },
  'tf-quiz': { attribute: 'quiz', list: 'quizzes', optional: false },
  'tf-objectives-checklist': { attribute: 'training', list: 'trainings', optional: false },
};

/** The target to show: the chosen one while it exists, else the first of its list (or none when optional). */
export function effectiveTarget(feed: Feed, settings: PreviewSettings): string {
  const { list, optional } = targetOf[settings.widget];
  const ids = (feed[list] as { id: string }[]).map((item) => item.id);
  if (ids.includes(settings.target)) return settings.target;
  return optional ? '' : (ids[0] ?? '');
}

const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The library's version the snippet pins, as the README's snippet does: a page keeps working when a later major
 * version changes an attribute. A test holds it equal to package.json's and to the README's.
 */
export const libraryVersion = '0.1.0';

export const dropInUrl = `https://unpkg.com/training-feed-widgets@${libraryVersion}/dist/training-feed-widgets.js`;

/** A feed address a page can load: http(s), or relative to the page. `javascript:`, `data:`… are not. */
export const isSafeFeedUrl = (url: string): boolean => url.trim() !== '' && (/^https?:\/\//i.test(url.trim()) || !/^[a-z][a-z0-9+.-]*:/i.test(url.trim()));

/** Whether the feed has something for this element to show (a session list may show the whole feed). */
export const widgetCanShow = (feed: Feed, widget: PreviewWidget): boolean => targetOf[widget].optional || feed[targetOf[widget].list].length > 0;

/** Why no snippet can be written yet, if so: nothing for the element to show, or an address a page must not load. */
export function snippetProblem(feed: Feed, settings: PreviewSettings): 'no-target' | 'unsafe-url' | undefined {
  if (effectiveTarget(feed, settings) === '' && !targetOf[settings.widget].optional) return 'no-target';
  if (!isSafeFeedUrl(settings.feedUrl)) return 'unsafe-url';
  return undefined;
}

/** The HTML to paste; '' while `snippetProblem` says why none can be written. */
export function snippetFor(feed: Feed, settings: PreviewSettings): string {
  if (snippetProblem(feed, settings)) return '';
  const target = effectiveTarget(feed, settings);
  const attributes = [
    target ? `${targetOf[settings.widget].attribute}="${escapeAttribute(target)}"` : '',
    settings.language !== 'fr' ? `lang="${settings.language}"` : '',
    settings.theme === 'dark' ? 'theme="dark"' : '',
  ].filter(Boolean);
  const element = `<${settings.widget}${attributes.map((a) => ` ${a}`).join('')}></${settings.widget}>`;
  return `<script type="module" src="${dropInUrl}"></script>\n\n<tf-feed src="${escapeAttribute(settings.feedUrl.trim())}">\n  ${element}\n</tf-feed>\n`;
}
