/**
 * What `<tf-feed src>` reads: an LHEO file as it is published (found by its content type or its content, converted
 * in the page, the converter loaded only then), and several sources merged into one feed.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { feedUrl, minimalFeed } from '../../../test/fixtures.js';
import { captureConsoleErrors, captureConsoleWarnings, expectAccessible, shadowOf, textOf, waitUntil } from '../../../test/helpers.js';
import '../tf-session-list/define.js';
import './define.js';
import type { TfFeed } from './tf-feed.js';

let serial = 0;
/** A fixture served as a web server would, bytes untouched, with the content type given. */
const served = (file: string, type: string) =>
  `/test-server/typed/${Date.now()}-${(serial += 1)}?${new URLSearchParams({ file: `test/fixtures/lheo/${file}`, type })}`;

/** The session list inside a `<tf-feed src>`, once it shows sessions (or a notice, or an error). */
async function listOf(src: string): Promise<Element> {
  const element = await fixture<TfFeed>(html`<tf-feed src=${src}><tf-session-list show-past page-size="100" now="2023-09-01"></tf-session-list></tf-feed>`);
  const list = element.querySelector('tf-session-list')!;
  await waitUntil(() => shadowOf(list).querySelector('.session, [part="error"]') !== null, 'the sessions', 30_000);
  return list;
}

const sessionsOf = (list: Element) => shadowOf(list).querySelectorAll('.session').length;

function expectNoMarkupVisible(list: Element): void {
  const text = textOf(shadowOf(list));
  expect(text).not.to.match(/<\/?[a-z][^>]*>/i, 'a tag is visible');
  expect(text).not.to.match(/&(#\d+|#x[0-9a-f]+|[a-z]+);/i, 'an entity is visible');
}

/** The converter's modules the page requested so far (the test server serves sources one by one). */
const converterRequests = () => performance.getEntriesByType('resource').filter((entry) => /convert\/lheo-read|fast-xml-parser|\/chunks\/lheo-feed-/.test(entry.name));

describe('<tf-feed> reading LHEO', function () {
  // The first LHEO source makes the test server compile the converter and its XML parser: slow on a busy machine.
  this.timeout(40_000);

  it('does not load the converter for a JSON feed, nor for an HTML page answered instead of the feed', async () => {
    const list = await listOf(feedUrl(minimalFeed()));
    expect(sessionsOf(list)).to.equal(1);
    const { errors } = await captureConsoleErrors(async () => {
      const page = await listOf(feedUrl('<!DOCTYPE html><html lang="fr"><title>Accueil</title></html>'));
      expect(shadowOf(page).querySelector('[part="error"]')).not.to.equal(null);
    });
    expect(errors.join('\n')).to.contain('ni du JSON ni du LHEO');
    expect(converterRequests()).to.deep.equal([]);
  });

  it('reads an LHEO 2.3 catalogue in ISO-8859-1 with escaped HTML, sent as application/xml', async () => {
    const list = await listOf(served('catalogue-2.3-iso-8859-1.xml', 'application/xml'));
    expect(converterRequests()).not.to.deep.equal([]);
    expect(sessionsOf(list)).to.equal(6);
    const text = textOf(shadowOf(list));
    expect(text).to.contain('Accompagnement social & médiation');
    expect(text).to.contain('Entrées et sorties permanentes');
    expectNoMarkupVisible(list);
    await expectAccessible(list);
  });

  it('recognises LHEO by its content when the server says text/plain (an Intercarif summary, LHEO 2.2)', async () => {
    const list = await listOf(served('intercarif-resumes-2.2.xml', 'text/plain'));
    expect(sessionsOf(list)).to.equal(4);
    expect(textOf(shadowOf(list))).to.contain('Licence pro guide conférencier');
    expectNoMarkupVisible(list);
  });

  it('says an XML file that is not LHEO cannot be shown, with why in the console', async () => {
    const { errors } = await captureConsoleErrors(async () => {
      const list = await listOf(feedUrl('<?xml version="1.0"?><catalogue><formation/></catalogue>'));
      expect(shadowOf(list).querySelector('[part="error"]')).not.to.equal(null);
    });
    expect(errors.join('\n')).to.contain('LHEO illisible');
  });
});

describe('<tf-feed> with several sources', function () {
  this.timeout(40_000);

  it('merges a JSON feed and an LHEO file, space-separated', async () => {
    const list = await listOf(`${feedUrl(minimalFeed())}  ${served('onisep-bts-2.2.xml', 'application/xml')}`);
    expect(sessionsOf(list)).to.equal(2);
    const text = textOf(shadowOf(list));
    expect(text).to.contain('Formation de test').and.contain('BTS négociation et relation client');
    expect(shadowOf(list).querySelector('[part="notice"]')).to.equal(null);
  });

  it('renames an id a later source also uses, and says so in the console', async () => {
    const other = minimalFeed();
    other.trainings[0]!.title = 'Autre formation, même id';
    const { warnings } = await captureConsoleWarnings(async () => {
      const list = await listOf(`${feedUrl(minimalFeed())} ${feedUrl(other)}`);
      await waitUntil(() => sessionsOf(list) === 2, 'both sessions');
      expect(textOf(shadowOf(list))).to.contain('Formation de test').and.contain('Autre formation, même id');
    });
    const report = warnings.join('\n');
    expect(report).to.contain('training formation-test').and.contain('renommé formation-test-2');
    expect(report).to.contain('session session-test-1').and.contain('renommé session-test-1-2');
  });

  it('shows the sources that loaded when one fails, with a short notice; the details go to the console', async () => {
    const { errors } = await captureConsoleErrors(async () => {
      const list = await listOf(`${feedUrl(minimalFeed())} /nowhere/formations.json`);
      expect(sessionsOf(list)).to.equal(1);
      expect(textOf(shadowOf(list).querySelector('[part="notice"]'))).to.equal('Une partie des formations n’a pas pu être chargée.');
      await expectAccessible(list);
    });
    expect(errors.join('\n')).to.contain('1 source(s) sur 2 manquante(s)');
  });

  it('fails like one source when every source fails', async () => {
    await captureConsoleErrors(async () => {
      const list = await listOf('/nowhere/a.json /nowhere/b.xml');
      expect(shadowOf(list).querySelector('[part="error"]')).not.to.equal(null);
    });
  });
});
