/**
 * Feeds for the benchmark, written to bench/.data/ (not committed): a national catalogue of any size (generated
 * trainings with ten sessions each, every region, three years; no quizzes or programmes, so that the figures are
 * the session list's alone), and the demo feed with a 100-item quiz.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const regions = ['Grand Est', 'Hauts-de-France', 'Bourgogne-Franche-Comté', 'Occitanie', 'Bretagne', 'Normandie', 'Île-de-France', 'Auvergne-Rhône-Alpes'];
const cities = ['Metz', 'Lille', 'Besançon', 'Toulouse', 'Rennes', 'Caen', 'Paris', 'Lyon', 'Nancy', 'Amiens', 'Dijon', 'Montpellier'];
const topics = ['Aller vers les publics', 'Travailler en équipe', 'Accueil et écoute', 'Prévention des risques', 'Éthique professionnelle'];
const modes = ['in-person', 'remote', 'blended'];

const dataDir = new URL('.data/', import.meta.url);
const demoFeed = () => JSON.parse(readFileSync(new URL('../demo/feed.json', import.meta.url), 'utf8'));

function catalogue(sessionCount) {
  const perTraining = 10;
  const trainings = [];
  for (let t = 0; t * perTraining < sessionCount; t += 1) {
    const sessions = [];
    for (let s = 0; s < perTraining && t * perTraining + s < sessionCount; s += 1) {
      const n = t * perTraining + s;
      const month = n % 36;
      const start = new Date(Date.UTC(2023 + Math.floor(month / 12), month % 12, (n % 27) + 1));
      const end = new Date(start.getTime() + 86_400_000);
      sessions.push({
        id: `s-${n}`,
        label: `Groupe ${s + 1}`,
        mode: modes[n % modes.length],
        place: { city: cities[n % cities.length], region: regions[n % regions.length] },
        dates: [{ start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) }],
        ...(n % 3 === 0 ? { seats: { total: 12, remaining: n % 13 } } : {}),
      });
    }
    trainings.push({
      id: `t-${t}`,
      title: `${topics[t % topics.length]} – parcours ${t}`,
      provider: { name: `Organisme ${t % 40}`, region: regions[t % regions.length] },
      sessions,
    });
  }
  return { version: 1, trainings, quizzes: [], programmes: [] };
}

/** The demo feed whose first quiz has `count` items, copies of its own with new ids. */
function bigQuiz(count) {
  const feed = demoFeed();
  const [quiz] = feed.quizzes;
  quiz.items = Array.from({ length: count }, (_, index) => ({ ...quiz.items[index % quiz.items.length], id: `item-${index}` }));
  return feed;
}

/** Writes the feeds; returns their URLs on the bench's server, by name. */
export function writeFeeds(sessionCounts) {
  mkdirSync(dataDir, { recursive: true });
  const urls = {};
  for (const count of sessionCounts) {
    writeFileSync(new URL(`catalogue-${count}.json`, dataDir), JSON.stringify(catalogue(count)));
    urls[count] = `/bench/.data/catalogue-${count}.json`;
  }
  writeFileSync(new URL('quiz-100.json', dataDir), JSON.stringify(bigQuiz(100)));
  urls.quiz = '/bench/.data/quiz-100.json';
  return urls;
}
