import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import darkTheme from '../src/themes/dark.css?inline';
import defaultTheme from '../src/themes/default.css?inline';
import oceanTheme from '../src/themes/partner-ocean.css?inline';
import terracottaTheme from '../src/themes/partner-terracotta.css?inline';
import { demoFeed } from './story-helpers.js';

/**
 * The shipped themes (src/themes/*.css), each on several elements. A real page links the file; here its `:root`
 * rules are scoped to the story's wrapper so that several themes can share the docs page.
 */
function scoped(cssText: string, scope: string): string {
  return cssText
    .replace(/:root/g, scope)
    .replace(/^(\[theme=|:where\()/gm, `${scope} $1`);
}

let storyCount = 0;

function themed(cssText: string, content: TemplateResult): TemplateResult {
  storyCount += 1;
  const scope = `tf-theme-story-${storyCount}`;
  const style = document.createElement('style');
  style.textContent = scoped(cssText, `.${scope}`);
  return html`${style}<div class=${`${scope} theme-story`}>${content}</div>`;
}

interface ThemeArgs {
  theme: 'auto' | 'light' | 'dark';
  lang: 'fr' | 'en';
}

function widgets({ theme, lang }: ThemeArgs): TemplateResult {
  const forced = theme === 'auto' ? undefined : theme;
  return html`<div lang=${lang} style="display: grid; gap: 1.5em; max-width: 60em;">
    <tf-sheet-card training="irts-fc-aller-vers-m1" variant="compact" .feed=${demoFeed} theme=${ifDefined(forced)}></tf-sheet-card>
    <tf-session-list training="praxis-aller-vers-m1" now="2023-09-01" .feed=${demoFeed} theme=${ifDefined(forced)}></tf-session-list>
    <tf-objectives-checklist training="irts-fc-aller-vers-m1" .feed=${demoFeed} theme=${ifDefined(forced)}></tf-objectives-checklist>
    <tf-quiz quiz="positionnement-aller-vers-m1" .feed=${demoFeed} theme=${ifDefined(forced)}></tf-quiz>
    <tf-programme programme="cadrage-aller-vers" .feed=${demoFeed} theme=${ifDefined(forced)}></tf-programme>
  </div>`;
}

const meta: Meta<ThemeArgs> = {
  title: 'Thèmes',
  args: { theme: 'auto', lang: 'fr' },
  argTypes: {
    theme: {
      control: 'inline-radio',
      options: ['auto', 'light', 'dark'],
      description: '`theme` attribute of every element: `auto` (none) follows prefers-color-scheme.',
    },
    lang: { control: 'inline-radio', options: ['fr', 'en'], description: '`lang` of the wrapper.' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Each shipped theme is one plain CSS file of public `--tf-*` custom properties: `<link rel="stylesheet" href="…/themes/partner-ocean.css">`. See docs/theming.md.',
      },
    },
  },
};

export default meta;
type Story = StoryObj<ThemeArgs>;

export const Default: Story = { render: (args) => themed(defaultTheme, widgets(args)) };

export const Dark: Story = {
  render: (args) => themed(darkTheme, widgets(args)),
  parameters: { backgrounds: { default: 'dark' } },
};

export const PartnerOcean: Story = { name: 'Partner « Océan »', render: (args) => themed(oceanTheme, widgets(args)) };

export const PartnerTerracotta: Story = { name: 'Partner « Terracotta »', render: (args) => themed(terracottaTheme, widgets(args)) };

export const PartnerOceanDark: Story = {
  name: 'Partner « Océan », forced dark',
  args: { theme: 'dark' },
  render: (args) => themed(oceanTheme, widgets(args)),
};

export const NoTheme: Story = {
  name: 'No theme file (built-in defaults)',
  render: (args) => widgets(args),
};
