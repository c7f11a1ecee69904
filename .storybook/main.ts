import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * package.json says the sources have no side effects (bundlers of the published package drop what they do not
 * use), but each element's `define.ts` exists for its side effect: registering the tag. Storybook bundles the
 * sources, so it is told to keep them.
 */
const defineModulesRegisterTags = {
  name: 'define-modules-register-tags',
  transform(code: string, id: string) {
    return /[\\/]src[\\/]elements[\\/][\w-]+[\\/]define\.ts$/.test(id) ? { code, map: null, moduleSideEffects: true } : undefined;
  },
};

/** Storybook 10 for web components, with Vite. Our elements use no decorators, so Vite needs no extra transform. */
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Autodocs: each element's page, from the Custom Elements Manifest (see preview.ts).
  addons: ['@storybook/addon-docs'],
  core: { disableTelemetry: true },
  staticDirs: [{ from: '../demo', to: '/demo' }],
  viteFinal: (viteConfig) => ({ ...viteConfig, plugins: [...(viteConfig.plugins ?? []), defineModulesRegisterTags] }),
};

export default config;
