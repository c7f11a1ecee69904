import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { Feed, Quiz } from '../../model/schema.js';
import { captureConsoleErrors, captureConsoleWarnings, demoFeed, expectAccessible, settle, textOf, waitUntil } from '../../../test/helpers.js';
import { feedUrl } from '../../../test/fixtures.js';
import './define.js';
import { button, click, input, pick, root, tableRows } from './test-support.js';
import { isStoredQuizResult, quizRecordFormat, quizResultsChangeEvent, type StoredQuizResult } from '../../model/learner-records.js';
import { deviceRecordOf, readQuizResults } from '../../controllers/learner-record.js';
import { bandFor, itemScore, scoreQuiz, weakestSequences } from '../../model/quiz/scoring.js';
import { seededShuffle } from '../../model/quiz/shuffle.js';
import { xapiExtensions, type QuizStatement } from '../../model/quiz/statements.js';
import type { TfQuiz } from './tf-quiz.js';

const prefix = 'training-feed-widgets:';

const storedKeys = () => Object.keys(localStorage).filter((key) => key.startsWith(prefix));

/** A small quiz with every item type, independent of the demo feed. */
function testFeed(overrides: Partial<Quiz> = {}): Feed {
  return {
    version: 1,
    trainings: [
      {
        id: 'formation-test',
        title: 'Formation de test',
        provider: { name: 'Organisme de test' },
        url: 'https://example.org/formation-test',
        programme: 'cadre',
        module: 'module-a',
        objectives: [
          { id: 'obj-1', text: 'Connaître les bases' },
          { id: 'obj-2', text: 'Se situer dans sa pratique' },
        ],
        sessions: [],
      },
    ],
    programmes: [
      {
        id: 'cadre',
        title: 'Cadre national',
        modules: [
          {
            id: 'module-a',
            number: 1,
            title: 'Module A',
            sequences: [
              { id: 'seq-1', number: 1, title: 'Les bases' },
              { id: 'seq-2', number: 2, title: 'La pratique' },
            ],
          },
        ],
      },
    ],
    quizzes: [
      {
        id: 'quiz-test',
        title: 'Quiz de test',
        description: 'Faites le point.',
        training: 'formation-test',
        programme: 'cadre',
        estimatedMinutes: 5,
        passScore: 60,
        items: [
          {
            id: 'single-1',
            type: 'single',
            prompt: 'Quelle est la bonne réponse ?',
            objectives: ['obj-1'],
            sequences: ['seq-1'],
            explanation: 'Parce que A est juste.',
            options: [
              { id: 'a', label: 'Réponse A', correct: true, feedback: 'Oui, A.' },
              { id: 'b', label: 'Réponse B', feedback: 'Non, pas B.' },
              { id: 'c', label: 'Réponse C' },
            ],
          },
          {
            id: 'multiple-1',
            type: 'multiple',
            prompt: 'Lesquelles sont justes ?',
            objectives: ['obj-1'],
            sequences: ['seq-1'],
            options: [
              { id: 'x', label: 'Choix X', correct: true },
              { id: 'y', label: 'Choix Y', correct: true },
              { id: 'z', label: 'Choix Z' },
            ],
          },
          { id: 'tf-1', type: 'true-false', prompt: 'Le ciel est bleu.', answer: true, objectives: ['obj-2'], sequences: ['seq-2'], feedbackFalse: 'Si, il est bleu.' },
          {
            id: 'scale-1',
            type: 'scale',
            prompt: 'Je sais faire.',
            objectives: ['obj-2'],
            sequences: ['seq-2'],
            levels: [{ label: 'Pas du tout' }, { label: 'Un peu' }, { label: 'Assez' }, { label: 'Tout à fait' }],
          },
          { id: 'text-1', type: 'text', prompt: 'Vos attentes ?', placeholder: 'Quelques lignes' },
        ],
        bands: [
          { min: 0, title: 'À consolider', message: 'Reprenez les bases.', recommendations: [{ text: 'Suivre la formation de test', training: 'formation-test' }] },
          { min: 50, title: 'En bonne voie', message: 'Continuez.' },
          { min: 80, title: 'Prêt·e', message: 'Bravo.' },
        ],
        ...overrides,
      },
    ],
  };
}

async function quizFixture(feed: Feed = testFeed(), attributes: { phase?: string; layout?: string; correction?: string; seed?: string; lang?: string } = {}): Promise<TfQuiz> {
  const el = await fixture<TfQuiz>(html`<tf-quiz
    quiz="quiz-test"
    phase=${attributes.phase ?? 'pre'}
    layout=${attributes.layout ?? 'step'}
    correction=${attributes.correction ?? 'end'}
    seed=${attributes.seed ?? 'test'}
    lang=${attributes.lang ?? 'fr'}
    .feed=${feed}
  ></tf-quiz>`);
  await settle(el);
  return el;
}

/** « Effacer mes données », then « Effacer » in the dialog that asks first. */
async function eraseData(el: Element): Promise<void> {
  await click(el, 'Effacer mes données');
  expect(root(el).querySelector<HTMLDialogElement>('#erase-dialog')?.open).to.equal(true, 'asked first');
  await click(el, 'Effacer');
}

async function startQuiz(el: Element): Promise<void> {
  await click(el, 'Commencer');
}

/** Answers the test quiz: single A (right), multiple X+Z (half), true-false Faux (wrong), scale "Assez" (2/3). */
async function answerTestQuiz(el: Element): Promise<void> {
  await pick(el, 'Réponse A');
  await click(el, 'Suivant');
  await pick(el, 'Choix X');
  await pick(el, 'Choix Z');
  await click(el, 'Suivant');
  await pick(el, 'Faux');
  await click(el, 'Suivant');
  await pick(el, 'Assez');
  await click(el, 'Suivant');
  const textarea = root(el).querySelector('textarea')!;
  textarea.value = 'Mieux aller vers.';
  textarea.dispatchEvent(new Event('input'));
  await settle(el);
}

