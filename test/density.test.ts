/**
 * A dense, scannable session list: the 10 sessions of the demo feed (as the demo page shows them: `now` on
 * 2023-09-01, past sessions shown, grouped by month, filters folded) fit one 900 px screen at 1280 px wide and two
 * 667 px phone screens at 375 px. Measured: the whole widget, heading and filters included. Every open session offers a next step (register, write, call or the sheet).
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { container, renderWidget, shadowTree, widgetCases } from './widgets.js';

const sessionList = widgetCases.find((widget) => widget.tag === 'tf-session-list')!;

async function listAt(width: number, now = '2023-09-01'): Promise<HTMLElement> {
  await setViewport({ width, height: 900 });
  const page = await container();
  page.style.cssText = 'margin:0;padding:0 16px';
  return renderWidget(sessionList, 'filled', { parent: page, attributes: { now, 'show-past': '', 'sheet-href': '#fiche-{id}' } });
}

async function listHeight(width: number): Promise<{ height: number; sessions: number }> {
  const element = await listAt(width);
  const sessions = shadowTree(element).filter((node) => node.matches('li.session')).length;
  return { height: element.getBoundingClientRect().height, sessions };
}

describe('session list density', () => {
  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('10 sessions within one 900 px screen at 1280 px wide', async () => {
    const { height, sessions } = await listHeight(1280);
    expect(sessions).to.equal(10);
    expect(height).to.be.at.most(900);
  });

  it('10 sessions within two 667 px phone screens at 375 px wide', async () => {
    const { height, sessions } = await listHeight(375);
    expect(sessions).to.equal(10);
    expect(height).to.be.at.most(2 * 667);
  });
});

describe('session rows at every width', () => {
  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  // 2021-11-01: long deadline notes (« la veille du début : la date limite publiée… ») and two buttons a row.
  for (const now of ['2021-11-01', '2023-09-01']) {
    it(`the title keeps its room beside a long status or two buttons, 320 to 1400 px (today ${now})`, async () => {
      for (const width of [320, 480, 640, 700, 800, 900, 1000, 1100, 1280, 1400]) {
        const element = await listAt(width, now);
        const em = parseFloat(getComputedStyle(element).fontSize);
        for (const row of shadowTree(element).filter((node) => node.matches('li.session'))) {
          const main = row.querySelector('.session__main')!.getBoundingClientRect().width;
          expect(main, `${width} px: ${row.textContent!.replace(/\s+/g, ' ').slice(0, 60)}`).to.be.at.least(Math.min(12 * em, row.getBoundingClientRect().width * 0.6));
        }
      }
    });
  }
});

describe('a next step on every open session', () => {
  for (const now of ['2021-11-01', '2022-03-01', '2023-09-01']) {
    it(`every open session of the demo feed has an action (today ${now}, as on the demo page)`, async () => {
      const element = await renderWidget(sessionList, 'filled', { attributes: { now, 'sheet-href': '#fiche-{id}' } });
      const open = shadowTree(element).filter((node) => node.matches('li.session--open, li.session--closing-soon'));
      expect(open.length, 'open sessions').to.be.greaterThan(0);
      for (const session of open) expect(session.querySelector('a[part="register"]'), session.textContent ?? '').to.not.equal(null);
    });
  }
});
