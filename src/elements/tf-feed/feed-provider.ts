import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextEvent } from '@lit/context';
import { feedContext } from '../../controllers/feed-context.js';
import type { FeedState } from '../../model/feed-state.js';

type Callback = (value: FeedState, unsubscribe?: () => void) => void;
type ProviderEvent = Event & { context?: unknown; contextTarget?: EventTarget };

/**
 * `<tf-feed>`'s side of the context protocol, as @lit/context's `ContextProvider` does it for this one context:
 * answers its descendants' `context-request` events with the feed state and keeps subscribers up to date; when it
 * connects, says so (`context-provider`), so that a `ContextRoot` replays the requests made before it was defined
 * and an outer provider hands over the subscribers below it. Here rather than Lit's class because a module only
 * `<tf-feed>` uses would otherwise sit in the shared chunk that every page downloads (the package's one entry point
 * re-exports it beside the consumer that every widget needs).
 */
export class FeedProvider implements ReactiveController {
  private value: FeedState = { status: 'loading' };
  private readonly subscriptions = new Map<Callback, { unsubscribe: () => void; consumer: Element }>();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addEventListener('context-request', this.onContextRequest);
    host.addEventListener('context-provider', this.onProviderRequest);
    host.addController(this);
  }

  setValue(value: FeedState): void {
    if (Object.is(value, this.value)) return;
    this.value = value;
    for (const [callback, { unsubscribe }] of this.subscriptions) callback(value, unsubscribe);
  }

  hostConnected(): void {
    const event: ProviderEvent = new Event('context-provider', { bubbles: true, composed: true });
    event.context = feedContext;
    event.contextTarget = this.host;
    this.host.dispatchEvent(event);
  }

  private readonly onContextRequest = (request: Event): void => {
    const event = request as ContextEvent<typeof feedContext>;
    if (event.context !== feedContext) return;
    const consumer = (event.contextTarget ?? event.composedPath()[0]) as Element;
    if (consumer === this.host) return;
    event.stopPropagation();
    const callback = event.callback as Callback;
    if (!event.subscribe) {
      callback(this.value);
      return;
    }
    let subscription = this.subscriptions.get(callback);
    if (!subscription) {
      subscription = { unsubscribe: () => this.subscriptions.delete(callback), consumer };
      this.subscriptions.set(callback, subscription);
    }
    callback(this.value, subscription.unsubscribe);
  };

  /** A provider connected below: the subscribers it now stands closer to ask again, and it answers them. */
  private readonly onProviderRequest = (request: Event): void => {
    const event = request as ProviderEvent;
    if (event.context !== feedContext) return;
    const child = event.contextTarget ?? event.composedPath()[0];
    if (child === this.host) return;
    const seen = new Set<Callback>();
    for (const [callback, { consumer }] of this.subscriptions) {
      if (seen.has(callback)) continue;
      seen.add(callback);
      consumer.dispatchEvent(new ContextEvent(feedContext, consumer, callback, true));
    }
    event.stopPropagation();
  };
}
