import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
  },
  // Storybook's own page says lang="en"; our readers are French. Stories that show English set lang themselves.
  decorators: [(story) => html`<div lang="fr">${story()}</div>`],
};

export default preview;
