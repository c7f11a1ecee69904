/**
 * Shared by the browser tests: the demo feed, waiting for widgets to settle, and accessibility checks.
 * Tests are served from the repository root, so `/demo/feed.json` is the real demo feed.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import type { Feed } from '../src/model/schema.js';

export const demoFeedUrl = '/demo/feed.json';

let demoFeedJson: unknown;

/** A fresh deep copy of the demo feed, for tests that change it. */
export async function demoFeed(): Promise<Feed> {
  demoFeedJson ??= await (await fetch(demoFeedUrl)).json();
  return structuredClone(demoFeedJson) as Feed;
}

/**
 * A `<tag>` with `properties` set before it connects (no "missing feed" flash), in an open-wc fixture (removed
 * after the test), rendered with its feed.
 */
export async function mountWith<K extends keyof HTMLElementTagNameMap>(tag: K, properties: Partial<HTMLElementTagNameMap[K]>): Promise<HTMLElementTagNameMap[K]> {
  const element = document.createElement(tag);
  Object.assign(element, properties);
  await fixture(html`${element}`);
  await settle(element);
  return element;
}

/** Waits until `element` and every Lit element in its shadow tree are rendered, feed loading included. */
export async function settle(element: Element, frames = 2): Promise<void> {
  for (let i = 0; i < frames; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await settleTree(element);
  }
}

async function settleTree(root: Element): Promise<void> {
  const pending: Promise<unknown>[] = [];
  // Each node once: the light tree in one query, then each shadow tree in one query.
  const visit = (node: Element) => {
    const lit = node as Partial<LitElement>;
    if (lit.updateComplete) pending.push(lit.updateComplete);
    node.shadowRoot?.querySelectorAll('*').forEach(visit);
  };
  visit(root);
  root.querySelectorAll('*').forEach(visit);
  await Promise.all(pending);
}

/**
 * A click as a reader's: the real mouse pressed in the middle of `element` (scrolled into view), so that what
 * covers it, what is inert behind a modal dialog, and the focus the press gives all count.
 */
export async function realClick(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

/** Waits until `predicate` holds, checking every 10 ms (timers, not frames: a background test page gets few frames). */
export async function waitUntil(predicate: () => boolean, message = 'condition', timeoutMs = 4000): Promise<void> {
  const started = performance.now();
  while (!predicate()) {
    if (performance.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The text of a shadow root (or element), whitespace collapsed, as a reader would hear it. */
export function textOf(node: Element | ShadowRoot | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The shadow root of `element`, which every widget has open. */
export function shadowOf(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`<${element.localName}> has no open shadow root`);
  return element.shadowRoot;
}

/** axe-core on the element, shadow roots included: zero violations expected. */
export async function expectAccessible(element: Element): Promise<void> {
  await expect(element).to.be.accessible();
}

/** Captures what `run` writes to `console[level]`, and keeps it out of the test log. */
async function captureConsole<T>(level: 'error' | 'warn', run: () => Promise<T>): Promise<{ result: T; messages: string[] }> {
  const messages: string[] = [];
  const original = console[level];
  console[level] = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  try {
    return { result: await run(), messages };
  } finally {
    console[level] = original;
  }
}

/** Captures console.error calls for the duration of `run`. */
export async function captureConsoleErrors<T>(run: () => Promise<T>): Promise<{ result: T; errors: string[] }> {
  const { result, messages } = await captureConsole('error', run);
  return { result, errors: messages };
}

/** Captures console.warn calls (the webmaster's mistakes the widgets work around) for the duration of `run`. */
export async function captureConsoleWarnings<T>(run: () => Promise<T>): Promise<{ result: T; warnings: string[] }> {
  const { result, messages } = await captureConsole('warn', run);
  return { result, warnings: messages };
}

/** Every element of `root`'s shadow tree, nested shadow roots and light children included, in document order. */
export function shadowTree(root: Element): Element[] {
  const found: Element[] = [];
  const visit = (parent: Element | ShadowRoot) => {
    for (const child of Array.from(parent.children)) {
      found.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  if (root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return found;
}

/**
 * Opens every disclosure in `root`'s shadow tree: native `<details>`, and the disclosure buttons that open in place
 * (the session list's « Détails »). Not the filter panel, which tests open by its name when they want it.
 */
export function openEveryDisclosure(root: Element): void {
  for (const node of shadowTree(root)) {
    if (node instanceof HTMLDetailsElement) node.open = true;
    else if (node.matches('button.details-toggle[aria-expanded="false"]')) (node as HTMLButtonElement).click();
  }
}
