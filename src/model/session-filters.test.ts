import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { demoFeed } from '../../test/helpers.js';
import type { Feed } from './schema.js';
import { filterSessions, foldText, indexSessions, noFilters, searchTextOf, trainingSearchText } from './session-filters.js';
import { sessionEntries } from './sessions.js';

/** The demo feed's first training with its sessions replaced. */
async function feedWithSessions(sessions: Feed['trainings'][number]['sessions']): Promise<Feed> {
  const feed = await demoFeed();
  const [training] = feed.trainings;
  return { ...feed, trainings: [{ ...training!, sessions }] };
}

const search = (feed: Feed, q: string) =>
  filterSessions(indexSessions(sessionEntries(feed), '2020-01-01'), { ...noFilters, q, past: true }).map((item) => item.entry.session.id);

describe('session search', () => {
  it('finds accented places, labels and notes whatever the accents and case typed', async () => {
    const feed = await feedWithSessions([
      { id: 'a', mode: 'in-person', label: 'Groupe Été', place: { city: 'Besançon', region: 'Bourgogne-Franche-Comté' }, dates: [{ start: '2024-03-01' }] },
      { id: 'b', mode: 'in-person', place: { city: 'Saint-Étienne', region: 'Auvergne-Rhône-Alpes' }, note: 'Accès PMR l’après-midi', dates: [{ start: '2024-04-01', label: 'Journée à Évry' }] },
      { id: 'c', mode: 'remote', dates: [{ start: '2024-05-01' }] },
    ]);
    expect(search(feed, 'besancon')).to.deep.equal(['a']);
    expect(search(feed, 'BESANÇON franche')).to.deep.equal(['a']);
    expect(search(feed, 'groupe ete')).to.deep.equal(['a']);
    expect(search(feed, 'saint-etienne')).to.deep.equal(['b']);
    expect(search(feed, "l'apres-midi")).to.deep.equal(['b']);
    expect(search(feed, 'evry')).to.deep.equal(['b']);
    expect(search(feed, 'lyon')).to.deep.equal([]);
  });

  it('gives each session and training the same text as folding all its words at once, however often a word repeats', async () => {
    // Letters with and without accents, decomposed ones, apostrophes of every kind, capitals and spaces.
    const word = fc.string({ unit: fc.constantFrom(...'aAeEéÉèçÇîÎôÔœŒ’‘`´\'- e\u0301o\u0302'.split('')), minLength: 1, maxLength: 12 });
    const [entry] = sessionEntries(await demoFeed());
    fc.assert(
      fc.property(fc.array(fc.record({ city: word, region: word, label: word, title: word }), { minLength: 1, maxLength: 20 }), (places) => {
        for (const { city, region, label, title } of places) {
          const training = { ...entry!.training, title, subtitle: undefined, audience: label };
          const session = { ...entry!.session, label, note: undefined, place: { city, region }, dates: [{ start: '2024-03-01' }] };
          const [item] = indexSessions([{ ...entry!, training, session }], '2024-01-01');
          expect(searchTextOf(item!)).to.equal(foldText([label, city, region].join(' \u0000 ')));
          const { name, kind } = training.provider;
          expect(trainingSearchText(training)).to.equal(foldText([title, name, kind, label].filter(Boolean).join(' \u0000 ')));
        }
      }),
      { numRuns: 200 },
    );
  });
});