describe('<tf-quiz>', () => {
  beforeEach(() => {
    localStorage.clear();
  });
  afterEach(() => {
    fixtureCleanup();
    localStorage.clear();
  });

  describe('scoring rules', () => {
    const quiz = testFeed().quizzes[0]!;
    const item = (id: string) => quiz.items.find((i) => i.id === id)!;

    it('scores every item type', () => {
      expect(itemScore(item('single-1'), 'a')).to.equal(1);
      expect(itemScore(item('single-1'), 'b')).to.equal(0);
      expect(itemScore(item('multiple-1'), ['x', 'y'])).to.equal(1);
      expect(itemScore(item('multiple-1'), ['x'])).to.equal(0.5);
      expect(itemScore(item('multiple-1'), ['x', 'z'])).to.equal(0);
      expect(itemScore(item('multiple-1'), ['x', 'y', 'z'])).to.equal(0.5);
      expect(itemScore(item('multiple-1'), ['z'])).to.equal(0, 'floored at 0');
      expect(itemScore(item('tf-1'), true)).to.equal(1);
      expect(itemScore(item('tf-1'), false)).to.equal(0);
      expect(itemScore(item('scale-1'), 0)).to.equal(0);
      expect(itemScore(item('scale-1'), 2)).to.be.closeTo(2 / 3, 1e-9);
      expect(itemScore(item('scale-1'), 3)).to.equal(1);
      expect(itemScore(item('text-1'), 'anything')).to.equal(undefined, 'text is never scored');
      expect(itemScore(item('single-1'), undefined)).to.equal(0, 'unanswered counts 0');
    });

    it('scores per objective, per sequence and overall, and reports knowledge and self-rating apart', () => {
      const result = scoreQuiz(quiz, { 'single-1': 'a', 'multiple-1': ['x'], 'tf-1': false, 'scale-1': 3, 'text-1': 'x' }, 'pre', new Date('2024-01-02T10:00:00Z'));
      expect(result.byObjective).to.deep.equal({ 'obj-1': 75, 'obj-2': 50 });
      expect(result.bySequence).to.deep.equal({ 'seq-1': 75, 'seq-2': 50 });
      expect(result.overall).to.equal(63); // (1 + 0.5 + 0 + 1) / 4
      expect(result.knowledge).to.equal(50);
      expect(result.selfRating).to.equal(100);
      expect(result.passScore).to.equal(60);
      expect(result.completedAt).to.equal('2024-01-02T10:00:00.000Z');
      expect(isStoredQuizResult(result)).to.equal(true);
      expect(weakestSequences(result)).to.deep.equal(['seq-2']);
    });

    it('picks the highest band whose min the overall score reaches', () => {
      expect(bandFor(quiz.bands, 0)?.title).to.equal('À consolider');
      expect(bandFor(quiz.bands, 49)?.title).to.equal('À consolider');
      expect(bandFor(quiz.bands, 50)?.title).to.equal('En bonne voie');
      expect(bandFor(quiz.bands, 100)?.title).to.equal('Prêt·e');
      expect(bandFor(undefined, 50)).to.equal(undefined);
    });

    it('shuffles deterministically: same seed same order, another seed another order', () => {
      const list = Array.from({ length: 12 }, (_, i) => i);
      expect(seededShuffle(list, 'a')).to.deep.equal(seededShuffle(list, 'a'));
      expect(seededShuffle(list, 'a')).to.not.deep.equal(seededShuffle(list, 'b'));
      expect([...seededShuffle(list, 'a')].sort((x, y) => x - y)).to.deep.equal(list);
    });
  });

  describe('flow', () => {
    it('shows an intro with the purpose, the number of items, the time and what is stored', async () => {
      const el = await quizFixture();
      const text = textOf(root(el));
      expect(text).to.contain('Quiz de test');
      expect(text).to.contain('Faites le point.');
      expect(text).to.contain('5 questions');
      expect(text).to.contain('environ 5 min');
      expect(text).to.contain('Rien n’est enregistré sauf si vous cochez');
      expect(input(el, 'Enregistrer mes réponses sur cet appareil').checked).to.equal(false);
      expect(root(el).querySelector('h2')?.textContent).to.equal('Quiz de test');
      await expectAccessible(el);
    });

    it('packs a short step at the top of the room it keeps, rather than spreading its rows over it', async () => {
      const el = await quizFixture(testFeed({ description: undefined, estimatedMinutes: undefined }));
      const base = root(el).querySelector<HTMLElement>('[part~="base"]')!;
      const intro = root(el).querySelector<HTMLElement>('[part~="intro"]')!;
      const gap = (above: Element, below: Element) => below.getBoundingClientRect().top - above.getBoundingClientRect().bottom;
      // The step is shorter than the reserved height: the room left is below it, each row one gap from the next.
      expect(base.getBoundingClientRect().bottom - intro.getBoundingClientRect().bottom).to.be.greaterThan(50);
      const rows = [...intro.children];
      const rowGap = parseFloat(getComputedStyle(intro).rowGap);
      for (let index = 1; index < rows.length; index += 1) expect(gap(rows[index - 1]!, rows[index]!)).to.be.at.most(rowGap + 1, rows[index]!.className);
      const start = root(el).querySelector<HTMLElement>('.button')!;
      expect(start.getBoundingClientRect().height).to.be.below(60);
    });

    it('renders each item type as a fieldset with native controls, with "Question n sur N" and a progress bar', async () => {
      const el = await quizFixture();
      await startQuiz(el);
      const heading = root(el).querySelector<HTMLElement>('h3#heading-single-1')!;
      expect(textOf(heading)).to.equal('Question 1 sur 5');
      expect(root(el).activeElement).to.equal(heading, 'focus moves to the item heading');
      expect(root(el).querySelector('progress')?.value).to.equal(1);
      expect(root(el).querySelector('progress')?.max).to.equal(5);
      expect(textOf(root(el).querySelector('legend'))).to.equal('Quelle est la bonne réponse ?');
      expect(root(el).querySelectorAll('fieldset input[type="radio"]').length).to.equal(3);
      await expectAccessible(el);

      await click(el, 'Suivant');
      expect(root(el).activeElement?.textContent).to.equal('Question 2 sur 5');
      expect(root(el).querySelectorAll('fieldset input[type="checkbox"]').length).to.equal(3);
      expect(textOf(root(el))).to.contain('Plusieurs réponses possibles.');
      await expectAccessible(el);

      await click(el, 'Suivant');
      expect([...root(el).querySelectorAll('fieldset label')].map(textOf)).to.deep.equal(['Vrai', 'Faux']);
      await expectAccessible(el);

      await click(el, 'Suivant');
      expect(root(el).querySelector('.scale')).to.exist;
      expect([...root(el).querySelectorAll('.scale label')].map(textOf)).to.deep.equal(['Pas du tout', 'Un peu', 'Assez', 'Tout à fait']);
      await expectAccessible(el);

      await click(el, 'Suivant');
      expect(root(el).querySelector('textarea')?.placeholder).to.equal('Quelques lignes');
      expect(textOf(root(el))).to.contain('non notée');
      expect(button(el, 'Voir mon résultat')).to.exist;
      await expectAccessible(el);

      await click(el, 'Précédent');
      expect(textOf(root(el).querySelector('legend'))).to.equal('Je sais faire. Auto-évaluation : choisissez le niveau qui vous correspond.');
    });

    it('with immediate correction, "Valider" shows the verdict in words, the feedback and the explanation, announced politely', async () => {
      const el = await quizFixture(testFeed(), { correction: 'immediate' });
      await startQuiz(el);
      expect(() => button(el, 'Valider'), 'nothing to check before an answer').to.throw();
      await pick(el, 'Réponse B');
      await click(el, 'Valider');
      const feedback = root(el).querySelector('[part="feedback"]')!;
      expect(textOf(feedback)).to.contain('Réponse incorrecte');
      // The picked option's feedback is said next to it, once.
      const optionFeedback = root(el).getElementById(input(el, 'Réponse B').getAttribute('aria-describedby') ?? '');
      expect(textOf(optionFeedback)).to.equal('Non, pas B.');
      expect(textOf(feedback)).to.not.contain('Non, pas B.');
      expect(textOf(feedback)).to.contain('La bonne réponse : Réponse A');
      expect(textOf(feedback)).to.contain('Parce que A est juste.');
      expect(feedback.querySelector('[aria-hidden="true"]')?.textContent).to.equal('✗');
      const live = root(el).querySelector('[aria-live="polite"]')!;
      expect(textOf(live)).to.contain('Réponse incorrecte');
      expect(textOf(live)).to.contain('Non, pas B.');
      expect(textOf(root(el).querySelector('fieldset'))).to.contain('bonne réponse');
      expect(input(el, 'Réponse A').getAttribute('aria-disabled')).to.equal('true');
      await pick(el, 'Réponse A');
      expect(input(el, 'Réponse A').checked).to.equal(false, 'a corrected answer cannot change');
      expect(input(el, 'Réponse B').checked).to.equal(true);
      expect(root(el).activeElement).to.equal(button(el, 'Suivant'), 'focus goes to Suivant, not lost');
      await expectAccessible(el);

      await click(el, 'Suivant');
      await pick(el, 'Choix X');
      await click(el, 'Valider');
      expect(textOf(root(el).querySelector('[part="feedback"]'))).to.contain('Réponse partiellement correcte');
      await click(el, 'Suivant');
      await pick(el, 'Vrai');
      await click(el, 'Valider');
      expect(textOf(root(el).querySelector('[part="feedback"]'))).to.contain('Bonne réponse');
      await expectAccessible(el);
    });

    it('shows the result: overall, band, recommendations, scores per objective and sequence, and the review', async () => {
      const el = await quizFixture();
      await startQuiz(el);
      await answerTestQuiz(el);
      await click(el, 'Voir mon résultat');
      const result = root(el).querySelector('[part="result"]')!;
      expect(root(el).activeElement?.id).to.equal('result-heading');
      // single 1, multiple 0 (X+Z), true-false 0, scale 2/3 → 41.7 %
      expect(textOf(result).replace(/\u202f| /g, ' ')).to.contain('Score global 42 %');
      expect(textOf(result)).to.contain('À consolider');
      expect(textOf(result)).to.contain('Reprenez les bases.');
      const link = [...result.querySelectorAll('a')].find((a) => textOf(a) === 'Suivre la formation de test');
      expect(link?.getAttribute('href')).to.equal('https://example.org/formation-test');
      expect(await tableRows(el, 'Scores par objectif')).to.deep.equal([
        ['Connaître les bases', '50 % (à consolider)'],
        ['Se situer dans sa pratique', '33 % (à consolider)'],
      ]);
      // The weakest sequences are said « à consolider » where their scores are, then the training that teaches them.
      expect(await tableRows(el, 'Scores par séquence')).to.deep.equal([
        ['Séquence 1 — Les bases', '50 % (à consolider)'],
        ['Séquence 2 — La pratique', '33 % (à consolider)'],
      ]);
      const sequenceBars = [...root(el).querySelectorAll('[part="chart"]')][1]!;
      expect([...sequenceBars.querySelectorAll('li')].map(textOf)).to.deep.equal(['Séquence 1 — Les bases 50 % (à consolider)', 'Séquence 2 — La pratique 33 % (à consolider)']);
      expect(textOf(sequenceBars.nextElementSibling)).to.equal('À consolider : voir la formation « Formation de test »');
      expect(sequenceBars.nextElementSibling?.querySelector('a')?.getAttribute('href')).to.equal('https://example.org/formation-test');
      await expectAccessible(el);

      const review = root(el).querySelector<HTMLElement>('#review')!;
      expect(review.hidden).to.equal(true);
      await click(el, 'Voir les bonnes réponses');
      expect(review.hidden).to.equal(false);
      expect(button(el, 'Voir les bonnes réponses').getAttribute('aria-expanded')).to.equal('true');
      expect(textOf(review)).to.contain('Votre réponse : Faux');
      expect(textOf(review)).to.contain('La bonne réponse : Vrai');
      expect(textOf(review)).to.contain('Votre réponse : Mieux aller vers.');
      await expectAccessible(el);
    });

    it('links recommendations through the sheet-href template when the feed gives the training no url', async () => {
      const feed = testFeed();
      delete feed.trainings[0]!.url;
      const el = await quizFixture(feed);
      el.setAttribute('sheet-href', '/fiches/{id}.html');
      await startQuiz(el);
      await click(el, 'Suivant');
      await click(el, 'Suivant');
      await click(el, 'Suivant');
      await click(el, 'Suivant');
      await click(el, 'Voir mon résultat');
      const link = [...root(el).querySelectorAll('a')].find((a) => textOf(a) === 'Suivre la formation de test');
      expect(link?.getAttribute('href')).to.equal(new URL('/fiches/formation-test.html', document.baseURI).href);
      await expectAccessible(el);
    });

    it('retry starts a new attempt with no answers, items and options reshuffled', async () => {
      const feed = testFeed({ shuffleItems: true, shuffleOptions: true });
      const el = await quizFixture(feed, { seed: 'stable', layout: 'page' });
      await startQuiz(el);
      const orderNow = () => [...root(el).querySelectorAll('legend, fieldset label span')].map(textOf).join('|');
      const firstOrder = orderNow();
      await pick(el, [...root(el).querySelectorAll('fieldset label span')].map(textOf)[0]!);
      await click(el, 'Voir mon résultat');
      const started = oneEvent(el, 'tf-quiz-start');
      await click(el, 'Recommencer');
      expect((await started).detail.verb.id).to.equal('http://adlnet.gov/expapi/verbs/initialized');
      expect(orderNow()).to.not.equal(firstOrder);
      expect(orderNow().split('|').sort()).to.deep.equal(firstOrder.split('|').sort());
      expect(root(el).querySelectorAll('input:checked').length).to.equal(0);
      await expectAccessible(el);
    });

    it('shuffles items and options: same seed same order, different seed different order', async () => {
      const feed = testFeed({ shuffleItems: true, shuffleOptions: true });
      const orderOf = async (seed: string) => {
        const el = await quizFixture(feed, { seed, layout: 'page' });
        await startQuiz(el);
        return [...root(el).querySelectorAll('legend, fieldset label span')].map(textOf).join('|');
      };
      const a1 = await orderOf('alpha');
      const a2 = await orderOf('alpha');
      const b = await orderOf('beta');
      const c = await orderOf('gamma');
      expect(a1).to.equal(a2);
      expect([b, c].some((order) => order !== a1)).to.equal(true);
    });

    it('lays every item out on one page with layout="page"', async () => {
      const el = await quizFixture(testFeed(), { layout: 'page' });
      await startQuiz(el);
      expect(root(el).querySelectorAll('fieldset').length).to.equal(5);
      expect(root(el).querySelector('progress')).to.equal(null);
      await expectAccessible(el);
      await pick(el, 'Réponse A');
      await pick(el, 'Vrai');
      const complete = oneEvent(el, 'tf-quiz-complete');
      await click(el, 'Voir mon résultat');
      expect((await complete).detail.result?.score?.raw).to.equal(50);
      expect(root(el).querySelector('[part="result"]')).to.exist;
    });

    it('speaks English with lang="en"', async () => {
      const el = await quizFixture(testFeed(), { lang: 'en' });
      expect(textOf(root(el))).to.contain('Save my answers on this device');
      await click(el, 'Start');
      expect(textOf(root(el))).to.contain('Question 1 of 5');
      await click(el, 'Next');
      await click(el, 'Next');
      expect([...root(el).querySelectorAll('fieldset label')].map(textOf)).to.deep.equal(['True', 'False']);
      await expectAccessible(el);
    });

    it('fits a 320 px wide screen without horizontal overflow', async () => {
      await setViewport({ width: 320, height: 800 });
      try {
        const el = await quizFixture();
        await startQuiz(el);
        for (let i = 0; i < 3; i += 1) await click(el, 'Suivant');
        expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
        const scale = root(el).querySelector('.scale')!;
        expect(scale.scrollWidth).to.be.at.most(scale.clientWidth + 1);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('prints the result with the right answers and without the buttons', async () => {
      const el = await quizFixture(testFeed(), { layout: 'page' });
      await startQuiz(el);
      await click(el, 'Voir mon résultat');
      expect(root(el).querySelector('#review li'), 'the answers are rendered when opened').to.equal(null);
      await emulateMedia({ media: 'print' });
      try {
        await waitUntil(() => root(el).querySelector('#review li') !== null, 'the answers rendered for print');
        expect(getComputedStyle(root(el).querySelector('#review')!).display).to.equal('block');
        for (const name of ['Voir les bonnes réponses', 'Recommencer', 'Imprimer', 'Effacer mes données']) expect(button(el, name).checkVisibility(), name).to.equal(false);
        expect(root(el).querySelector('.consent')!.checkVisibility()).to.equal(false);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('downloads the result as JSON and prints', async () => {
      const el = await quizFixture();
      await startQuiz(el);
      await pick(el, 'Réponse A');
      el.setAttribute('layout', 'page');
      await settle(el);
      await click(el, 'Voir mon résultat');
      const clicks: HTMLAnchorElement[] = [];
      const originalClick = HTMLAnchorElement.prototype.click;
      const originalPrint = window.print;
      let printed = 0;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        clicks.push(this);
      };
      window.print = () => {
        printed += 1;
      };
      try {
        await click(el, 'Télécharger mes résultats');
        await click(el, 'Imprimer');
      } finally {
        HTMLAnchorElement.prototype.click = originalClick;
        window.print = originalPrint;
      }
      expect(clicks).to.have.length(1);
      expect(clicks[0]!.download).to.equal('resultats-quiz-test.json');
      expect(clicks[0]!.href).to.match(/^blob:/);
      expect(printed).to.equal(1);
    });
  });

  describe('events', () => {
    it('sends xAPI-shaped start, answer and complete statements', async () => {
      const el = await quizFixture(testFeed(), { correction: 'immediate' });
      const started = oneEvent(el, 'tf-quiz-start');
      await startQuiz(el);
      const start = (await started).detail as QuizStatement;
      expect(start.verb).to.deep.equal({ id: 'http://adlnet.gov/expapi/verbs/initialized', display: { 'fr-FR': 'a commencé', 'en-US': 'initialized' } });
      expect(start.object.id).to.equal('urn:training-feed-widgets:quiz:quiz-test');
      expect(start.context.extensions[xapiExtensions.phase]).to.equal('pre');
      expect(start.actor).to.equal(undefined, 'no actor unless the host gives one');
      expect(Number.isNaN(Date.parse(start.timestamp))).to.equal(false);

      const answers: QuizStatement[] = [];
      el.addEventListener('tf-quiz-answer', (event) => answers.push((event as CustomEvent<QuizStatement>).detail));
      await pick(el, 'Réponse A');
      await click(el, 'Valider');
      await click(el, 'Suivant');
      expect(answers).to.have.length(1, 'one statement per distinct answer');
      const answered = answers[0]!;
      expect(answered.verb.id).to.equal('http://adlnet.gov/expapi/verbs/answered');
      expect(answered.verb.display['fr-FR']).to.equal('a répondu');
      expect(answered.object.id).to.equal('urn:training-feed-widgets:quiz:quiz-test:item:single-1');
      expect(answered.object.definition).to.include({ type: 'http://adlnet.gov/expapi/activities/cmi.interaction', interactionType: 'choice' });
      expect(answered.object.definition.choices?.map((choice) => choice.id)).to.deep.equal(['a', 'b', 'c']);
      expect(answered.object.definition.correctResponsesPattern).to.deep.equal(['a']);
      expect(answered.context.contextActivities?.parent?.[0]?.id).to.equal('urn:training-feed-widgets:quiz:quiz-test');
      expect(answered.context.contextActivities?.grouping?.[0]?.id).to.equal('urn:training-feed-widgets:training:formation-test');
      expect(answered.result).to.deep.equal({ score: { scaled: 1, raw: 1, min: 0, max: 1 }, success: true, response: 'a', completion: true });
      expect(answered.context.extensions).to.include({
        [xapiExtensions.phase]: 'pre',
        [xapiExtensions.quizId]: 'quiz-test',
        [xapiExtensions.itemId]: 'single-1',
        [xapiExtensions.training]: 'formation-test',
      });

      await pick(el, 'Choix X');
      await pick(el, 'Choix Y');
      await click(el, 'Suivant');
      expect(answers[1]!.result?.response).to.equal('x[,]y');
      const completed = oneEvent(el, 'tf-quiz-complete');
      await click(el, 'Suivant');
      await click(el, 'Suivant');
      await click(el, 'Voir mon résultat');
      const complete = (await completed).detail as QuizStatement;
      expect(complete.verb.id).to.equal('http://adlnet.gov/expapi/verbs/completed');
      expect(complete.result).to.deep.include({ score: { scaled: 0.5, raw: 50, min: 0, max: 100 }, success: false, completion: true });
      expect(complete.result?.duration).to.match(/^PT(\d+H)?(\d+M)?([\d.]+S)?$/);
      expect(complete.context.extensions[xapiExtensions.byObjective]).to.deep.equal({ 'obj-1': 100, 'obj-2': 0 });
    });
  });

  describe('before and after', () => {
    const pre: StoredQuizResult = {
      quizId: 'quiz-test',
      phase: 'pre',
      completedAt: '2024-01-02T10:00:00.000Z',
      overall: 25,
      byObjective: { 'obj-1': 20, 'obj-2': 30 },
      bySequence: { 'seq-1': 20, 'seq-2': 30 },
    };

    async function finishPost(el: TfQuiz): Promise<void> {
      await startQuiz(el);
      await pick(el, 'Réponse A');
      await click(el, 'Suivant');
      await pick(el, 'Choix X');
      await pick(el, 'Choix Y');
      await click(el, 'Suivant');
      await pick(el, 'Vrai');
      await click(el, 'Suivant');
      await pick(el, 'Un peu');
      await click(el, 'Suivant');
      await click(el, 'Voir mon résultat');
    }

    it('charts the progress since a given pre result, with a table of before, after and difference', async () => {
      const el = await quizFixture(testFeed(), { phase: 'post' });
      el.previousResult = pre;
      await settle(el);
      expect(textOf(root(el))).to.contain('Évaluation après la formation');
      await finishPost(el);
      const [chart] = root(el).querySelectorAll('[part="chart"]');
      const chartRows = [...chart!.querySelectorAll('li')];
      expect(chartRows.map((row) => textOf(row.querySelector('.bars__label')))).to.deep.equal(['Connaître les bases', 'Se situer dans sa pratique']);
      // Seen: « 20 % → 100 % » beside a dashed and a filled bar; heard: « Avant 20 %, Après 100 % ».
      expect(textOf(chartRows[0]!.querySelector('.bars__value'))).to.equal('Avant 20 % → , Après 100 %');
      expect(chartRows[0]!.querySelector('.bars__value [aria-hidden="true"]')?.textContent).to.equal(' → ');
      expect([...chart!.querySelectorAll('.bars__before')].map((bar) => bar.getAttribute('width'))).to.deep.equal(['20%', '30%']);
      expect([...chart!.querySelectorAll('.bars__after')].map((bar) => bar.getAttribute('width'))).to.deep.equal(['100%', '67%']);
      expect(await tableRows(el, 'Scores par objectif : avant et après la formation')).to.deep.equal([
        ['Connaître les bases', '20 %', '100 %', '+80 points'],
        ['Se situer dans sa pratique', '30 %', '67 %', '+37 points'],
      ]);
      expect((await tableRows(el, 'Scores par séquence : avant et après la formation'))[1]).to.deep.equal(['Séquence 2 — La pratique', '30 %', '67 %', '+37 points']);
      await expectAccessible(el);
    });

    it('compares with the pre result stored on the device, and stores both for the checklist', async () => {
      const preEl = await quizFixture();
      await pick(preEl, 'Enregistrer mes réponses sur cet appareil');
      await startQuiz(preEl);
      for (let i = 0; i < 4; i += 1) await click(preEl, 'Suivant');
      await click(preEl, 'Voir mon résultat');
      expect(readQuizResults('quiz-test').pre?.overall).to.equal(0);
      fixtureCleanup();

      const el = await quizFixture(testFeed(), { phase: 'post' });
      await finishPost(el);
      expect((await tableRows(el, 'Scores par objectif : avant et après la formation'))[0]).to.deep.equal(['Connaître les bases', '0 %', '100 %', '+100 points']);
      const stored = readQuizResults('quiz-test');
      expect(stored.pre?.byObjective).to.deep.equal({ 'obj-1': 0, 'obj-2': 0 });
      expect(stored.post?.byObjective).to.deep.equal({ 'obj-1': 100, 'obj-2': 67 });
      await expectAccessible(el);
    });

    it('compares with a pre result of the same page session when nothing is stored', async () => {
      const preEl = await quizFixture();
      await startQuiz(preEl);
      await pick(preEl, 'Réponse A');
      for (let i = 0; i < 4; i += 1) await click(preEl, 'Suivant');
      await click(preEl, 'Voir mon résultat');
      fixtureCleanup();
      const el = await quizFixture(testFeed(), { phase: 'post' });
      await finishPost(el);
      expect((await tableRows(el, 'Scores par objectif : avant et après la formation'))[0]?.slice(1)).to.deep.equal(['50 %', '100 %', '+50 points']);
      expect(storedKeys()).to.deep.equal([]);
      await eraseData(el);
    });
  });

  describe('privacy and storage', () => {
    it('stores nothing before consent, everything after, and erases on untick and on "Effacer mes données"', async () => {
      const el = await quizFixture();
      await startQuiz(el);
      await pick(el, 'Réponse A');
      await click(el, 'Suivant');
      expect(storedKeys()).to.deep.equal([], 'nothing before opting in');

      const fresh = await quizFixture();
      await pick(fresh, 'Enregistrer mes réponses sur cet appareil');
      expect(storedKeys()).to.deep.equal([`${prefix}quiz:quiz-test`]);
      expect(textOf(root(fresh))).to.contain('Vos réponses sont enregistrées sur cet appareil.');
      await startQuiz(fresh);
      await pick(fresh, 'Réponse B');
      const saved = JSON.parse(localStorage.getItem(`${prefix}quiz:quiz-test`)!);
      expect(saved).to.deep.include({ version: 1, quizId: 'quiz-test', consent: true });
      expect(saved.progress.pre.answers).to.deep.equal({ 'single-1': 'b' });
      await expectAccessible(fresh);

      for (let i = 0; i < 5; i += 1) await click(fresh, i === 4 ? 'Voir mon résultat' : 'Suivant');
      expect(readQuizResults('quiz-test').pre).to.exist;
      await pick(fresh, 'Enregistrer mes réponses sur cet appareil');
      expect(storedKeys()).to.deep.equal([], 'unticking erases');
      await pick(fresh, 'Enregistrer mes réponses sur cet appareil');
      expect(readQuizResults('quiz-test').pre?.quizId).to.equal('quiz-test', 'ticking again saves the result on screen');

      let changes = 0;
      const count = () => (changes += 1);
      window.addEventListener(quizResultsChangeEvent, count);
      await eraseData(fresh);
      window.removeEventListener(quizResultsChangeEvent, count);
      expect(changes).to.be.greaterThan(0);
      expect(storedKeys()).to.deep.equal([]);
      expect(textOf(root(fresh))).to.contain('Vos données ont été effacées de cet appareil.');
      expect(input(fresh, 'Enregistrer mes réponses sur cet appareil').checked).to.equal(false);
      expect(root(fresh).activeElement?.id).to.equal('quiz-title');
      await expectAccessible(fresh);
    });

    it('resumes after a reload at the same step with the same answers', async () => {
      const el = await quizFixture();
      await pick(el, 'Enregistrer mes réponses sur cet appareil');
      await startQuiz(el);
      await pick(el, 'Réponse C');
      await click(el, 'Suivant');
      await pick(el, 'Choix Y');
      await click(el, 'Suivant');
      fixtureCleanup();

      const again = await quizFixture();
      expect(textOf(root(again))).to.contain('Question 3 sur 5');
      expect(textOf(root(again))).to.contain('Votre questionnaire a été repris');
      await click(again, 'Précédent');
      expect(input(again, 'Choix Y').checked).to.equal(true);
      await click(again, 'Précédent');
      expect(input(again, 'Réponse C').checked).to.equal(true);
      await expectAccessible(again);
    });

    it('resumes a saved attempt of the demo quiz with its correction shown (as the stories do)', async () => {
      const feed = await demoFeed();
      deviceRecordOf(quizRecordFormat, 'positionnement-aller-vers-m1').write({
        version: 1,
        quizId: 'positionnement-aller-vers-m1',
        consent: true,
        progress: { pre: { step: 'item', index: 8, answers: { 'champs-connexes': ['maraudes', 'guichet'] }, checked: ['champs-connexes'], seed: 's', startedAt: '2024-03-01T09:00:00.000Z' } },
        results: {},
      });
      const el = await fixture<TfQuiz>(html`<tf-quiz quiz="positionnement-aller-vers-m1" .feed=${feed}></tf-quiz>`);
      await settle(el);
      expect(textOf(root(el))).to.contain('Question 9 sur 14');
      expect(textOf(root(el).querySelector('[part="feedback"]'))).to.contain('Réponse incorrecte');
      expect(textOf(root(el).querySelector('[part="feedback"]'))).to.contain('Les maraudes');
      await expectAccessible(el);
    });

    it('resumes on the result after a reload', async () => {
      const el = await quizFixture();
      await pick(el, 'Enregistrer mes réponses sur cet appareil');
      await startQuiz(el);
      await pick(el, 'Réponse A');
      for (let i = 0; i < 5; i += 1) await click(el, i === 4 ? 'Voir mon résultat' : 'Suivant');
      fixtureCleanup();
      const again = await quizFixture();
      expect(root(again).querySelector('[part="result"]')).to.exist;
      expect(input(again, 'Enregistrer mes réponses sur cet appareil').checked).to.equal(true);
    });

    it('keeps working in memory and says so when storage is full', async () => {
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      try {
        const el = await quizFixture();
        await pick(el, 'Enregistrer mes réponses sur cet appareil');
        expect(textOf(root(el).querySelector('[role="status"]'))).to.contain('ne peuvent pas être enregistrées');
        await startQuiz(el);
        await pick(el, 'Réponse A');
        await click(el, 'Suivant');
        await click(el, 'Précédent');
        expect(input(el, 'Réponse A').checked).to.equal(true);
        expect(textOf(root(el))).to.contain('ne peuvent pas être enregistrées');
        await expectAccessible(el);
        for (let i = 0; i < 5; i += 1) await click(el, i === 4 ? 'Voir mon résultat' : 'Suivant');
        expect(textOf(root(el).querySelector('[part="result"]'))).to.contain('Score global');
      } finally {
        Storage.prototype.setItem = original;
      }
    });

    it('keeps working when localStorage itself cannot be reached', async () => {
      const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('denied', 'SecurityError');
        },
      });
      try {
        const el = await quizFixture();
        await pick(el, 'Enregistrer mes réponses sur cet appareil');
        expect(textOf(root(el))).to.contain('ne peuvent pas être enregistrées');
        await startQuiz(el);
        await pick(el, 'Réponse B');
        expect(input(el, 'Réponse B').checked).to.equal(true);
      } finally {
        if (own) Object.defineProperty(window, 'localStorage', own);
        else delete (window as { localStorage?: Storage }).localStorage;
      }
    });
  });

  describe('robustness', () => {
    const storageKey = `${prefix}quiz:quiz-test`;

    it('keeps the other phase’s result when a pre and a post of the same quiz on one page both save', async () => {
      const pre = await quizFixture();
      const post = await quizFixture(testFeed(), { phase: 'post' });
      await pick(pre, 'Enregistrer mes réponses sur cet appareil');
      await pick(post, 'Enregistrer mes réponses sur cet appareil');
      await startQuiz(post);
      await startQuiz(pre);
      await pick(pre, 'Réponse A');
      for (let i = 0; i < 5; i += 1) await click(pre, i === 4 ? 'Voir mon résultat' : 'Suivant');
      expect(readQuizResults('quiz-test').pre?.overall).to.equal(25);
      await pick(post, 'Réponse B');
      const saved = JSON.parse(localStorage.getItem(storageKey)!);
      expect(saved.results.pre?.overall).to.equal(25, 'the post widget did not overwrite the pre result');
      expect(saved.progress.post.answers).to.deep.equal({ 'single-1': 'b' });
    });

    it('writes nothing back after another widget of the same quiz erased the data', async () => {
      const first = await quizFixture();
      const second = await quizFixture();
      await pick(first, 'Enregistrer mes réponses sur cet appareil');
      await pick(second, 'Enregistrer mes réponses sur cet appareil');
      await startQuiz(first);
      await click(first, 'Suivant');
      await click(first, 'Suivant');
      await click(first, 'Suivant');
      await click(first, 'Suivant');
      await click(first, 'Voir mon résultat');
      await eraseData(first);
      expect(storedKeys()).to.deep.equal([]);
      await startQuiz(second);
      await pick(second, 'Réponse A');
      expect(storedKeys()).to.deep.equal([], 'consent withdrawn in one widget is withdrawn in the other');
    });

    it('resumes what is still readable of a damaged or older record, and says so', async () => {
      localStorage.setItem(
        storageKey,
        JSON.stringify({
          version: 0,
          quizId: 'quiz-test',
          progress: { pre: { step: 'item', index: 1, answers: { 'single-1': 'a' }, checked: [], seed: 's', startedAt: '2024-01-01T00:00:00.000Z' }, post: 'oops' },
          results: { pre: { quizId: 'quiz-test', phase: 'pre', completedAt: '2024-01-02T10:00:00.000Z', overall: 40, byObjective: {}, bySequence: {} }, post: { overall: 'beaucoup' } },
        }),
      );
      const { result: el, warnings: errors } = await captureConsoleWarnings(() => quizFixture());
      expect(errors.join(' ')).to.contain('quiz:quiz-test');
      expect(textOf(root(el).querySelector('.notices'))).to.contain('illisibles');
      expect(textOf(root(el))).to.contain('Question 2 sur 5');
      await click(el, 'Précédent');
      expect(input(el, 'Réponse A').checked).to.equal(true);
      expect(readQuizResults('quiz-test').pre?.overall).to.equal(40, 'the checklist still gets the valid result');
      await expectAccessible(el);
    });

    it('says so when storage throws at read and at erase, and keeps working', async () => {
      const { getItem, removeItem } = Storage.prototype;
      Storage.prototype.getItem = () => {
        throw new DOMException('denied', 'SecurityError');
      };
      Storage.prototype.removeItem = () => {
        throw new DOMException('denied', 'SecurityError');
      };
      try {
        const { result: el } = await captureConsoleWarnings(() => quizFixture());
        expect(textOf(root(el).querySelector('.notices'))).to.contain('ne peuvent pas être enregistrées');
        await startQuiz(el);
        await pick(el, 'Réponse A');
        for (let i = 0; i < 5; i += 1) await click(el, i === 4 ? 'Voir mon résultat' : 'Suivant');
        const { errors } = await captureConsoleErrors(() => eraseData(el));
        expect(errors.join(' ')).to.contain('quiz:quiz-test');
        const notices = textOf(root(el).querySelector('.notices'));
        expect(notices).to.contain('n’ont pas pu être effacées');
        expect(notices).to.not.contain('ont été effacées');
        await expectAccessible(el);
      } finally {
        Object.assign(Storage.prototype, { getItem, removeItem });
      }
    });

    it('keeps the answers in memory when the phase changes while answering, and keeps the focus in the widget', async () => {
      const el = await quizFixture();
      await startQuiz(el);
      await pick(el, 'Réponse C');
      await click(el, 'Suivant');
      button(el, 'Suivant').focus();
      el.phase = 'post';
      await settle(el);
      expect(textOf(root(el))).to.contain('Évaluation après la formation');
      expect(button(el, 'Commencer')).to.exist;
      expect(root(el).activeElement?.id).to.equal('quiz-title');
      el.phase = 'pre';
      await settle(el);
      expect(textOf(root(el))).to.contain('Question 2 sur 5');
      await click(el, 'Précédent');
      expect(input(el, 'Réponse C').checked).to.equal(true);
      expect(storedKeys()).to.deep.equal([]);
    });

    it('finishes a quiz of one free-text item: not scored, and no score in the complete statement', async () => {
      const el = await quizFixture(testFeed({ items: [{ id: 'text-1', type: 'text', prompt: 'Vos attentes ?' }], bands: undefined }));
      await startQuiz(el);
      expect(textOf(root(el))).to.contain('Question 1 sur 1');
      const completed = oneEvent(el, 'tf-quiz-complete');
      await click(el, 'Voir mon résultat');
      expect((await completed).detail.result).to.deep.include({ completion: true }).and.not.have.any.keys('score', 'success');
      expect(textOf(root(el).querySelector('[part="result"]'))).to.contain('pas noté');
      await click(el, 'Voir les bonnes réponses');
      expect(textOf(root(el).querySelector('#review'))).to.contain('Sans réponse');
      expect(textOf(root(el).querySelector('#review'))).to.not.contain('Réponse enregistrée');
      await expectAccessible(el);
    });

    it('does not invent a right answer for an opinion item without one', async () => {
      const poll = { id: 'poll', type: 'single' as const, prompt: 'Votre préférence ?', options: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }] };
      const el = await quizFixture(testFeed({ items: [poll] }));
      await startQuiz(el);
      await pick(el, 'A');
      await click(el, 'Voir mon résultat');
      await click(el, 'Voir les bonnes réponses');
      expect(textOf(root(el).querySelector('#review'))).to.not.contain('La bonne réponse');
    });

    it('on one page, "Valider" moves focus to the correction it shows', async () => {
      const el = await quizFixture(testFeed(), { layout: 'page', correction: 'immediate' });
      await startQuiz(el);
      await pick(el, 'Réponse B');
      await click(el, 'Valider');
      const feedback = root(el).querySelector('[part="feedback"]')!;
      expect(root(el).activeElement).to.equal(feedback, 'focus is not lost with the button');
      expect(textOf(root(el).querySelector('[aria-live="polite"]'))).to.equal('', 'read once, by the focus');
      await expectAccessible(el);
    });

    it('ignores a previousResult of the wrong shape, with a message, and still shows the result', async () => {
      const { result: el, errors } = await captureConsoleErrors(async () => {
        const element = await quizFixture(testFeed(), { phase: 'post' });
        element.previousResult = { overall: 'élevé' } as unknown as StoredQuizResult;
        await settle(element);
        await startQuiz(element);
        await click(element, 'Suivant');
        await click(element, 'Suivant');
        await click(element, 'Suivant');
        await click(element, 'Suivant');
        await click(element, 'Voir mon résultat');
        return element;
      });
      expect(errors.join(' ')).to.contain('previousResult');
      expect(textOf(root(el).querySelector('.notices'))).to.contain('n’a pas pu être affichée');
      expect(textOf(root(el).querySelector('[part="result"]'))).to.contain('Score global');
      await expectAccessible(el);
    });
  });

  describe('the demo quiz', function () {
    // Fourteen items with the keyboard: slow on a loaded machine.
    this.timeout(60_000);

    it('is completed with the keyboard only', async () => {
      const feed = await demoFeed();
      const quiz = feed.quizzes.find((q) => q.id === 'positionnement-aller-vers-m1')!;
      const el = await fixture<TfQuiz>(html`<tf-quiz quiz="positionnement-aller-vers-m1" seed="clavier" .feed=${feed}></tf-quiz>`);
      await settle(el);
      await expectAccessible(el);
      const completed = oneEvent(el, 'tf-quiz-complete');
      const active = () => root(el).activeElement as HTMLElement | null;
      /** Tabs forward until the focused element matches, within a few presses. */
      const tabTo = async (matches: (element: HTMLElement) => boolean, what: string) => {
        for (let i = 0; i < 12; i += 1) {
          await sendKeys({ press: 'Tab' });
          await settle(el, 1);
          const focused = active();
          if (focused && matches(focused)) return;
        }
        throw new Error(`Tab never reached ${what}`);
      };
      const isButton = (text: string) => (element: HTMLElement) => element.localName === 'button' && textOf(element) === text;

      el.focus();
      await tabTo(isButton('Commencer'), 'Commencer');
      await sendKeys({ press: 'Enter' });
      await settle(el);
      for (const [index, item] of quiz.items.entries()) {
        expect(textOf(active())).to.equal(`Question ${index + 1} sur ${quiz.items.length}`);
        const last = index === quiz.items.length - 1;
        if (item.type === 'text') {
          await tabTo((element) => element.localName === 'textarea', 'the textarea');
          await sendKeys({ type: 'Aller vers les personnes.' });
        } else if (item.type === 'multiple') {
          await tabTo((element) => element.getAttribute('type') === 'checkbox', 'a checkbox');
          await sendKeys({ press: 'Space' });
        } else {
          await tabTo((element) => element.getAttribute('type') === 'radio', 'a radio');
          await sendKeys({ press: item.type === 'scale' ? 'ArrowRight' : 'Space' });
        }
        await settle(el);
        if (item.type !== 'scale' && item.type !== 'text') {
          await tabTo(isButton('Valider'), 'Valider');
          await sendKeys({ press: 'Enter' });
          await settle(el);
          expect(root(el).querySelector('[part="feedback"]')).to.exist;
          if (index === 4) await expectAccessible(el);
          expect(textOf(active())).to.equal(last ? 'Voir mon résultat' : 'Suivant');
          await sendKeys({ press: 'Enter' });
        } else {
          await tabTo(isButton(last ? 'Voir mon résultat' : 'Suivant'), 'Suivant');
          await sendKeys({ press: 'Enter' });
        }
        await settle(el);
      }
      const complete = (await completed).detail as QuizStatement;
      expect(complete.object.id).to.equal('urn:training-feed-widgets:quiz:positionnement-aller-vers-m1');
      expect(root(el).querySelector('[part="result"]')).to.exist;
      expect(textOf(root(el))).to.contain('Scores par objectif');
      expect(textOf(root(el))).to.match(/Score global \d+/);
      await expectAccessible(el);
    });
  });

  describe('feed states', () => {
    it('shows loading, then an error for an unknown quiz id', async () => {
      const url = feedUrl(testFeed());
      const { result: el, errors } = await captureConsoleErrors(async () => {
        const element = await fixture<TfQuiz>(html`<tf-quiz quiz="inconnu" src=${url}></tf-quiz>`);
        expect(root(element).querySelector('[part="status"]')).to.exist;
        await expectAccessible(element);
        await waitUntil(() => root(element).querySelector('[part="error"]') !== null, 'the error');
        return element;
      });
      expect(textOf(root(el))).to.contain('Ce questionnaire ne peut pas être affiché pour le moment.');
      expect(errors.join(' ')).to.contain('inconnu');
      await expectAccessible(el);
    });

    it('says in the console why a quiz of the feed was left out, rather than « introuvable »', async () => {
      const feed = structuredClone(await demoFeed()) as Feed;
      const id = feed.quizzes[0]!.id;
      feed.quizzes[0]!.items = [];
      const { errors } = await captureConsoleErrors(async () => {
        await captureConsoleWarnings(async () => {
          const element = await fixture<TfQuiz>(html`<tf-quiz quiz=${id} .feed=${feed}></tf-quiz>`);
          await settle(element);
          expect(textOf(root(element).querySelector('[role="alert"]'))).to.equal('Ce questionnaire ne peut pas être affiché pour le moment.');
          await expectAccessible(element);
        });
      });
      expect(errors).to.deep.equal([`[training-feed-widgets] <tf-quiz> L’entrée «\u00a0${id}\u00a0» du flux est ignorée car invalide\u00a0:\n  • quizzes[0].items : au moins une question attendue`]);
    });

    it('shows a short message for an invalid feed', async () => {
      const { result: el } = await captureConsoleErrors(async () => {
        const element = await fixture<TfQuiz>(html`<tf-quiz quiz="quiz-test" .feed=${{ version: 'un' }}></tf-quiz>`);
        await settle(element);
        return element;
      });
      expect(root(el).querySelector('[part="error"]')).to.exist;
      await expectAccessible(el);
    });
  });
});
