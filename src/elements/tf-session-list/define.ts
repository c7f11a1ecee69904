import { defineElement } from '../define-element.js';
import { TfSessionList } from './tf-session-list.js';

defineElement('tf-session-list', TfSessionList);

declare global {
  interface HTMLElementTagNameMap {
    'tf-session-list': TfSessionList;
  }
}
