/**
 * The theming contract of every widget: `em` sizes that survive `html { font-size: 62.5% }`, light unless asked,
 * dark forced or following the system, public `--tf-*` properties reaching the private tokens, reduced motion, and CSP-safe styles.
 */
import { emulateMedia } from '@web/test-runner-commands';
import { expect, fixture, html } from '@open-wc/testing';
import { sharedStyles } from '../src/styles/shared.styles.js';
import { settle } from './helpers.js';
import {
  container,
  cssTextOf,
  itFor,
  nameOf,
  renderWidget,
  shadowTree,
  stylesOf,
  widgetCases,
  type TokenProbe,
} from './widgets.js';

/** The host page's text colour, which the widgets take in light. */
const pageText = 'rgb(51, 34, 17)'; // #332211
const darkText = 'rgb(236, 237, 240)'; // #ecedf0

/** `1.5rem`, `.5rem`, `2rem`, but not `2em` nor a custom property named `--x-rem`. */
const remUnit = /(?<![\w-])\d*\.?\d+rem\b/g;

describe('theming', () => {
  afterEach(async () => {
    document.documentElement.style.removeProperty('font-size');
    document.body.style.removeProperty('font-size');
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  describe('sizes in em, never rem', () => {
    it('the shared styles use no rem', () => {
      expect(cssTextOf(sharedStyles).match(remUnit) ?? []).to.deep.equal([]);
    });

    for (const widget of widgetCases) {
      itFor(widget, 'styles use no rem', async () => {
        const css = stylesOf(widget.tag);
        expect(css.length, 'styles found').to.be.greaterThan(0);
        expect(css.match(remUnit) ?? [], `rem in <${widget.tag}> static styles`).to.deep.equal([]);
      });

      itFor(widget, 'keeps the host page’s body size under html { font-size: 62.5% }', async () => {
        document.documentElement.style.fontSize = '62.5%';
        document.body.style.fontSize = '16px';
        const element = await renderWidget(widget, 'filled');
        expect(getComputedStyle(element).fontSize).to.equal('16px');
        for (const button of shadowTree(element).filter((node) => node.matches('.button'))) {
          const minHeight = parseFloat(getComputedStyle(button).minHeight);
          // 2.75em of 16px (a 44px touch target), or of a larger text: never of the 10px root.
          expect(minHeight, `${nameOf(button)} min-height`).to.be.at.least(16 * 2.75 - 0.5);
        }
      });
    }

    it('a shared .button is 2.75em high of the host’s size, not of the root’s', async () => {
      document.documentElement.style.fontSize = '62.5%';
      document.body.style.fontSize = '16px';
      const probe = await fixture<TokenProbe>(html`<tf-token-probe></tf-token-probe>`);
      await settle(probe);
      const button = probe.shadowRoot!.querySelector('.button')!;
      expect(getComputedStyle(probe).fontSize).to.equal('16px');
      expect(getComputedStyle(button).minHeight).to.equal('44px');
      expect(button.getBoundingClientRect().height).to.be.at.least(44);
    });
  });

  describe('light and dark', () => {
    for (const widget of widgetCases) {
      itFor(widget, 'light unless asked: theme="dark" forces dark, theme="auto" follows prefers-color-scheme, the page shows through', async () => {
        const wrapper = await container();
        wrapper.style.color = pageText;
        const element = await renderWidget(widget, 'filled', { parent: wrapper });
        const color = () => getComputedStyle(element).color;
        const transparent = 'rgba(0, 0, 0, 0)';

        await emulateMedia({ colorScheme: 'light' });
        expect(color(), 'no theme, light system: the page’s text colour').to.equal(pageText);
        expect(getComputedStyle(element).backgroundColor, 'no background of its own').to.equal(transparent);
        element.setAttribute('theme', 'dark');
        await settle(element);
        expect(color(), 'theme=dark, light system').to.equal(darkText);
        expect(getComputedStyle(element).backgroundColor, 'dark paints no slab either').to.equal(transparent);
        expect(getComputedStyle(element).colorScheme).to.equal('dark');

        await emulateMedia({ colorScheme: 'dark' });
        element.removeAttribute('theme');
        await settle(element);
        expect(color(), 'no theme, dark system: still light').to.equal(pageText);
        expect(getComputedStyle(element).colorScheme).to.equal('light');
        element.setAttribute('theme', 'light');
        await settle(element);
        expect(color(), 'theme=light, dark system').to.equal(pageText);
        element.setAttribute('theme', 'auto');
        await settle(element);
        expect(color(), 'theme=auto, dark system').to.equal(darkText);
        await emulateMedia({ colorScheme: 'light' });
        expect(color(), 'theme=auto, back to a light system').to.equal(pageText);
      });

      itFor(widget, 'the `theme` property reflects to the attribute', async () => {
        const element = (await renderWidget(widget, 'filled')) as HTMLElement & { theme?: string };
        element.theme = 'dark';
        await settle(element);
        expect(element.getAttribute('theme')).to.equal('dark');
        expect(getComputedStyle(element).color).to.equal(darkText);
      });
    }
  });

  describe('public custom properties', () => {
    for (const widget of widgetCases) {
      itFor(widget, 'reads --tf-* set on an ancestor (colours, font, radius)', async () => {
        const wrapper = await container();
        wrapper.style.setProperty('--tf-color-primary', '#004d40');
        wrapper.style.setProperty('--tf-color-text', '#101010');
        wrapper.style.setProperty('--tf-radius', '0');
        wrapper.style.fontFamily = 'Georgia, serif';
        const element = await renderWidget(widget, 'filled', { parent: wrapper });
        const computed = getComputedStyle(element);
        expect(computed.getPropertyValue('--_tf-color-primary').trim()).to.equal('#004d40');
        expect(computed.color).to.equal('rgb(16, 16, 16)');
        // --tf-font-family defaults to inherit: the host page's font, on purpose.
        expect(computed.fontFamily).to.equal('Georgia, serif');
        for (const button of shadowTree(element).filter((node) => node.matches('.button'))) {
          expect(getComputedStyle(button).borderTopLeftRadius, nameOf(button)).to.equal('0px');
        }
      });

      itFor(widget, 'every private --_tf-* token it reads is declared (no typo, no undefined token)', async () => {
        const css = stylesOf(widget.tag);
        const declared = new Set(Array.from(css.matchAll(/(--_tf-[\w-]+)\s*:/g), (match) => match[1]));
        const used = new Set(Array.from(css.matchAll(/var\(\s*(--_tf-[\w-]+)/g), (match) => match[1]));
        expect([...used].filter((token) => !declared.has(token))).to.deep.equal([]);
      });
    }

    it('--tf-font-family, --tf-font-size and --tf-line-height reach the host', async () => {
      const probe = await fixture<TokenProbe>(
        html`<tf-token-probe style="--tf-font-family: Georgia, serif; --tf-font-size: 1.25em; --tf-line-height: 1.8"></tf-token-probe>`,
      );
      await settle(probe);
      const parentSize = parseFloat(getComputedStyle(probe.parentElement!).fontSize);
      const computed = getComputedStyle(probe);
      expect(computed.fontFamily).to.equal('Georgia, serif');
      expect(parseFloat(computed.fontSize)).to.be.closeTo(parentSize * 1.25, 0.01);
      expect(parseFloat(computed.lineHeight)).to.be.closeTo(parentSize * 1.25 * 1.8, 0.1);
    });
  });

  describe('prefers-reduced-motion', () => {
    it('the shared skeleton stops shimmering and transitions take no time', async () => {
      const probe = await fixture<TokenProbe>(html`<tf-token-probe></tf-token-probe>`);
      await settle(probe);
      const skeleton = probe.shadowRoot!.querySelector('.skeleton')!;
      const button = probe.shadowRoot!.querySelector('.button')!;
      await emulateMedia({ reducedMotion: 'no-preference' });
      expect(getComputedStyle(skeleton).animationName).to.equal('tf-shimmer');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(skeleton).animationName).to.equal('none');
      expect(getComputedStyle(button).transitionDuration.split(',').every((duration) => parseFloat(duration) === 0)).to.equal(true);
    });

    for (const widget of widgetCases) {
      itFor(widget, 'nothing moves under reduced motion (loading and filled)', async () => {
        await emulateMedia({ reducedMotion: 'reduce' });
        for (const state of ['loading', 'filled'] as const) {
          const element = await renderWidget(widget, state);
          const moving = shadowTree(element).filter((node) => {
            const style = getComputedStyle(node);
            const animated = style.animationName !== 'none' && style.animationPlayState === 'running';
            const transitionSeconds = style.transitionDuration.split(',').map((duration) => parseFloat(duration));
            return animated || transitionSeconds.some((seconds) => seconds > 0.01);
          });
          expect(moving.map(nameOf), `${state}: animated or transitioned`).to.deep.equal([]);
          if (state === 'loading') expect(shadowTree(element).some((node) => node.matches('.skeleton, [role=status]'))).to.equal(true);
        }
      });
    }
  });

  describe('strict Content-Security-Policy', () => {
    for (const widget of widgetCases) {
      itFor(widget, 'styles are adopted stylesheets: no <style> element in the shadow tree', async () => {
        const element = await renderWidget(widget, 'filled');
        expect(element.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
        expect(shadowTree(element).filter((node) => node.localName === 'style').map(nameOf)).to.deep.equal([]);
      });
    }
  });
});
