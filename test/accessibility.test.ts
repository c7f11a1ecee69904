/**
 * Accessibility of every widget in the states every one of them goes through (loading, error, filled, English,
 * dark): axe-core with zero violations, and keyboard paths (every control reached, visible focus, no trap).
 * Element-specific states (filters, quiz steps, results) are tested in each element's own test file.
 */
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { expect, fixture, html } from '@open-wc/testing';
import { captureConsoleErrors, expectAccessible, settle } from './helpers.js';
import { container, deepActiveElement, itFor, nameOf, openEveryDisclosure, renderWidget, shadowTree, widgetCases } from './widgets.js';

/** Native and scripted controls a keyboard user must be able to reach. */
const focusableSelector = 'a[href], button, input, select, textarea, summary, [tabindex], [contenteditable="true"]';

/** The controls of the shadow tree that Tab should stop on (one per radio group). */
function tabStops(element: Element): Element[] {
  const radioGroups = new Set<string>();
  return shadowTree(element).filter((node) => {
    if (!node.matches(focusableSelector)) return false;
    if (node.matches(':disabled') || node.getAttribute('tabindex') === '-1') return false;
    if (!node.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions)) return false;
    if (node.matches('[tabindex]') && !node.matches('a[href], button, input, select, textarea, summary') && Number(node.getAttribute('tabindex')) < 0) return false;
    if (node instanceof HTMLInputElement && node.type === 'radio') {
      if (radioGroups.has(node.name)) return false;
      radioGroups.add(node.name);
    }
    return true;
  });
}

/** Whether the focused element shows a focus indicator: an outline, or a box-shadow ring. */
function focusIsVisible(node: Element): boolean {
  const style = getComputedStyle(node);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  return outline || (style.boxShadow !== 'none' && style.boxShadow !== '');
}

describe('accessibility (axe, keyboard)', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const widget of widgetCases) {
    describe(`<${widget.tag}>`, () => {
      for (const state of ['loading', 'error', 'filled'] as const) {
        itFor(widget, `has no axe violation: ${state}`, async () => {
          const element = await renderWidget(widget, state);
          await expectAccessible(element);
        });
      }

      itFor(widget, 'has no axe violation: filled, in English', async () => {
        const element = await renderWidget(widget, 'filled', { parent: await container({ lang: 'en' }) });
        await expectAccessible(element);
      });

      itFor(widget, 'has no axe violation: filled, dark (forced, and auto on a dark system) on a dark page', async () => {
        // Dark is for dark pages: the widget paints no background of its own.
        const darkPage = async () => {
          const page = await container();
          page.style.background = '#101114';
          return page;
        };
        const forced = await renderWidget(widget, 'filled', { parent: await darkPage(), attributes: { theme: 'dark' } });
        await expectAccessible(forced);
        await emulateMedia({ colorScheme: 'dark' });
        const followed = await renderWidget(widget, 'filled', { parent: await darkPage(), attributes: { theme: 'auto' } });
        await expectAccessible(followed);
      });

      itFor(widget, 'has no axe violation: unknown id (the problem message)', async () => {
        // <tf-session-list>'s `training` is optional: an unknown one may show an empty list rather than an alert.
        const names = Object.keys(widget.attributes);
        const ids = Object.fromEntries((names.length ? names : ['training']).map((name) => [name, 'identifiant-inconnu']));
        const { result: element } = await captureConsoleErrors(() => renderWidget(widget, 'filled', { attributes: ids }));
        if (names.length) expect(shadowTree(element).some((node) => node.getAttribute('role') === 'alert'), 'an alert names the problem').to.equal(true);
        await expectAccessible(element);
      });

      itFor(widget, 'keyboard: Tab reaches every control with a visible focus, and leaves the widget (no trap)', async function () {
        this.timeout(30_000);
        const wrapper = await fixture<HTMLDivElement>(html`<div>
          <button id="before" type="button">Avant</button>
          <div id="slot"></div>
          <button id="after" type="button">Après</button>
        </div>`);
        const element = await renderWidget(widget, 'filled', { parent: wrapper.querySelector<HTMLElement>('#slot')! });
        // Open every disclosure first, so that what it hides is part of the path too.
        openEveryDisclosure(element);
        await settle(element);
        const expected = tabStops(element);
        const reached = new Set<Element>();
        const invisible: string[] = [];
        let previous: Element | undefined;
        wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
        for (let presses = 0; presses < 400; presses += 1) {
          await sendKeys({ press: 'Tab' });
          const active = deepActiveElement();
          if (active?.id === 'after') break;
          if (!active || !(element === active || element.contains(active) || shadowTree(element).includes(active))) {
            throw new Error(`focus left for ${active ? nameOf(active) : 'nothing'} before reaching the button after the widget`);
          }
          // A date or month input keeps the focus for each of its fields: only a return after leaving is a loop.
          if (reached.has(active) && active !== previous) throw new Error(`focus came back to ${nameOf(active)} after ${[...reached].map(nameOf).join(' → ')}: a keyboard loop`);
          reached.add(active);
          previous = active;
          if (!focusIsVisible(active) && !invisible.includes(nameOf(active))) invisible.push(nameOf(active));
        }
        expect(deepActiveElement()?.id, 'Tab leaves the widget for the next control').to.equal('after');
        expect(invisible, 'focused without a visible indicator').to.deep.equal([]);
        const missed = expected.filter((node) => !reached.has(node)).map(nameOf);
        expect(missed, 'controls Tab never reached').to.deep.equal([]);

        // And back: Shift+Tab goes through the widget to the control before it.
        await sendKeys({ down: 'Shift' });
        for (let presses = 0; presses < 400 && deepActiveElement()?.id !== 'before'; presses += 1) {
          await sendKeys({ press: 'Tab' });
        }
        await sendKeys({ up: 'Shift' });
        expect(deepActiveElement()?.id, 'Shift+Tab leaves the widget for the previous control').to.equal('before');
      });
    });
  }
});
