import { defineElement } from '../define-element.js';
import { TfFeed } from './tf-feed.js';

defineElement('tf-feed', TfFeed);

declare global {
  interface HTMLElementTagNameMap {
    'tf-feed': TfFeed;
  }
}
