import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer, StrictInputType } from 'storybook/internal/types';
import { html } from 'lit';
// Written by `npm run build` (or `cem analyze`, run before `storybook` and `build-storybook`).
import manifest from '../dist/custom-elements.json';

/**
 * The elements' reference (attributes, properties, events, slots, parts, CSS properties and descriptions) comes
 * from the Custom Elements Manifest: stories do not repeat it.
 */
setCustomElementsManifest(manifest);

interface ManifestMember {
  kind?: string;
  name: string;
  attribute?: string;
}

const membersOf = (tag: string): ManifestMember[] =>
  manifest.modules.flatMap((module) => (module.declarations ?? []) as { tagName?: string; members?: ManifestMember[] }[]).find((declaration) => declaration.tagName === tag)?.members ?? [];

/** The manifest's type texts as Storybook types: `'pre' | 'post' | undefined` is a choice of two values. */
function storybookType(text: string): StrictInputType['type'] | undefined {
  const values = [...text.matchAll(/'([^']*)'/g)].map(([, value]) => value as string);
  if (values.length > 0) return { name: 'enum', value: values };
  const kinds = text.split('|').map((kind) => kind.trim()).filter((kind) => kind !== 'undefined' && kind !== 'null');
  if (kinds.length === 1 && ['boolean', 'number', 'string'].includes(kinds[0] as string)) return { name: kinds[0] as 'boolean' | 'number' | 'string' };
  return undefined;
}

/**
 * Controls from the manifest's types; a property that has an attribute is set through its attribute (one control,
 * not two), and the demo feed, given by each story, gets none.
 */
const manifestControls: ArgTypesEnhancer = ({ argTypes, component }) => {
  if (typeof component !== 'string') return argTypes;
  const reflected = new Set(membersOf(component).filter((member) => member.attribute).map((member) => member.name));
  return Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      const category = argType.table?.category;
      if (category === 'properties' && (reflected.has(name) || name === 'feed')) return [name, { ...argType, control: false }];
      if (category !== 'attributes' && category !== 'properties') return [name, argType];
      const type = storybookType(String(argType.table?.type?.summary ?? ''));
      return [name, type ? { ...argType, type } : argType];
    }),
  );
};

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
  },
  // `lang`, the global attribute every widget follows: a choice of the languages the library ships.
  argTypes: { lang: { control: 'inline-radio', options: ['fr', 'en'], table: { category: 'attributes' } } },
  argTypesEnhancers: [manifestControls],
  // Storybook's own page says lang="en"; our readers are French. Stories that show English set lang themselves.
  decorators: [(story) => html`<div lang="fr">${story()}</div>`],
};

export default preview;
