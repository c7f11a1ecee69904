/**
 * Acceptance of issue 13's rendering: a real LHEO catalogue that nobody on the project wrote (test/fixtures/lheo/,
 * sources in test/node/convert.test.mjs), converted by `fromLheo` in the browser, then shown by the session list:
 * every session shown, no tag or entity visible, every imprecise date rendered as such.
 * (`<tf-feed src="offres.xml">` reading LHEO directly: src/elements/tf-feed/sources.test.ts.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import { expectAccessible, shadowOf, textOf, waitUntil } from './helpers.js';
import { fromLheo } from '../src/model/convert/lheo-read.js';
import type { Feed } from '../src/model/schema.js';
import type { TfSessionList } from '../src/elements/tf-session-list/tf-session-list.js';
import '../src/elements/tf-session-list/define.js';

async function converted(url: string): Promise<Feed> {
  return fromLheo(new Uint8Array(await (await fetch(url)).arrayBuffer())).feed;
}

async function list(feed: Feed, lang = 'fr'): Promise<TfSessionList> {
  const element = await fixture<TfSessionList>(html`<tf-session-list lang=${lang} show-past page-size="100" now="2023-09-01" .feed=${feed}></tf-session-list>`);
  await waitUntil(() => shadowOf(element).querySelectorAll('.session').length > 0, 'sessions rendered');
  await element.updateComplete;
  return element;
}

function expectNoMarkupVisible(element: Element): void {
  const text = textOf(shadowOf(element));
  expect(text).not.to.match(/<\/?[a-z][^>]*>/i, 'a tag is visible');
  expect(text).not.to.match(/&(#\d+|#x[0-9a-f]+|[a-z]+);/i, 'an entity is visible');
}

describe('LHEO converted and rendered', () => {
  it('shows every session of a real Intercarif summary, month-only dates as months', async () => {
    const element = await list(await converted('/test/fixtures/lheo/intercarif-resumes-2.2.xml'));
    expect(shadowOf(element).querySelectorAll('.session')).to.have.length(4);
    expectNoMarkupVisible(element);
    const text = textOf(shadowOf(element));
    expect(text).to.contain('De septembre 2017 à mars 2018');
    expect(text).to.contain('Du 3 oct. 2017 au 28 sept. 2019');
    expect(shadowOf(element).querySelector('.session__dates time[datetime="2017-09"]')?.textContent).to.equal('septembre 2017');
    await expectAccessible(element);
  });

  it('shows a real full catalogue (ONISEP) with its escaped HTML turned into text', async () => {
    const element = await list(await converted('/test/fixtures/lheo/onisep-bts-2.2.xml'));
    expect(shadowOf(element).querySelectorAll('.session')).to.have.length(1);
    expect(textOf(shadowOf(element))).to.contain('BTS négociation et relation client');
    expectNoMarkupVisible(element);
  });

  it('renders every LHEO date convention honestly (ISO-8859-1 bytes, LHEO 2.3), in French and in English', async () => {
    // Built as ISO-8859-1 bytes here: the test server re-encodes text files, a real web server sends them as they are.
    const session = (id: string, debut: string, fin: string) =>
      `<session numero="${id}"><periode><debut>${debut}</debut><fin>${fin}</fin></periode><adresse-inscription><adresse><ligne>-</ligne><codepostal>25000</codepostal><ville>Besançon</ville></adresse></adresse-inscription></session>`;
    const xml =
      `<?xml version="1.0" encoding="ISO-8859-1"?><lheo xmlns="http://lheo.gouv.fr/2.3"><offres><formation numero="F1"><intitule-formation>Médiation &amp;amp; « aller vers »</intitule-formation>` +
      `<objectif-formation>&lt;p&gt;Identifier&lt;/p&gt;</objectif-formation><action><modalites-enseignement>0</modalites-enseignement><modalites-entrees-sorties>0</modalites-entrees-sorties>` +
      session('S-day', '20231002', '20231004') + session('S-month', '20170900', '20180300') + session('S-open', '20240115', '99999999') +
      session('S-unknown', '00000000', '99999999') + session('S-year', '20250000', '20250000') +
      `</action><action><modalites-enseignement>2</modalites-enseignement><modalites-entrees-sorties>1</modalites-entrees-sorties>${session('S-permanent', '00000000', '99999999')}</action>` +
      `<organisme-formation-responsable><nom-organisme>IRTS de Franche-Comté</nom-organisme></organisme-formation-responsable></formation></offres></lheo>`;
    const feed = fromLheo(Uint8Array.from(xml, (c) => c.charCodeAt(0))).feed;
    const element = await list(feed);
    expect(shadowOf(element).querySelectorAll('.session')).to.have.length(6);
    const text = textOf(shadowOf(element));
    for (const phrase of ['Du 2 au 4 oct. 2023', 'De septembre 2017 à mars 2018', 'À partir du 15 janv. 2024', 'Dates à venir', 'En 2025', 'Entrées et sorties permanentes', 'Médiation & « aller vers »', 'IRTS de Franche-Comté']) {
      expect(text).to.contain(phrase);
    }
    expectNoMarkupVisible(element);
    await expectAccessible(element);
    const english = textOf(shadowOf(await list(feed, 'en')));
    for (const phrase of ['From September 2017 to March 2018', 'Starting 15 Jan 2024', 'Dates to be announced', 'In 2025', 'Rolling admission']) {
      expect(english).to.contain(phrase);
    }
  });
});
