import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { demoFeed } from './story-helpers.js';

const meta: Meta = {
  title: 'Éléments/tf-feed',
  component: 'tf-feed',
};
export default meta;

type Story = StoryObj;

/** The feed from a URL, shared by two widgets: one request. */
export const FromUrl: Story = {
  render: () => html`<tf-feed src="/demo/feed.json">
    <tf-sheet-card training="apsn-aller-vers-m1" variant="compact" now="2022-02-01"></tf-sheet-card>
    <tf-session-list training="apsn-aller-vers-m1" now="2022-02-01" no-filters></tf-session-list>
  </tf-feed>`,
};

/** The feed inline, for pages that cannot host a JSON file. */
export const Inline: Story = {
  render: () => {
    // Built as DOM: Lit templates cannot bind inside a <script>.
    const provider = document.createElement('tf-feed');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(demoFeed);
    const card = document.createElement('tf-sheet-card');
    card.setAttribute('training', 'praxis-aller-vers-m1');
    card.setAttribute('variant', 'compact');
    card.setAttribute('now', '2023-09-01');
    provider.append(script, card);
    return provider;
  },
};

/** A feed that cannot be loaded: every widget inside says so, in the page's language. */
export const Unreachable: Story = {
  render: () => html`<tf-feed src="/demo/introuvable.json">
    <tf-session-list></tf-session-list>
  </tf-feed>`,
};
