/**
 * French typography everywhere: a non-breaking space (U+00A0, or the narrow U+202F) before « : ; ! ? », inside
 * « guillemets », and before a separator (« ; », « · », « — ») so that none ever starts a line. Checked on every
 * French string of src/i18n/fr/ (functions called with sample arguments) and on the text the widgets render with
 * the demo feed (where a wrapped answer list once put « ; » at the start of a line).
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { fr } from '../src/i18n/fr.js';
import { demoFeed } from './helpers.js';
import { container, itFor, renderWidget, shadowTree, widgetCases } from './widgets.js';

const nbsp = '[\\u00a0\\u202f]';

/** Each rule: a pattern that must not occur, and what it means. */
const rules: readonly { pattern: RegExp; problem: string }[] = [
  // A colon between digits (10:30) or in a URL scheme (https://) is not French punctuation.
  { pattern: new RegExp(`(?<!${nbsp}|\\d|^)[:;!?](?![\\d/])`, 'gu'), problem: 'no non-breaking space before : ; ! ?' },
  { pattern: new RegExp(`«(?!${nbsp})`, 'gu'), problem: 'no non-breaking space after «' },
  { pattern: new RegExp(`(?<!${nbsp})»`, 'gu'), problem: 'no non-breaking space before »' },
  { pattern: / [·—–] /gu, problem: 'a separator after a breaking space would start a line' },
];

interface Problem {
  /** The fault with the words around it, for the failure message. */
  message: string;
  /** The few characters around the fault, to recognise it in the partner's own text. */
  near: string;
}

/** Every fault of `text` (URLs left out). */
function faultsOf(rawText: string): Problem[] {
  const text = rawText.replace(/\b[a-z][\w+.-]*:\/\/\S+/gi, '');
  const found: Problem[] = [];
  for (const { pattern, problem } of rules) {
    for (const match of text.matchAll(pattern)) {
      const at = match.index ?? 0;
      found.push({ message: `${problem}: «${text.slice(Math.max(0, at - 20), at + 12)}»`, near: text.slice(Math.max(0, at - 3), at + 4) });
    }
  }
  return found;
}

function typographyProblems(text: string): string[] {
  return faultsOf(text).map((fault) => fault.message);
}

/** Sample arguments for a string function: numbers first (counts, scores), then words (titles, ids). */
const sampleArguments: readonly unknown[][] = [
  [0, 0, 0, 0],
  [1, 1, 1, 1],
  [3, 12, 5, 2],
  ['Titre', 'Groupe 1', 'Texte', 'Autre'],
  [[1, 2], 'Titre', 3, 4],
];

/** Every string of a translation namespace, with its key path; functions are called with each sample. */
function stringsOf(value: unknown, path: string): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (typeof value === 'function') {
    return sampleArguments.flatMap((args, index) => {
      try {
        const result: unknown = (value as (...parameters: unknown[]) => unknown)(...args);
        return stringsOf(result, `${path}(#${index})`);
      } catch {
        return []; // a sample of the wrong type: another sample covers it
      }
    });
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) return Object.entries(value).flatMap(([key, inner]) => stringsOf(inner, `${path}.${key}`));
  return [];
}

/** Every string of the feed: the partner's own text, shown as written, is not ours to check. */
function feedStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(feedStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(feedStrings);
  return [];
}

/** The text the reader sees in a widget's shadow tree, one entry per text node. */
function renderedTexts(element: Element): string[] {
  return shadowTree(element)
    .filter((node) => node.localName !== 'style' && node.localName !== 'script' && !node.closest('[aria-hidden="true"]'))
    .flatMap((node) => Array.from(node.childNodes).filter((child) => child.nodeType === Node.TEXT_NODE).map((child) => child.textContent ?? ''))
    .filter((text) => text.trim() !== '');
}

describe('French typography', () => {
  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('the sample arguments reach the strings of every namespace', () => {
    for (const [namespace, strings] of Object.entries(fr)) expect(stringsOf(strings, namespace).length, namespace).to.be.greaterThan(5);
  });

  it('the checker finds each kind of fault', () => {
    expect(typographyProblems('Statut : ouvert')).to.have.length(1);
    expect(typographyProblems('a ; b')).to.have.length(1);
    expect(typographyProblems('« mot »')).to.have.length(2);
    expect(typographyProblems('Metz · En présentiel')).to.have.length(1);
    expect(typographyProblems('Statut\u00a0: « \u00a0»'.replace('« ', '«\u202f'))).to.deep.equal([]);
    expect(typographyProblems('10:30, https://example.org/a?b, (fichier .ics)')).to.deep.equal([]);
  });

  for (const [namespace, strings] of Object.entries(fr)) {
    it(`every string of fr.${namespace}`, () => {
      const problems = stringsOf(strings, namespace).flatMap(({ path, text }) => typographyProblems(text).map((problem) => `${path}: ${problem}`));
      expect(problems).to.deep.equal([]);
    });
  }

  for (const widget of widgetCases) {
    itFor(widget, 'renders French text with non-breaking spaces (demo feed, 320 px)', async () => {
      await setViewport({ width: 320, height: 640 });
      const element = await renderWidget(widget, 'filled', { parent: await container({ lang: 'fr' }) });
      // The partner's text is shown as written: a fault found in the feed itself is not ours.
      const partnerText = feedStrings(await demoFeed());
      const problems = renderedTexts(element)
        .flatMap(faultsOf)
        .filter((fault) => !partnerText.some((written) => written.includes(fault.near)))
        .map((fault) => fault.message);
      expect(problems).to.deep.equal([]);
    });
  }
});
