import { createContext } from '@lit/context';
import type { FeedState } from '../model/feed-state.js';

/**
 * Registered with `Symbol.for`, so that a `<tf-feed>` from one copy of the library still feeds widgets defined by
 * another copy on the same page (two bundles, two versions): the key is the same symbol in both.
 */
export const feedContext = createContext<FeedState>(Symbol.for('training-feed-widgets/feed'));
