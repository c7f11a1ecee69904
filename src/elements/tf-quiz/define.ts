import { defineElement } from '../define-element.js';
import { TfQuiz } from './tf-quiz.js';

defineElement('tf-quiz', TfQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'tf-quiz': TfQuiz;
  }
}
