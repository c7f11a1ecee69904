/**
 * Immune to host CSS: every widget embedded in three real-world host pages (demo/hosts/: Bootstrap 5, the DSFR, a
 * hostile WordPress-like theme) overflows nothing, and its controls keep the computed styles and geometry they have
 * on a neutral page with the same column width, font and text colour (the three things inherited on purpose). A
 * page without a doctype (the browser's quirks mode) lays every widget out as the neutral page does.
 */
import { setViewport } from '@web/test-runner-commands';
import { expect } from '@open-wc/testing';
import { nameOf, shadowTree } from './widgets.js';
import { waitUntil } from './helpers.js';
import { frameDocument, frameStyle, hostPages, hostWidgets, matchInheritedContext, openDisclosures, openHostPage, overflowing } from './host-pages.js';

/** The controls compared with the neutral page, and what is compared. */
const controls = 'input, select, textarea, button, summary, label, a, .button';
const comparedProperties = [
  'box-sizing',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-left-width',
  'margin-top',
  'margin-left',
  'text-transform',
  'text-indent',
  'letter-spacing',
  'word-spacing',
  'font-style',
  'font-weight',
  'font-variant-caps',
  'line-height',
  'text-align',
  'white-space',
  'text-shadow',
  'color',
  '-webkit-text-fill-color',
  '-webkit-text-stroke-width',
  'background-color',
  'list-style-type',
] as const;

/**
 * Where `node` is in its widget (whose box is `origin`) and its size: `left top width height`, rounded to the pixel,
 * which absorbs sub-pixel differences in where the column starts.
 */
function placeIn(node: Element, origin: DOMRect): string {
  const rect = node.getBoundingClientRect();
  return [rect.left - origin.left, rect.top - origin.top, rect.width, rect.height].map((value) => Math.round(value)).join(' ');
}

/** Each element of the widget's shadow tree, named, with its place and size in the widget. */
function layoutOf(widget: HTMLElement): string[] {
  const origin = widget.getBoundingClientRect();
  return shadowTree(widget).map((node) => `${nameOf(node)} ${placeIn(node, origin)}`);
}

/** A control's geometry relative to its widget, and its compared computed styles. */
function describeControls(frame: HTMLIFrameElement, widget: HTMLElement): { name: string; facts: Record<string, string> }[] {
  const origin = widget.getBoundingClientRect();
  return shadowTree(widget)
    .filter((node) => node.matches(controls) && node.getBoundingClientRect().width > 0)
    .map((node) => {
      const style = frameStyle(frame, node);
      const facts: Record<string, string> = { geometry: placeIn(node, origin) };
      for (const property of comparedProperties) facts[property] = style.getPropertyValue(property);
      return { name: nameOf(node), facts };
    });
}

describe('host pages (demo/hosts/)', function () {
  this.timeout(60_000);

  before(async () => {
    await setViewport({ width: 1400, height: 1000 });
  });

  afterEach(() => {
    for (const frame of Array.from(document.querySelectorAll('iframe'))) frame.remove();
  });

  for (const width of [1280, 375]) {
    it(`a page without a doctype (quirks mode), ${width} px: every element of every widget has the size and place it has on the neutral page`, async () => {
      const quirks = await openHostPage('quirks', width);
      const neutral = await openHostPage('neutral', width);
      expect(quirks.contentDocument!.compatMode).to.equal('BackCompat');
      await openDisclosures(quirks);
      await openDisclosures(neutral);
      const layout = (frame: HTMLIFrameElement) => hostWidgets(frame).map((widget) => [nameOf(widget), ...layoutOf(widget)]);
      const expected = layout(neutral);
      layout(quirks).forEach((widget, index) => expect(widget, widget[0]).to.deep.equal(expected[index]));
    });
  }

  it('a page without a doctype (quirks mode): the quiz’s items on one page, then its result with the score tables open, as on the neutral page', async () => {
    /** The quiz of `frame`: its items on one page, then its result (unanswered), tables open; the layout of each. */
    const stepLayouts = async (frame: HTMLIFrameElement) => {
      const quiz = hostWidgets(frame).find((widget) => widget.localName === 'tf-quiz')!;
      const buttonNamed = (text: string) => shadowTree(quiz).find((node) => node.localName === 'button' && node.textContent?.trim() === text) as HTMLButtonElement | undefined;
      quiz.setAttribute('layout', 'page');
      await (quiz as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      await waitUntil(() => buttonNamed('Commencer') !== undefined, 'the intro');
      buttonNamed('Commencer')!.click();
      await waitUntil(() => buttonNamed('Voir mon résultat') !== undefined, 'the items', 10_000);
      const items = layoutOf(quiz);
      buttonNamed('Voir mon résultat')!.click();
      await waitUntil(() => shadowTree(quiz).some((node) => node.matches('details.table-details')), 'the whole result', 10_000);
      (shadowTree(quiz).find((node) => node.matches('details.table-details')) as HTMLDetailsElement).open = true;
      await waitUntil(() => shadowTree(quiz).some((node) => node.localName === 'table'), 'the score tables', 10_000);
      await frameDocument(frame).fonts.ready;
      return { items, result: layoutOf(quiz) };
    };
    const quirks = await stepLayouts(await openHostPage('quirks', 1280));
    const neutral = await stepLayouts(await openHostPage('neutral', 1280));
    expect(quirks.items, 'the items').to.deep.equal(neutral.items);
    expect(quirks.result, 'the result').to.deep.equal(neutral.result);
  });

  for (const page of hostPages) {
    for (const width of [1280, 375]) {
      it(`${page}, ${width} px: no element overflows its widget, every disclosure open`, async () => {
        const frame = await openHostPage(page, width);
        await openDisclosures(frame);
        const widgets = hostWidgets(frame);
        expect(widgets.map((widget) => widget.localName)).to.have.length(5);
        for (const widget of widgets) expect(overflowing(widget), `<${widget.localName}> on ${page}`).to.deep.equal([]);
      });
    }

    it(`${page}: the controls keep the styles and geometry they have on a neutral page`, async () => {
      const host = await openHostPage(page, 1280);
      const neutral = await openHostPage('neutral', 1280);
      await matchInheritedContext(neutral, host);
      await openDisclosures(host);
      await openDisclosures(neutral);
      const hostSet = hostWidgets(host);
      const neutralSet = hostWidgets(neutral);
      hostSet.forEach((widget, index) => {
        const reference = describeControls(neutral, neutralSet[index]!);
        const measured = describeControls(host, widget);
        expect(measured.map((control) => control.name), `<${widget.localName}> controls`).to.deep.equal(reference.map((control) => control.name));
        measured.forEach((control, controlIndex) => {
          expect(control.facts, `<${widget.localName}> ${control.name} (#${controlIndex}) on ${page}`).to.deep.equal(reference[controlIndex]!.facts);
        });
      });
    });
  }
});
