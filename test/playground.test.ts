/**
 * The theme playground (demo/playground.html) as served with only dist/ built: its presets come from the built
 * theme files (dist/themes/), and the page reflows at 320 px with no horizontal scrolling (WCAG 1.4.10).
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './helpers.js';

async function openPlayground(width: number): Promise<{ frame: HTMLIFrameElement; requests: string[] }> {
  const frame = document.createElement('iframe');
  frame.title = 'Atelier de thèmes';
  frame.style.cssText = `width:${width}px;height:700px;border:0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/demo/playground.html';
  document.body.append(frame);
  await loaded;
  const requests: string[] = [];
  const doc = frame.contentDocument!;
  const primary = () => doc.querySelector<HTMLInputElement>('#colour-primary')?.value ?? '';
  await waitUntil(() => /^#[0-9a-f]{6}$/.test(primary()) && primary() !== '#000000', 'the preset’s colours', 10_000);
  for (const entry of frame.contentWindow!.performance.getEntriesByType('resource')) requests.push(new URL(entry.name).pathname);
  return { frame, requests };
}

describe('the theme playground', function () {
  this.timeout(30_000);

  afterEach(() => {
    for (const frame of Array.from(document.querySelectorAll('iframe'))) frame.remove();
  });

  it('reads its presets from dist/themes/, never from src/', async () => {
    const { frame, requests } = await openPlayground(1000);
    expect(requests.filter((path) => path.includes('/themes/'))).to.include('/dist/themes/default.css');
    expect(requests.filter((path) => path.startsWith('/src/'))).to.deep.equal([]);
    const doc = frame.contentDocument!;
    const select = doc.querySelector<HTMLSelectElement>('#preset')!;
    select.value = 'partner-ocean.css';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => doc.querySelector<HTMLInputElement>('#colour-primary')!.value === '#005f6b', 'the ocean preset', 10_000);
  });

  it('reflows at 320 px: nothing wider than the page, with the longest font stack chosen', async () => {
    const { frame } = await openPlayground(320);
    const doc = frame.contentDocument!;
    const preset = doc.querySelector<HTMLSelectElement>('#preset')!;
    preset.value = 'partner-terracotta.css';
    preset.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => doc.querySelector<HTMLSelectElement>('#font')!.value.includes('Charter'), 'the terracotta font stack', 10_000);
    const root = doc.documentElement;
    expect(root.scrollWidth, 'page scroll width').to.be.at.most(root.clientWidth);
    const wide = Array.from(doc.querySelectorAll('body *'))
      .filter((node) => node.getBoundingClientRect().right > root.clientWidth + 0.5)
      .map((node) => `${node.localName}${node.id ? `#${node.id}` : ''}`);
    expect(wide).to.deep.equal([]);
  });
});
