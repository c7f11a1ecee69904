/**
 * Readers get short plain messages; webmasters get the details in the console. For every widget: an invalid feed,
 * an unknown id and a missing attribute show one plain sentence, with no developer word in it, and the console
 * says what is wrong.
 */
import { expect } from '@open-wc/testing';
import { fr } from '../src/i18n/fr.js';
import { captureConsoleErrors } from './helpers.js';
import { itFor, renderWidget, shadowTree, widgetCases, type WidgetCase } from './widgets.js';

/** Words a reader should never have to read: they are about the page's code, not the trainings. */
const developerWords = /console|attribut|JSON|\bsrc\b|\bflux\b|identifiant|introuvable|erreur \d/i;

function alertText(element: Element): string {
  const alert = shadowTree(element).find((node) => node.getAttribute('role') === 'alert');
  return (alert?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The plain message of a widget whose subject cannot be shown. */
function unavailableMessage(widget: WidgetCase): string {
  if (widget.tag === 'tf-quiz') return fr.common.quizUnavailable;
  if (widget.tag === 'tf-programme') return fr.common.programmeUnavailable;
  return fr.common.trainingUnavailable;
}

describe('public wording', () => {
  for (const widget of widgetCases) {
    // The console side of an invalid feed is pinned by each element's own tests.
    itFor(widget, 'an invalid feed: one plain sentence for the reader', async () => {
      const element = await renderWidget(widget, 'error');
      expect(alertText(element)).to.equal(fr.common.errorUnavailable);
    });

    const [subject] = Object.keys(widget.attributes);
    if (subject) {
      itFor(widget, `an unknown ${subject} or none: a plain sentence, the id in the console only`, async () => {
        const unknown = await captureConsoleErrors(() => renderWidget(widget, 'filled', { attributes: { [subject]: 'identifiant-absent' } }));
        expect(alertText(unknown.result)).to.equal(unavailableMessage(widget));
        expect(unknown.errors.join('\n')).to.contain('identifiant-absent');
        const missing = await captureConsoleErrors(async () => {
          const element = await renderWidget(widget, 'filled');
          element.removeAttribute(subject);
          await new Promise((resolve) => setTimeout(resolve, 50));
          return element;
        });
        expect(alertText(missing.result)).to.equal(unavailableMessage(widget));
        expect(missing.errors.join('\n')).to.contain(subject);
      });
    }

    itFor(widget, 'no developer word in any message shown to the reader', async () => {
      for (const state of ['error', 'filled'] as const) {
        const { result: element } = await captureConsoleErrors(() => renderWidget(widget, state, { attributes: state === 'filled' && subject ? { [subject]: 'x' } : {} }));
        expect(alertText(element), `${state}`).not.to.match(developerWords);
      }
    });
  }

  it('the plain messages themselves carry no developer word', () => {
    for (const message of [fr.common.errorUnavailable, fr.common.errorNetworkHint, fr.common.errorTimeoutHint, fr.common.trainingUnavailable, fr.common.quizUnavailable, fr.common.programmeUnavailable]) {
      expect(message).not.to.match(developerWords);
    }
  });
});
