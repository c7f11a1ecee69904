/**
 * WCAG 2.2 AA contrast of every shipped theme and of the built-in defaults, light and dark (RGAA 3.2, 3.3):
 * text ≥ 4.5:1, borders and the focus ring ≥ 3:1. Ratios are computed in `./contrast.ts`.
 */
import { emulateMedia } from '@web/test-runner-commands';
import { expect, fixture, html } from '@open-wc/testing';
import { contrastFailures, contrastRatio, type Palette } from './contrast.js';
import { settle } from './helpers.js';
import { colourTokens, privatePalette, type TokenProbe } from './widgets.js';

/** Every file of src/themes/ (a new theme must be added here, and so is tested). */
const themeFiles = ['default.css', 'dark.css', 'partner-ocean.css', 'partner-terracotta.css'];

interface ColourBlock {
  selector: string;
  palette: Palette;
}

/** The rule blocks of a theme that set colours (innermost blocks: a rule inside @media keeps its own selector). */
function colourBlocks(cssText: string): ColourBlock[] {
  const withoutComments = cssText.replace(/\/\*[\s\S]*?\*\//g, '');
  const blocks: ColourBlock[] = [];
  for (const [, selector = '', body = ''] of withoutComments.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const palette: Palette = {};
    for (const [, name = '', value = ''] of body.matchAll(/--tf-color-([\w-]+)\s*:\s*([^;]+);/g)) palette[name] = value.trim();
    if (Object.keys(palette).length > 0) blocks.push({ selector: selector.trim().replace(/\s+/g, ' '), palette });
  }
  return blocks;
}

async function themeText(file: string): Promise<string> {
  const response = await fetch(`/src/themes/${file}`);
  expect(response.ok, `/src/themes/${file} is served`).to.equal(true);
  return response.text();
}

async function renderProbe(theme?: 'light' | 'dark' | 'auto'): Promise<TokenProbe> {
  const probe = await fixture<TokenProbe>(html`<tf-token-probe theme=${theme ?? ''}></tf-token-probe>`);
  if (!theme) probe.removeAttribute('theme');
  await settle(probe);
  return probe;
}

async function withTheme<T>(file: string, run: () => Promise<T>): Promise<T> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = `/src/themes/${file}`;
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = reject;
  });
  document.head.append(link);
  await loaded;
  try {
    return await run();
  } finally {
    link.remove();
  }
}

describe('contrast (WCAG 2.2 AA)', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
  });

  it('computes WCAG ratios like the reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).to.be.closeTo(21, 0.001);
    expect(contrastRatio('#ffffff', '#ffffff')).to.equal(1);
    expect(contrastRatio('#767676', '#ffffff')).to.be.closeTo(4.54, 0.01);
    expect(contrastRatio('rgb(0, 0, 255)', '#fff')).to.be.closeTo(8.59, 0.01);
  });

  describe('built-in defaults (read from a rendered element)', () => {
    it('light: every pair passes', async () => {
      await emulateMedia({ colorScheme: 'light' });
      const palette = privatePalette(await renderProbe());
      expect(palette.surface).to.match(/^#|^rgb/);
      expect(contrastFailures(palette)).to.deep.equal([]);
    });

    it('dark (theme="dark"): every pair passes', async () => {
      const palette = privatePalette(await renderProbe('dark'));
      expect(contrastFailures(palette)).to.deep.equal([]);
    });

    it('dark (theme="auto" on a dark system): every pair passes, same values as theme="dark"; no theme stays light', async () => {
      const forced = privatePalette(await renderProbe('dark'));
      await emulateMedia({ colorScheme: 'dark' });
      const followed = privatePalette(await renderProbe('auto'));
      expect(followed).to.deep.equal(forced);
      expect(contrastFailures(followed)).to.deep.equal([]);
      expect(privatePalette(await renderProbe()).surface, 'no theme on a dark system').to.equal('#ffffff');
    });
  });

  for (const file of themeFiles) {
    describe(`src/themes/${file}`, () => {
      it('sets every colour token in each colour block, and every pair passes', async () => {
        const blocks = colourBlocks(await themeText(file));
        expect(blocks.length, 'colour blocks').to.be.greaterThan(0);
        for (const { selector, palette } of blocks) {
          // A partial palette would mix with the defaults of the other scheme: each block must be complete.
          expect(Object.keys(palette).sort(), `${file} ${selector}`).to.deep.equal([...colourTokens].sort());
          expect(contrastFailures(palette), `${file} ${selector}`).to.deep.equal([]);
        }
      });

      it('reaches the widgets: the computed private tokens pass, light and dark, followed and forced', async () => {
        await withTheme(file, async () => {
          for (const scheme of ['light', 'dark'] as const) {
            await emulateMedia({ colorScheme: scheme });
            for (const theme of [undefined, 'light', 'dark', 'auto'] as const) {
              const palette = privatePalette(await renderProbe(theme));
              expect(contrastFailures(palette), `${file}, prefers ${scheme}, theme=${theme ?? '(none)'}`).to.deep.equal([]);
            }
          }
          // The theme really applies: the surface is the file's own.
          await emulateMedia({ colorScheme: 'light' });
          const [first] = colourBlocks(await themeText(file));
          expect(privatePalette(await renderProbe()).surface).to.equal(first?.palette.surface);
        });
      });
    });
  }

  it('themes are light unless asked: theme="auto" on a dark system and theme="dark" give their dark palette', async () => {
    for (const file of ['default.css', 'partner-ocean.css', 'partner-terracotta.css']) {
      const blocks = colourBlocks(await themeText(file));
      const light = blocks.find((block) => block.selector.startsWith(':root,'))?.palette;
      const dark = blocks.find((block) => block.selector.includes("[theme='dark']"))?.palette;
      expect(light && dark, `${file} has a light and a dark block`).to.be.ok;
      await withTheme(file, async () => {
        await emulateMedia({ colorScheme: 'dark' });
        expect(privatePalette(await renderProbe()).surface, `${file} prefers dark, no theme`).to.equal(light?.surface);
        expect(privatePalette(await renderProbe('auto')).surface, `${file} prefers dark, theme=auto`).to.equal(dark?.surface);
        expect(privatePalette(await renderProbe('light')).surface, `${file} theme=light`).to.equal(light?.surface);
        await emulateMedia({ colorScheme: 'light' });
        expect(privatePalette(await renderProbe('auto')).surface, `${file} prefers light, theme=auto`).to.equal(light?.surface);
        expect(privatePalette(await renderProbe('dark')).surface, `${file} theme=dark`).to.equal(dark?.surface);
      });
    }
  });
});
