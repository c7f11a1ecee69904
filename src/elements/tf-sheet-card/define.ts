import { defineElement } from '../define-element.js';
import { TfSheetCard } from './tf-sheet-card.js';

defineElement('tf-sheet-card', TfSheetCard);

declare global {
  interface HTMLElementTagNameMap {
    'tf-sheet-card': TfSheetCard;
  }
}
