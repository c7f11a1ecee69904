/**
 * The host pages of demo/hosts/ (Bootstrap 5, DSFR, a hostile WordPress-like theme, and a neutral page with no CSS)
 * loaded in iframes of the test page, as a webmaster's reader would see them: the built drop-in, the demo feed.
 * Shared by the host-page tests and the visual baselines. Needs `dist/` (npm test builds it first).
 */
import { waitUntil } from './helpers.js';
import { nameOf, openEveryDisclosure, scrollsInside, shadowTree } from './widgets.js';

export const hostPages = ['bootstrap', 'dsfr', 'hostile'] as const;
/** `quirks`: the neutral page without its doctype, made by the test server (web-test-runner.config.mjs). */
export type HostPage = (typeof hostPages)[number] | 'neutral' | 'quirks';

/** Loads `demo/hosts/<page>.html` in an iframe `width` × `height` CSS px and waits for its widgets and fonts. */
export async function openHostPage(page: HostPage, width: number, height = 900): Promise<HTMLIFrameElement> {
  const built = await fetch('/dist/training-feed-widgets.js', { method: 'HEAD' });
  if (!built.ok) throw new Error('dist/training-feed-widgets.js is missing: run `npm run build` first (npm test does).');
  const frame = document.createElement('iframe');
  frame.title = `Page hôte ${page}`;
  frame.style.cssText = `width:${width}px;height:${height}px;border:0;display:block`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/demo/hosts/${page}.html`;
  document.body.append(frame);
  await loaded;
  await widgetsReady(frame);
  return frame;
}

/** The five widgets of a host page, in page order. */
export function hostWidgets(frame: HTMLIFrameElement): HTMLElement[] {
  return Array.from(frameDocument(frame).querySelectorAll<HTMLElement>('[data-host-widgets] > *'));
}

export function frameDocument(frame: HTMLIFrameElement): Document {
  if (!frame.contentDocument) throw new Error('host page not loaded');
  return frame.contentDocument;
}

export function frameStyle(frame: HTMLIFrameElement, element: Element): CSSStyleDeclaration {
  return frame.contentWindow!.getComputedStyle(element);
}

/** Every widget rendered (no skeleton left), custom elements defined, web fonts loaded. */
export async function widgetsReady(frame: HTMLIFrameElement): Promise<void> {
  const doc = frameDocument(frame);
  await waitUntil(() => {
    const widgets = hostWidgets(frame);
    return (
      widgets.length === 5 &&
      widgets.every((widget) => {
        const tree = shadowTree(widget);
        return tree.length > 0 && !tree.some((node) => node.classList.contains('skeleton') || node.getAttribute('aria-busy') === 'true');
      })
    );
  }, `${frame.src} widgets`, 15_000);
  await doc.fonts.ready;
}

/** Opens every disclosure of every widget (the filter panel, session details), identically on every page. */
export async function openDisclosures(frame: HTMLIFrameElement): Promise<void> {
  for (const widget of hostWidgets(frame)) {
    openEveryDisclosure(widget);
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
  await widgetsReady(frame);
}

/**
 * Makes the neutral page a fair reference for `host`: the same column width, and the three things the widgets
 * inherit from the page on purpose (font family with the host's web fonts, font size, text colour).
 */
export async function matchInheritedContext(neutral: HTMLIFrameElement, host: HTMLIFrameElement): Promise<void> {
  const [first] = hostWidgets(host);
  if (!first) throw new Error('no widget on the host page');
  const parent = first.parentElement!.localName === 'tf-feed' ? first.parentElement!.parentElement! : first.parentElement!;
  const inherited = frameStyle(host, parent);
  const neutralDoc = frameDocument(neutral);
  const fontFaces = Array.from(frameDocument(host).styleSheets).flatMap((sheet) => {
    try {
      return Array.from(sheet.cssRules)
        .filter((rule): rule is CSSFontFaceRule => rule.constructor.name === 'CSSFontFaceRule')
        .map((rule) => rule.cssText.replace(/url\("?([^")]+)"?\)/g, (_, url: string) => `url("${new URL(url, sheet.href ?? frameDocument(host).baseURI).href}")`));
    } catch {
      return [];
    }
  });
  const style = neutralDoc.createElement('style');
  style.textContent = fontFaces.join('\n');
  neutralDoc.head.append(style);
  const main = neutralDoc.querySelector('main')!;
  main.style.width = `${first.getBoundingClientRect().width}px`;
  main.style.fontFamily = inherited.fontFamily;
  main.style.fontSize = inherited.fontSize;
  main.style.color = inherited.color;
  await new Promise((resolve) => setTimeout(resolve, 50));
  await widgetsReady(neutral);
}

/** Elements that stick out of their widget sideways (a region that scrolls on its own is allowed). */
export function overflowing(widget: HTMLElement): string[] {
  const box = widget.getBoundingClientRect();
  const problems: string[] = [];
  if (widget.scrollWidth > widget.clientWidth + 0.5) problems.push(`<${widget.localName}> scrollWidth ${widget.scrollWidth} > ${widget.clientWidth}`);
  for (const node of shadowTree(widget)) {
    const rect = node.getBoundingClientRect();
    if (rect.width === 0 || node.closest('.visually-hidden') || scrollsInside(node, widget)) continue;
    if (rect.left < box.left - 0.5 || rect.right > box.right + 0.5) {
      problems.push(`${nameOf(node)} [${Math.round(rect.left)}, ${Math.round(rect.right)}] outside [${Math.round(box.left)}, ${Math.round(box.right)}]`);
    }
  }
  return problems;
}
