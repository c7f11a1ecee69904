import type { StorybookConfig } from '@storybook/web-components-vite';

/** Storybook 10 for web components, with Vite. Our elements use no decorators, so Vite needs no extra transform. */
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Autodocs: each element's page, from the Custom Elements Manifest (see preview.ts).
  addons: ['@storybook/addon-docs'],
  core: { disableTelemetry: true },
  staticDirs: [{ from: '../demo', to: '/demo' }],
};

export default config;
