/**
 * Visual regression: screenshots of every element compared with the committed baselines (test/visual/baselines/,
 * tolerance in web-test-runner.config.mjs). Main states: filled with the demo feed (light and dark, 320 and
 * 1280 px), the error message (320 px), and the five elements inside each host page of demo/hosts/ (1280 px).
 * 28 screenshots. After an intended change of the look: `npm run test:update-visuals`, then review the PNGs' diff.
 * Baselines are taken in the project's test browser (Debian Chromium, headless) with reduced motion.
 */
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import { container, renderWidget, widgetCases, type WidgetCase } from './widgets.js';
import { hostPages, openHostPage } from './host-pages.js';
import { settle } from './helpers.js';

/** A fixed day, so that statuses and deadlines never drift. */
const now = '2023-09-01';

async function shoot(widget: WidgetCase, scheme: 'light' | 'dark', width: number, state: 'filled' | 'error'): Promise<void> {
  await setViewport({ width, height: 900 });
  const page = await container();
  // Dark is for dark pages: the widget paints no background of its own.
  if (scheme === 'dark') page.style.cssText = 'background:#101114;color:#ecedf0;padding:8px';
  const attributes: Record<string, string> = { now, ...(scheme === 'dark' ? { theme: 'dark' } : {}) };
  const element = await renderWidget(widget, state, { parent: page, attributes });
  await settle(element);
  await visualDiff(page, `${widget.tag}--${state}--${scheme}--${width}`);
}

describe('visual regression', function () {
  // Large screenshots are slow to compare on a loaded machine.
  this.timeout(60_000);

  before(async () => {
    await emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
  });

  after(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    await setViewport({ width: 800, height: 600 });
  });

  for (const widget of widgetCases) {
    for (const scheme of ['light', 'dark'] as const) {
      for (const width of [320, 1280]) {
        it(`<${widget.tag}> filled, ${scheme}, ${width} px`, async () => {
          await shoot(widget, scheme, width, 'filled');
        });
      }
    }
    it(`<${widget.tag}> error, light, 320 px`, async () => {
      await shoot(widget, 'light', 320, 'error');
    });
  }

  for (const page of hostPages) {
    it(`the five elements in the ${page} host page, 1280 px`, async () => {
      await setViewport({ width: 1300, height: 1000 });
      const frame = await openHostPage(page, 1280, 1600);
      try {
        await visualDiff(frame, `host-${page}--1280`);
      } finally {
        frame.remove();
      }
    });
  }
});
