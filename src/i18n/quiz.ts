import type { NamespaceStrings } from './translation.js';
import { quiz as fr } from './fr/quiz.js';

/** The `quiz` strings in every language. */
export const quizStrings: NamespaceStrings<'quiz'> = { fr, en: () => import('./en/quiz.js').then((module) => module.quiz) };
