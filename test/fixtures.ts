import type { Feed } from '../src/model/schema.js';

/** A small valid feed, independent of the demo feed, for tests of loading and error states. */
export function minimalFeed(): Feed {
  return {
    version: 1,
    trainings: [
      {
        id: 'formation-test',
        title: 'Formation de test',
        provider: { name: 'Organisme de test', region: 'Grand Est' },
        objectives: [{ id: 'obj-1', text: 'Comprendre le test' }],
        sessions: [
          { id: 'session-test-1', label: 'Groupe 1', mode: 'in-person', place: { city: 'Metz', region: 'Grand Est' }, dates: [{ start: '2023-10-16', end: '2023-10-17' }] },
        ],
      },
    ],
    quizzes: [],
    programmes: [],
  };
}

/** Serves `body` as a blob URL, the simplest stand-in for a feed URL (no server needed). */
export function feedUrl(body: unknown): string {
  return URL.createObjectURL(new Blob([typeof body === 'string' ? body : JSON.stringify(body)], { type: 'application/json' }));
}
