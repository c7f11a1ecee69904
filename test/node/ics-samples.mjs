/**
 * Calendar files to check: one per session of the demo feed, and one made of hostile text. Shared by
 * test/node/ics.test.mjs and by `node test/node/ics-samples.mjs DIR`, which writes them to DIR for the validators
 * run by hand (docs/security.md).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const texts = { remote: 'À distance', provider: 'Organisme', registration: 'Inscription', more: 'En savoir plus' };
const stamp = new Date('2023-09-01T08:00:00Z');

export function demoCalendars({ parseFeed, sessionCalendar }) {
  const result = parseFeed(JSON.parse(readFileSync(new URL('../../demo/feed.json', import.meta.url), 'utf8')));
  assertOk(result);
  return result.feed.trainings.flatMap((training) =>
    training.sessions.map((session) => ({
      label: `${training.id}/${session.id}`,
      ics: sessionCalendar({ training, session, url: training.url, registrationUrl: session.registrationUrl, texts, stamp }),
    })),
  );
}

export function hostileCalendar({ parseFeed, sessionCalendar }) {
  const result = parseFeed({
    version: 1,
    quizzes: [],
    programmes: [],
    trainings: [{
      id: 'hostile',
      title: 'Formation\r\u0000à risque\u0007, avec ;\\ et tabulation\tici',
      provider: { name: 'Organisme "test"\u001b', email: 'contact@example.org' },
      sessions: [{
        id: 'hostile-1',
        label: 'Groupe\u000b 1',
        mode: 'remote',
        dates: [{ start: '0023-09-25', end: '0023-09-26' }, { start: '2023-10-02T09:00:00+02:00', end: '2023-10-02T09:00:00+02:00' }],
      }],
    }],
  });
  assertOk(result);
  const [training] = result.feed.trainings;
  // One range: the summary is the title alone.
  const session = { ...training.sessions[0], label: undefined };
  return sessionCalendar({ training, session, url: 'tel:+33 3 88 00 00 00', registrationUrl: undefined, texts, stamp });
}

function assertOk(result) {
  if (!result.ok || result.issues.length > 0) throw new Error(JSON.stringify(result.issues));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { importModel } = await import('./model.mjs');
  const model = await importModel();
  const dir = process.argv[2] ?? 'ics-samples';
  mkdirSync(dir, { recursive: true });
  for (const { label, ics } of demoCalendars(model)) writeFileSync(join(dir, `${label.replace('/', '--')}.ics`), ics);
  writeFileSync(join(dir, 'hostile.ics'), hostileCalendar(model));
  console.log(`Calendar files written to ${dir}/`);
}
