import { defineElement } from '../define-element.js';
import { TfObjectivesChecklist } from './tf-objectives-checklist.js';

defineElement('tf-objectives-checklist', TfObjectivesChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'tf-objectives-checklist': TfObjectivesChecklist;
  }
}
