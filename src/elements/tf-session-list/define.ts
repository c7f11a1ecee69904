import { defineElement } from '../define-element.js';
import { prepareTitleOrder } from '../../model/sessions.js';
import { TfSessionList } from './tf-session-list.js';

defineElement('tf-session-list', TfSessionList);
// The list orders titles with a collator, whose making is the first page's dearest step on a page that has none yet
// (ICU's data: tens of milliseconds on a phone): made while the browser is idle, the feed still on its way (where
// there are idle callbacks; elsewhere on first use).
globalThis.requestIdleCallback?.(prepareTitleOrder);

declare global {
  interface HTMLElementTagNameMap {
    'tf-session-list': TfSessionList;
  }
}
