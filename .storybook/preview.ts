import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer, StrictInputType } from 'storybook/internal/types';
import { html } from 'lit';
import { elements } from '../src/elements.js';
// Written by `npm run build` (or `cem analyze`, run before `storybook` and `build-storybook`).
import manifest from '../dist/custom-elements.json';

/**
 * The elements' reference (attributes, properties, events, slots, parts, CSS properties and descriptions) comes
 * from the Custom Elements Manifest: stories do not repeat it.
 */
setCustomElementsManifest(manifest);

interface ManifestAttribute {
  name: string;
  description?: string;
  type?: { text?: string };
  default?: string;
}

interface ManifestDeclaration {
  tagName?: string;
  attributes?: ManifestAttribute[];
  members?: { name: string; attribute?: string }[];
}

const declarationOf = (tag: string): ManifestDeclaration | undefined =>
  manifest.modules.flatMap((module) => (module.declarations ?? []) as ManifestDeclaration[]).find((declaration) => declaration.tagName === tag);

/** The manifest's type texts as Storybook types: `'pre' | 'post' | undefined` is a choice of two values. */
function storybookType(text: string): StrictInputType['type'] | undefined {
  const values = [...text.matchAll(/'([^']*)'/g)].map(([, value]) => value as string);
  if (values.length > 0) return { name: 'enum', value: values };
  const kinds = text.split('|').map((kind) => kind.trim()).filter((kind) => kind !== 'undefined' && kind !== 'null');
  if (kinds.length === 1 && ['boolean', 'number', 'string'].includes(kinds[0] as string)) return { name: kinds[0] as 'boolean' | 'number' | 'string' };
  return undefined;
}

/**
 * Controls from the manifest's types. Storybook lists attributes, parts, slots… under one name space, so a part
 * named like an attribute (`<tf-programme>`'s part `programme`) would hide the attribute: the attribute keeps the
 * name, the other entry is listed as `part:programme`. A property that has an attribute is set through its
 * attribute (one control, not two), and the demo feed, given by each story, gets none.
 */
const manifestControls: ArgTypesEnhancer = ({ argTypes, component }) => {
  const declaration = typeof component === 'string' ? declarationOf(component) : undefined;
  if (!declaration) return argTypes;
  const entries = { ...argTypes };
  for (const attribute of declaration.attributes ?? []) {
    const taken = entries[attribute.name];
    if (!taken || taken.table?.category === 'attributes') continue;
    entries[`${taken.table?.category ?? 'other'}:${attribute.name}`] = taken;
    entries[attribute.name] = {
      ...taken,
      name: attribute.name,
      description: attribute.description ?? '',
      type: { name: 'string' },
      table: { category: 'attributes', type: { summary: attribute.type?.text ?? 'string' }, defaultValue: { summary: attribute.default } },
    };
  }
  const reflected = new Set((declaration.members ?? []).filter((member) => member.attribute).map((member) => member.name));
  return Object.fromEntries(
    Object.entries(entries).map(([name, argType]) => {
      const category = argType.table?.category;
      if (category === 'properties' && (reflected.has(name) || name === 'feed')) return [name, { ...argType, control: false }];
      if (category !== 'attributes' && category !== 'properties') return [name, argType];
      const type = storybookType(String(argType.table?.type?.summary ?? ''));
      return [name, type ? { ...argType, type } : argType];
    }),
  );
};

const preview: Preview = {
  // Every element, defined once from the one list of tags (src/elements.ts): stories need no define imports.
  beforeAll: async () => {
    await Promise.all(elements.map(({ load }) => load()));
  },
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
  },
  // `lang` (documented by the manifest) as a choice of the languages the library ships.
  argTypes: { lang: { control: 'inline-radio', options: ['fr', 'en'] } },
  argTypesEnhancers: [manifestControls],
  // Storybook's own page says lang="en"; our readers are French. Stories that show English set lang themselves.
  decorators: [(story) => html`<div lang="fr">${story()}</div>`],
};

export default preview;
