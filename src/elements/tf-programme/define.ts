import { defineElement } from '../define-element.js';
import { TfProgramme } from './tf-programme.js';

defineElement('tf-programme', TfProgramme);

declare global {
  interface HTMLElementTagNameMap {
    'tf-programme': TfProgramme;
  }
}
