/**
 * Shared by the learner-data tests of `<tf-quiz>` and `<tf-objectives-checklist>`: storage that fails as browsers
 * make it fail, another tab writing the same record, and a feed whose ids are named like Object.prototype members.
 */
import type { Feed } from '../src/model/schema.js';

/** How `localStorage.setItem` fails: a full quota, or storage refused (old private browsing, some sandboxes). */
export const setItemFailures = ['QuotaExceededError', 'SecurityError'] as const;

/** Runs `run` while `localStorage.setItem` throws `name`, as the browser does; reading and erasing still work. */
export async function withFailingSetItem<T>(name: (typeof setItemFailures)[number], run: () => Promise<T>): Promise<T> {
  const { setItem } = Storage.prototype;
  Storage.prototype.setItem = () => {
    throw new DOMException(name === 'QuotaExceededError' ? 'The quota has been exceeded.' : 'The operation is insecure.', name);
  };
  try {
    return await run();
  } finally {
    Storage.prototype.setItem = setItem;
  }
}

/**
 * The `storage` event another tab's save of `key` fires on this page, for what a second widget of this page just
 * wrote (the browser fires none in the page that writes).
 */
export function storageEventFromAnotherTab(key: string): void {
  window.dispatchEvent(new StorageEvent('storage', { key, newValue: localStorage.getItem(key), url: location.href, storageArea: localStorage }));
}

/**
 * Writes `value` under `key` as another tab of this origin would: through a same-origin frame, so that the browser
 * itself fires the `storage` event on this page. Resolves once that event has arrived.
 */
export async function writeFromAnotherTab(key: string, value: string): Promise<void> {
  const frame = document.createElement('iframe');
  frame.hidden = true;
  document.body.append(frame);
  try {
    const arrived = new Promise<StorageEvent>((resolve) => {
      const listener = (event: StorageEvent) => {
        if (event.key !== key) return;
        window.removeEventListener('storage', listener);
        resolve(event);
      };
      window.addEventListener('storage', listener);
    });
    frame.contentWindow!.localStorage.setItem(key, value);
    await arrived;
  } finally {
    frame.remove();
  }
}

/** Ids and languages named like Object.prototype members, as a hostile or unlucky feed may have them. */
export const prototypeNames = ['constructor', 'toString', 'hasOwnProperty', 'valueOf'] as const;

/**
 * A training `constructor` whose objectives are named like Object.prototype members, a programme `valueOf`, and a
 * quiz `quizId` whose items, options, objectives, sequences and band recommendations are too.
 */
export function prototypeNamedFeed(quizId: string): Feed {
  return {
    version: 1,
    trainings: [
      {
        id: 'constructor',
        title: 'Formation constructor',
        provider: { name: 'Organisme de test' },
        url: 'https://example.org/constructor',
        programme: 'valueOf',
        module: 'toString',
        objectives: [
          { id: 'constructor', text: 'Objectif constructor' },
          { id: 'toString', text: 'Objectif toString' },
          { id: 'hasOwnProperty', text: 'Objectif hasOwnProperty' },
          { id: 'valueOf', text: 'Objectif valueOf' },
        ],
        sessions: [],
      },
    ],
    programmes: [
      {
        id: 'valueOf',
        title: 'Programme valueOf',
        modules: [
          {
            id: 'toString',
            number: 1,
            title: 'Module toString',
            sequences: [
              { id: 'constructor', number: 1, title: 'Séquence constructor' },
              { id: 'toString', number: 2, title: 'Séquence toString' },
            ],
          },
        ],
      },
    ],
    quizzes: [
      {
        id: quizId,
        title: 'Questionnaire aux noms hostiles',
        training: 'constructor',
        programme: 'valueOf',
        items: [
          {
            id: 'constructor',
            type: 'single',
            prompt: 'Première question',
            objectives: ['constructor'],
            sequences: ['toString'],
            options: [
              { id: 'toString', label: 'Réponse juste', correct: true },
              { id: 'valueOf', label: 'Réponse fausse' },
              { id: 'hasOwnProperty', label: 'Autre réponse' },
            ],
          },
          { id: 'toString', type: 'true-false', prompt: 'Deuxième question', answer: true, objectives: ['toString'], sequences: ['constructor'] },
          {
            id: 'hasOwnProperty',
            type: 'multiple',
            prompt: 'Troisième question',
            objectives: ['hasOwnProperty'],
            options: [
              { id: 'constructor', label: 'Choix un', correct: true },
              { id: 'toString', label: 'Choix deux', correct: true },
              { id: 'valueOf', label: 'Choix trois' },
            ],
          },
          { id: 'valueOf', type: 'text', prompt: 'Vos remarques' },
        ],
        bands: [
          {
            min: 0,
            title: 'À reprendre',
            recommendations: [
              { text: 'Suivre la formation', training: 'constructor' },
              { text: 'Revoir la séquence', sequence: 'toString' },
            ],
          },
          { min: 80, title: 'Acquis' },
        ],
      },
    ],
  };
}
