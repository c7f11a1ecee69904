/**
 * A reader's own text spacing (WCAG 1.4.12, RGAA 10.12) reaches the widgets' text, and nothing is lost: the rules of
 * the usual text-spacing bookmarklet, added to the page as its own CSS, on the hostile theme (whose normal rules on
 * `*` the widgets keep out, host-pages.test.ts) at 320 px, every disclosure open.
 */
import { expect } from '@open-wc/testing';
import { nameOf, shadowTree } from './widgets.js';
import { frameDocument, frameStyle, hostWidgets, openDisclosures, openHostPage, overflowing, widgetsReady } from './host-pages.js';

/** WCAG 1.4.12's values, `!important` as reading tools write them (a normal rule is the page's theme). */
const readerSpacing = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

/** Elements of `widget` that hold text of their own, shown. */
function textElements(frame: HTMLIFrameElement, widget: HTMLElement): Element[] {
  return shadowTree(widget).filter(
    (node) =>
      Array.from(node.childNodes).some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim() !== '') &&
      !node.closest('.visually-hidden') &&
      node.getBoundingClientRect().width > 0 &&
      frameStyle(frame, node).visibility === 'visible',
  );
}

/** Elements that cut their content (overflow hidden or clip) and have more of it than they show. */
function clipped(frame: HTMLIFrameElement, widget: HTMLElement): string[] {
  return shadowTree(widget)
    .filter((node) => {
      const style = frameStyle(frame, node);
      if (node.closest('.visually-hidden') || node.getBoundingClientRect().width === 0) return false;
      if (!['hidden', 'clip'].includes(style.overflowX) && !['hidden', 'clip'].includes(style.overflowY)) return false;
      return node.scrollWidth > node.clientWidth + 1 || (node.scrollHeight > node.clientHeight + 1 && style.webkitLineClamp === 'none');
    })
    .map((node) => `${nameOf(node)} ${node.scrollWidth}×${node.scrollHeight} in ${node.clientWidth}×${node.clientHeight}`);
}

const near = (actual: string, expected: number) => Math.abs(parseFloat(actual) - expected) < 0.05;

describe('a reader’s text spacing (WCAG 1.4.12)', function () {
  this.timeout(60_000);

  afterEach(() => {
    for (const frame of Array.from(document.querySelectorAll('iframe'))) frame.remove();
  });

  it('the hostile theme at 320 px with the reader’s spacing: every widget’s text takes it, nothing sticks out or is cut', async () => {
    const frame = await openHostPage('hostile', 320, 2000);
    const style = frameDocument(frame).createElement('style');
    style.textContent = readerSpacing;
    frameDocument(frame).head.append(style);
    await openDisclosures(frame);
    await widgetsReady(frame);
    const widgets = hostWidgets(frame);
    expect(widgets).to.have.length(5);
    for (const widget of widgets) {
      const hostStyle = frameStyle(frame, widget);
      expect(near(hostStyle.lineHeight, 1.5 * parseFloat(hostStyle.fontSize)), `<${widget.localName}> line-height ${hostStyle.lineHeight}`).to.equal(true);
      const texts = textElements(frame, widget);
      expect(texts.length, `<${widget.localName}> text`).to.be.above(3);
      const fontSize = parseFloat(hostStyle.fontSize);
      expect(near(hostStyle.letterSpacing, 0.12 * fontSize) && near(hostStyle.wordSpacing, 0.16 * fontSize), `<${widget.localName}> spacing`).to.equal(true);
      // The shadow tree inherits the spacing as the element computes it, a length (the reader's rule on `*` does
      // not reach inside to scale it with each font size).
      const missed = texts
        .filter((node) => {
          const { letterSpacing, wordSpacing } = frameStyle(frame, node);
          // A short uppercase label keeps its own tracking, wider than the text around it.
          return !node.matches('.eyebrow') && (letterSpacing !== hostStyle.letterSpacing || wordSpacing !== hostStyle.wordSpacing);
        })
        .map((node) => `${nameOf(node)} ${frameStyle(frame, node).letterSpacing} / ${frameStyle(frame, node).wordSpacing}`);
      expect(missed, `<${widget.localName}>: text without the reader's spacing`).to.deep.equal([]);
      expect(overflowing(widget), `<${widget.localName}> sticks out`).to.deep.equal([]);
      expect(clipped(frame, widget), `<${widget.localName}> cut`).to.deep.equal([]);
    }
  });

  it('a spacing the webmaster set on the element itself is kept', async () => {
    const frame = await openHostPage('neutral', 800);
    const [widget] = hostWidgets(frame);
    const parent = widget!.parentElement!;
    const copy = frameDocument(frame).createElement(widget!.localName);
    copy.style.lineHeight = '2';
    parent.append(copy);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(copy.style.lineHeight).to.equal('2');
    expect(copy.style.letterSpacing, 'what the webmaster left unset').to.equal('normal');
  });
});
