/**
 * A `feed` property that cannot be read (a getter that throws, a revoked Proxy): every widget that takes one says
 * it cannot show the offer, and none keeps showing the feed it had before.
 */
import { expect } from '@open-wc/testing';
import { captureConsoleErrors, demoFeed, shadowOf, textOf, waitUntil } from './helpers.js';
import { itFor, renderWidget, widgetCases } from './widgets.js';

async function unreadableFeeds(): Promise<Record<string, unknown>> {
  const throwing = await demoFeed();
  Object.defineProperty(throwing, 'trainings', { enumerable: true, get: () => { throw new Error('getter'); } });
  const { proxy, revoke } = Proxy.revocable(await demoFeed(), {});
  revoke();
  return { 'a getter that throws': throwing, 'a revoked Proxy': proxy };
}

describe('a feed property that cannot be read', () => {
  for (const widget of widgetCases) {
    itFor(widget, 'turns from its content to the error state, with nothing of the old feed left', async () => {
      for (const [name, unreadable] of Object.entries(await unreadableFeeds())) {
        const element = (await renderWidget(widget, 'filled')) as HTMLElement & { feed: unknown };
        const before = textOf(shadowOf(element));
        expect(shadowOf(element).querySelector('[part="error"]'), name).to.equal(null);
        const { errors } = await captureConsoleErrors(async () => {
          element.feed = unreadable;
          await waitUntil(() => shadowOf(element).querySelector('[part="error"]') !== null, `${widget.tag}: error for ${name}`);
        });
        expect(textOf(shadowOf(element)), name).to.equal('Les formations ne peuvent pas être affichées pour le moment.');
        expect(before.length, name).to.be.greaterThan(100);
        expect(errors.join('\n'), name).to.contain('flux illisible');
        element.remove();
      }
    });
  }
});
