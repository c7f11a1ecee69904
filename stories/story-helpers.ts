/**
 * Story-only helpers. `<story-feed-state>` provides any FeedState to the widgets inside it, so that stories can
 * show states a real feed only passes through (loading) or should never reach.
 */
import { ContextProvider } from '@lit/context';
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
