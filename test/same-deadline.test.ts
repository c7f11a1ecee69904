/**
 * The same deadline everywhere: the session list and the sheet show each session's effective deadline from one
 * function of the model (sessionEntry), and the same words when it differs from the published one (the IRTS seed
 * publishes 5 Jan. 2022 for groups that start in November 2021).
 */
import { expect } from '@open-wc/testing';
import { sessionEntries } from '../src/model/sessions.js';
import { demoFeed, expectAccessible, textOf } from './helpers.js';
import { renderWidget, shadowTree, widgetCases } from './widgets.js';

const widget = (tag: string) => widgetCases.find((each) => each.tag === tag)!;

describe('the same deadline in the session list and the sheet', () => {
  for (const lang of ['fr', 'en']) {
    it(`IRTS groups: one effective deadline and one reason in both elements (${lang})`, async function () {
      this.timeout(30_000);
      const feed = await demoFeed();
      const attributes = { now: '2021-11-01', lang };
      const list = await renderWidget(widget('tf-session-list'), 'filled', { attributes: { ...attributes, training: 'irts-fc-aller-vers-m1' } });
      const sheet = await renderWidget(widget('tf-sheet-card'), 'filled', { attributes: { ...attributes, training: 'irts-fc-aller-vers-m1' } });
      const sheetSessions = shadowTree(sheet).filter((node) => node.matches('li.session'));
      const entries = sessionEntries(feed, 'irts-fc-aller-vers-m1');
      expect(sheetSessions.length).to.equal(entries.length);
      let moved = 0;
      entries.forEach((entry, index) => {
        const row = shadowTree(list).find((node) => node.matches('li.session') && node.querySelector(`#session-${entry.session.id}`))!;
        const listDeadline = row.querySelector('.facts--status time')!.getAttribute('datetime');
        const sheetDeadline = sheetSessions[index]!.querySelector('.badge time')!.getAttribute('datetime');
        expect(sheetDeadline, entry.session.id).to.equal(entry.deadline);
        expect(listDeadline, entry.session.id).to.equal(entry.deadline);
        const why = [row, sheetSessions[index]!].map((node) => textOf(node.querySelector('.deadline-why')));
        expect(why[0], entry.session.id).to.equal(why[1]);
        if (entry.publishedDeadline) {
          moved += 1;
          expect(why[0]).to.contain(lang === 'fr' ? '5 janv. 2022' : '5 Jan 2022');
        } else expect(why[0]).to.equal('');
      });
      expect(moved, 'groups 1 to 3 start before the published deadline').to.equal(3);
      await expectAccessible(list);
      await expectAccessible(sheet);
    });
  }
});
