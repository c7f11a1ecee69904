/**
 * Story-only helpers. `<story-feed-state>` provides any FeedState to the widgets inside it, so that stories can
 * show states a real feed only passes through (loading) or should never reach.
 */
import { ContextProvider } from '@lit/context';
import type { Args, StoryContext } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { feedContext } from '../src/controllers/feed-context.js';
import type { FeedState } from '../src/model/feed-state.js';
import type { Feed } from '../src/model/schema.js';
import demoFeedJson from '../demo/feed.json';

export const demoFeed = demoFeedJson as unknown as Feed;

/** An object that is not a valid feed: stories of the error state. */
export const invalidFeed = { version: 'un', trainings: [{ id: 'x', sessions: [{ dates: ['25 sept. 2023'] }] }] };

class StoryFeedState extends LitElement {
  static override properties = { state: { attribute: false } };
  declare state: FeedState;
  private readonly provider = new ContextProvider(this, { context: feedContext, initialValue: { status: 'loading' } });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('state') && this.state) this.provider.setValue(this.state);
  }

  protected override render(): unknown {
    return html`<slot></slot>`;
  }
}

if (!customElements.get('story-feed-state')) customElements.define('story-feed-state', StoryFeedState);

/** Wraps a widget so that it shows the loading state, forever. */
export function loading(content: unknown): TemplateResult {
  return html`<story-feed-state .state=${{ status: 'loading' } satisfies FeedState}>${content}</story-feed-state>`;
}

/**
 * A story's `render` for `<tag>`, from its args as the manifest describes them (see .storybook/preview.ts): an
 * attribute arg sets the attribute (`true` → present; `false`, `''` or none → absent), a property arg the property,
 * and every event of the manifest shows in the Actions panel. `properties` are set from code, e.g. the demo feed.
 */
export function renderFromArgs(tag: string, properties: Record<string, unknown> = {}) {
  return (args: Args, { argTypes }: StoryContext): HTMLElement => {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(args)) {
      const category = argTypes[name]?.table?.category;
      if (category === 'attributes' && value !== undefined && value !== null && value !== false && value !== '') {
        element.setAttribute(name, value === true ? '' : String(value));
      }
      if (category === 'properties' && value !== undefined) Reflect.set(element, name, value);
    }
    for (const argType of Object.values(argTypes)) {
      const event = (argType.action as { name?: string } | undefined)?.name;
      if (event) element.addEventListener(event, action(event));
    }
    for (const [name, value] of Object.entries(properties)) Reflect.set(element, name, value);
    return element;
  };
}
