/**
 * H5P content.json files as H5P's editor saves them (shapes of the hub's example packages: a one-field group saved
 * as its field, UI strings beside the content), read by the built converter (dist/convert.js) and command line:
 * - feedback per score range: a Question Set's `endGame.overallFeedback` becomes the quiz's bands, H5P's choice of
 *   text kept for every whole percentage; every text a learner would see that the feed has no place for (a
 *   question's own `overallFeedback`, an option's `notChosenFeedback`, an essay keyword's feedback…) is reported
 *   with its path, never dropped silently;
 * - a lone MultiChoice, TrueFalse, SingleChoiceSet or Essay content.json (as a lone Blanks already was) is read as a
 *   quiz of that one content, told apart by its fields; any other JSON is refused with why.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { formatReport, fromH5pQuestionSet, quizImportResult } from '../../dist/convert.js';
import { cli } from './built-toolkit.mjs';

const work = mkdtempSync(join(tmpdir(), 'tfw-h5p-real-'));
const writeTemp = (name, json) => {
  const path = join(work, name);
  writeFileSync(path, JSON.stringify(json, null, 2));
  return path;
};
/** The import as the command line and the studio make it: a feed checked against the schema, and its report. */
const imported = (json) => quizImportResult(fromH5pQuestionSet(json));
/** The French report, its non-breaking spaces (before a colon) as plain ones. */
const reportLines = (json) => formatReport(imported(json).report, 'fr').join('\n').replaceAll('\u00a0', ' ');

const multiChoice = (question, answers, overallFeedback = [{ from: 0, to: 100 }]) => ({
  media: { disableImageZooming: false },
  question: `<p>${question}</p>\n`,
  answers: answers.map(([text, correct, chosenFeedback = '', notChosenFeedback = '']) => ({
    correct,
    text: `<div>${text}</div>\n`,
    tipsAndFeedback: { tip: '', chosenFeedback, notChosenFeedback },
  })),
  overallFeedback,
  behaviour: { enableRetry: true, enableSolutionsButton: true, type: 'auto', singlePoint: false, randomAnswers: true, passPercentage: 100 },
  UI: { checkAnswerButton: 'Vérifier', tryAgainButton: 'Recommencer' },
});
const trueFalse = (question, correct) => ({
  media: { disableImageZooming: false },
  question: `<p>${question}</p>\n`,
  correct,
  l10n: { trueText: 'Vrai', falseText: 'Faux' },
  behaviour: { enableRetry: true, feedbackOnCorrect: '', feedbackOnWrong: '' },
});
const singleChoiceSet = {
  choices: [
    { question: '<p>Le sigle du revenu de solidarité active ?</p>', answers: ['<p>RSA</p>', '<p>RMI</p>'], subContentId: 'scs-1' },
    { question: '<p>L’année de la stratégie ?</p>', answers: ['<p>2018</p>', '<p>2013</p>'], subContentId: 'scs-2' },
  ],
  overallFeedback: [{ from: 0, to: 100, feedback: 'Vous avez :numcorrect bonnes réponses sur :maxscore' }],
  behaviour: { autoContinue: true, enableRetry: true, passPercentage: 50 },
  l10n: { nextButtonLabel: 'Question suivante' },
};
const essay = {
  media: { disableImageZooming: false },
  taskDescription: '<p>Racontez une première rencontre en maraude.</p>\n',
  placeholderText: 'Ce soir-là…',
  solution: { introduction: '<div>Ce n’est qu’un exemple.</div>\n', sample: '<div>Nous avons d’abord salué.</div>\n' },
  keywords: [
    { keyword: 'écoute', alternatives: [], options: { points: 1, occurrences: 1, caseSensitive: false, forgiveMistakes: true, feedbackMissed: 'Et l’écoute ?' } },
    { keyword: 'confiance', alternatives: [], options: { points: 1, occurrences: 1, caseSensitive: false, forgiveMistakes: true, feedbackIncluded: 'Oui, la confiance se construit.' } },
  ],
  overallFeedback: [{ from: 0, to: 49, feedback: 'Relisez le module.' }, { from: 50, to: 100, feedback: 'Bien.' }],
  behaviour: { minimumLength: 0, percentagePassing: 50, percentageMastering: 100 },
};
const blanks = {
  text: '<p>Complétez.</p>\n',
  questions: ['<p>Le *CCAS* instruit les demandes.</p>\n', '<p>La *CAF* verse le RSA.</p>\n'],
  overallFeedback: [{ from: 0, to: 100, feedback: 'Vous avez @score blancs justes sur @total.' }],
  behaviour: { caseSensitive: false },
};
const questionSet = (endGame, questions, extra = {}) => ({
  introPage: { showIntroPage: true, title: 'Aller vers : positionnement', introduction: '<p>Dix minutes.</p>' },
  progressType: 'dots',
  passPercentage: 50,
  questions,
  texts: { prevButton: 'Question précédente', finishButton: 'Terminer' },
  endGame: { showResultPage: true, showSolutionButton: true, message: 'Résultats', ...endGame },
  ...extra,
});
const sub = (library, params, id, title) => ({ library, params, subContentId: id, metadata: { contentType: library, license: 'U', title } });
const oneQuestion = [sub('H5P.TrueFalse 1.8', trueFalse('Le non-recours est rare.', 'false'), 'vf', 'Non-recours')];

describe('H5P feedback per score range', () => {
  it('turns the set’s endGame.overallFeedback into the quiz’s bands and says so, each question’s own feedback reported with its path', () => {
    const set = questionSet(
      { overallFeedback: [{ from: 0, to: 49, feedback: 'Revoyez le module 1 avant de vous inscrire.' }, { from: 50, to: 100, feedback: 'Vous pouvez vous inscrire au module 2.' }] },
      [
        sub(
          'H5P.MultiChoice 1.16',
          multiChoice('La maraude, c’est aller vers ?', [['Oui', true, 'Bien vu.', 'C’était la bonne réponse.'], ['Non', false]], [
            { from: 0, to: 0, feedback: 'Raté' },
            { from: 1, to: 99, feedback: 'Presque' },
            { from: 100, to: 100, feedback: 'Parfait' },
          ]),
          'mc',
          'Maraude',
        ),
        ...oneQuestion,
      ],
    );
    const { feed } = imported(set);
    assert.deepEqual(feed.quizzes[0].bands, [
      { min: 0, title: 'Revoyez le module 1 avant de vous inscrire.' },
      { min: 50, title: 'Vous pouvez vous inscrire au module 2.' },
    ]);
    const lines = reportLines(set);
    assert.match(lines, /^Attention – endGame\.overallFeedback : retours selon le score repris comme paliers de résultat du questionnaire \(bands\) : 0–49 % → palier dès 0 % « Revoyez le module 1 avant de vous inscrire\. » ; 50–100 % → palier dès 50 % « Vous pouvez vous inscrire au module 2\. »$/m);
    assert.match(lines, /^Attention – questions\[0\]\.params\.overallFeedback : question reprise incomplète « Maraude » : retours selon le score de cette question non repris .*0 % « Raté » ; 1–99 % « Presque » ; 100 % « Parfait »$/m);
    assert.match(lines, /^Attention – questions\[0\]\.params\.answers\[0\]\.tipsAndFeedback\.notChosenFeedback : question reprise incomplète « Maraude » : retour affiché quand l’option « Oui » n’est pas cochée \(« C’était la bonne réponse\. »\) non repris/m);
    // The chosen feedback is carried as before.
    assert.equal(feed.quizzes[0].items[0].options[0].feedback, 'Bien vu.');
    // The command line writes the same bands, valid, and says which ranges became them.
    const result = cli('import', writeTemp('serie.json', set), '--from', 'h5p');
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout).quizzes[0].bands, feed.quizzes[0].bands);
    assert.match(result.stderr, /^Attention – endGame\.overallFeedback\u00a0: retours selon le score repris comme paliers de résultat du questionnaire \(bands\)/m);
  });

  it('gives, for every whole percentage, the text H5P shows: first range of the list that holds it, unsorted, overlapping or gapped', () => {
    const bandsOf = (overallFeedback) => imported(questionSet({ overallFeedback }, oneQuestion)).feed.quizzes[0].bands;
    // H5P takes the first range holding the score: 50–100 wins over 0–60 from 50 on.
    assert.deepEqual(bandsOf([{ from: 50, to: 100, feedback: 'B' }, { from: 0, to: 60, feedback: 'A' }]), [{ min: 0, title: 'A' }, { min: 50, title: 'B' }]);
    assert.deepEqual(bandsOf([{ from: 0, to: 0, feedback: 'Raté' }, { from: 1, to: 99, feedback: 'Presque' }, { from: 100, to: 100, feedback: 'Parfait' }]), [
      { min: 0, title: 'Raté' },
      { min: 1, title: 'Presque' },
      { min: 100, title: 'Parfait' },
    ]);
    // Below the first range, no band in H5P nor in the feed; a range without text is no band.
    assert.deepEqual(bandsOf([{ from: 0, to: 19 }, { from: 20, to: 100, feedback: 'Au-delà de 20 %' }]), [{ min: 20, title: 'Au-delà de 20 %' }]);
    // The list as a group (not flattened), numbers saved as text, HTML and entities: read as H5P does.
    assert.deepEqual(bandsOf({ overallFeedback: [{ from: '0', to: '100', feedback: 'Vous l&#039;avez <em>fini</em>' }] }), [{ min: 0, title: 'Vous l\'avez fini' }]);
    // A gap after a band: the feed's band goes on (a band needs a title), said with the span.
    const gapped = questionSet({ overallFeedback: [{ from: 0, to: 40, feedback: 'A' }, { from: 60, to: 100, feedback: 'B' }] }, oneQuestion);
    assert.deepEqual(imported(gapped).feed.quizzes[0].bands, [{ min: 0, title: 'A' }, { min: 60, title: 'B' }]);
    assert.match(reportLines(gapped), /endGame\.overallFeedback : de 41–59 %, H5P n’affiche aucun retour : dans le flux, le palier dès 0 % \(« A »\) s’y applique aussi/);
    // A text no percentage reaches, and one that quotes the score H5P fills in: reported, not bands.
    const lost = questionSet({ overallFeedback: [{ from: 0, to: 100, feedback: 'Tout' }, { from: 50, to: 100, feedback: 'Jamais vu' }, { from: 0, to: 100, feedback: '@score sur @total' }] }, oneQuestion);
    assert.deepEqual(imported(lost).feed.quizzes[0].bands, [{ min: 0, title: 'Tout' }]);
    assert.match(reportLines(lost), /endGame\.overallFeedback\[1\] : retour « Jamais vu » \(50–100 %\) non repris : aucun score ne l’atteint/);
    const quoting = questionSet({ overallFeedback: [{ from: 0, to: 100, feedback: 'Vous avez @score points sur @total.' }] }, oneQuestion);
    assert.equal(imported(quoting).feed.quizzes[0].bands, undefined);
    assert.match(reportLines(quoting), /endGame\.overallFeedback\[0\] : retour « Vous avez @score points sur @total\. » \(0–100 %\) non repris : il cite le score/);
  });

  it('reads the texts for a set passed or failed of older Question Sets, reports end videos, and makes no band H5P would not show', () => {
    const old = questionSet({ overallFeedback: [{ from: 0, to: 100 }], oldFeedback: { successGreeting: 'Bravo !', successComment: '<p>Inscrivez-vous.</p>', failGreeting: 'Pas encore', failComment: '' } }, oneQuestion, { passPercentage: 70 });
    assert.deepEqual(imported(old).feed.quizzes[0].bands, [{ min: 0, title: 'Pas encore' }, { min: 70, title: 'Bravo !', message: 'Inscrivez-vous.' }]);
    // Before Question Set 1.13 the four texts sat in endGame itself.
    const flat = questionSet({ successGreeting: 'Bravo !', failGreeting: 'Pas encore' }, oneQuestion);
    assert.deepEqual(imported(flat).feed.quizzes[0].bands, [{ min: 0, title: 'Pas encore' }, { min: 50, title: 'Bravo !' }]);
    // Both: the feedback per range wins, the old texts are said.
    const both = questionSet({ overallFeedback: [{ from: 0, to: 100, feedback: 'Merci' }], oldFeedback: { successGreeting: 'Bravo !' } }, oneQuestion);
    assert.deepEqual(imported(both).feed.quizzes[0].bands, [{ min: 0, title: 'Merci' }]);
    assert.match(reportLines(both), /endGame\.oldFeedback : textes de fin pour un questionnaire réussi ou échoué .* non repris/);
    const video = questionSet({ showAnimations: true, successVideo: [{ path: 'videos/bravo.mp4', mime: 'video/mp4' }] }, oneQuestion);
    assert.match(reportLines(video), /endGame\.successVideo : vidéo de fin \(réussite : videos\/bravo\.mp4\) non reprise/);
    const hidden = questionSet({ showResultPage: false, overallFeedback: [{ from: 0, to: 100, feedback: 'Merci' }] }, oneQuestion);
    assert.equal(imported(hidden).feed.quizzes[0].bands, undefined);
    assert.match(reportLines(hidden), /endGame\.overallFeedback : retour selon le score non repris : la page de résultats est désactivée dans H5P/);
    const unscored = questionSet({ overallFeedback: [{ from: 0, to: 100, feedback: 'Merci' }] }, [sub('H5P.Essay 1.5', { ...essay, keywords: [] }, 'essai', 'Récit')]);
    assert.equal(imported(unscored).feed.quizzes[0].bands, undefined);
    assert.match(reportLines(unscored), /endGame\.overallFeedback : retour selon le score non repris : aucune question du questionnaire n’est notée/);
    const pooled = questionSet({}, [...oneQuestion, sub('H5P.TrueFalse 1.8', trueFalse('Autre.', 'true'), 'vf2', 'Autre')], { poolSize: 1 });
    assert.match(reportLines(pooled), /poolSize : H5P pose 1 questions tirées au hasard parmi les 2/);
  });

  it('drops no feedback text silently: each is a band, an item’s text, or named in the report by its path', () => {
    const set = questionSet({ overallFeedback: [{ from: 0, to: 59, feedback: 'Fin basse' }, { from: 60, to: 100, feedback: 'Fin haute @score' }] }, [
      sub('H5P.MultiChoice 1.16', multiChoice('Quels lieux ?', [['La rue', true, 'Oui', 'La rue en était'], ['Le domicile', true, '', 'Le domicile aussi'], ['Le guichet', false, 'Non']], [{ from: 0, to: 50, feedback: 'Question basse' }, { from: 51, to: 100, feedback: 'Question haute' }]), 'mc', 'Lieux'),
      sub('H5P.SingleChoiceSet 1.11', singleChoiceSet, 'scs', 'Sigles'),
      sub('H5P.Essay 1.5', essay, 'essai', 'Récit'),
      sub('H5P.Blanks 1.14', blanks, 'trous', 'Trous'),
    ]);
    const { feed, report } = imported(set);
    const said = [...report.warnings, ...report.errors].map((note) => note.where.path ?? '');
    const carried = JSON.stringify(feed);
    const texts = [];
    const walk = (value, path) => {
      if (Array.isArray(value)) value.forEach((entry, index) => walk(entry, `${path}[${index}]`));
      else if (value && typeof value === 'object') for (const [key, entry] of Object.entries(value)) walk(entry, path ? `${path}.${key}` : key);
      else if (typeof value === 'string' && value && /(feedback|Feedback|introduction|Greeting|Comment)$/.test(path.split('.').at(-1).replace(/\[\d+\]$/, ''))) texts.push([path, value]);
    };
    walk(set, '');
    assert.ok(texts.length >= 12, `${texts.length} feedback texts in the fixture`);
    for (const [path, text] of texts) {
      const plain = text.replace(/<[^>]*>/g, '').trim();
      assert.ok(carried.includes(JSON.stringify(plain).slice(1, -1)) || said.some((where) => where && path.startsWith(where)), `${path} (${text}) is neither carried nor reported`);
    }
    // The essay's sample solution keeps its introduction, shown above it by H5P.
    assert.equal(feed.quizzes[0].items.find((item) => item.id === 'essai').explanation, 'Ce n’est qu’un exemple.\nNous avons d’abord salué.');
  });
});

describe('H5P: one content.json on its own', () => {
  const lone = [
    ['H5P.MultiChoice', multiChoice('La maraude, c’est aller vers ?', [['Oui', true], ['Non', false]], [{ from: 0, to: 99, feedback: 'À revoir' }, { from: 100, to: 100, feedback: 'Juste' }]), 'choix multiple', 1],
    ['H5P.TrueFalse', trueFalse('Le non-recours est rare.', 'false'), 'vrai ou faux', 1],
    ['H5P.SingleChoiceSet', singleChoiceSet, 'série de questions à choix unique', 2],
    ['H5P.Essay', essay, 'réponse rédigée', 1],
    ['H5P.Blanks', blanks, 'texte à trous', 2],
  ];

  for (const [library, content, what, count] of lone) {
    it(`reads a lone ${library} content.json as a quiz of that one content, and says so (command line, --from h5p)`, () => {
      const result = cli('import', writeTemp(`${library}.json`, content), '--from', 'h5p');
      assert.equal(result.code, 0, result.stderr);
      const feed = JSON.parse(result.stdout);
      assert.equal(feed.quizzes[0].items.length, count);
      assert.match(result.stderr, new RegExp(`^H5P : 1 questionnaire\\(s\\), ${count} question\\(s\\)$`, 'm'));
      assert.ok(result.stderr.includes(`Attention – content.json d’un ${library} seul (${what}), pas d’un H5P.QuestionSet : lu comme une série de ce seul contenu\n`), result.stderr);
      assert.doesNotMatch(result.stderr, /questions\[0\]/);
    });
  }

  it('makes the lone content’s own feedback per score range and pass percentage the quiz’s', () => {
    const mc = imported(lone[0][1]);
    assert.deepEqual(mc.feed.quizzes[0].bands, [{ min: 0, title: 'À revoir' }, { min: 100, title: 'Juste' }]);
    assert.equal(mc.feed.quizzes[0].passScore, 100);
    assert.deepEqual(mc.feed.quizzes[0].items[0].options.map((option) => [option.label, option.correct]), [['Oui', true], ['Non', undefined]]);
    assert.equal(imported(singleChoiceSet).feed.quizzes[0].passScore, 50);
    // Its texts are reported with their paths from the file's root.
    const lines = reportLines(essay);
    assert.match(lines, /^Attention – keywords\[0\]\.options\.feedbackMissed : question reprise incomplète « H5P\.Essay » : retour quand le mot-clé « écoute » est absent/m);
    assert.match(lines, /^Attention – overallFeedback : 2 retours selon le score non repris : aucune question du questionnaire n’est notée/m);
    assert.match(reportLines(blanks), /^Attention – overallFeedback\[0\] : retour « Vous avez @score blancs justes sur @total\. » \(0–100 %\) non repris/m);
    // A content wrapped with its library name, as some exports write it, is read by that name.
    const wrapped = imported({ library: 'H5P.TrueFalse 1.8', params: trueFalse('Oslo est en Norvège.', 'true') });
    assert.equal(wrapped.feed.quizzes[0].items[0].answer, true);
  });

  it('recognises a lone content without --from, as a lone Blanks was; any other JSON still needs --from', () => {
    const result = cli('import', writeTemp('vrai-faux.json', lone[1][1]));
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /^Attention – content\.json d’un H5P\.TrueFalse seul \(vrai ou faux\)/m);
    const other = cli('import', writeTemp('glisser.json', { taskDescription: '<p>Faites glisser.</p>', textField: 'Le *CCAS* instruit.' }));
    assert.equal(other.code, 2);
    assert.match(other.stderr, /non reconnu : précisez --from/);
  });

  it('refuses any other content.json with why, naming the shapes it reads', () => {
    const dragText = { taskDescription: '<p>Faites glisser.</p>', textField: 'Le *CCAS* instruit.', overallFeedback: [{ from: 0, to: 100 }], behaviour: {} };
    const summary = { intro: 'Choisissez', summaries: [{ summary: ['<p>a</p>'], tip: '' }] };
    for (const json of [dragText, summary, { question: { task: {} }, behaviour: {} }, [], { foo: 1 }]) {
      const result = cli('import', writeTemp('autre.json', json), '--from', 'h5p');
      assert.equal(result.code, 1);
      assert.match(result.stderr, /^Erreur – pas de « questions » : ce n’est pas le content\.json d’un H5P\.QuestionSet, ni celui d’un contenu seul lu ici \(H5P\.MultiChoice : « question » et « answers » ; H5P\.TrueFalse : « question » et « correct » ; H5P\.SingleChoiceSet : « choices » ; H5P\.Essay : « taskDescription » et « keywords » ; H5P\.Blanks : « questions » faites de phrases\)$/m);
      assert.match(result.stderr, /^rien n’a été écrit$/m);
    }
    const named = fromH5pQuestionSet({ library: 'H5P.DragText 1.10', params: dragText });
    assert.deepEqual(named.report.entries.map((entry) => entry.message), ['contenu H5P.DragText 1.10 seul : type H5P non pris en charge (lus ici : H5P.QuestionSet, H5P.MultiChoice, H5P.TrueFalse, H5P.SingleChoiceSet, H5P.Essay, H5P.Blanks)']);
  });
});

describe('H5P texts as a page shows them', () => {
  it('keeps a table’s cells apart, starts a line at each block, and keeps a « < » that opens no tag', () => {
    const quiz = imported(
      multiChoice('<p>Quelle ligne ?</p><table><tr><td>1</td><td>3</td><td>5</td></tr></table><div>Si a < b et b > c</div>', [
        ['<p>x<3</p>', true],
        ['<p>x >= 3</p>', false],
      ]),
    ).feed.quizzes[0];
    const [item] = quiz.items;
    assert.equal(item.prompt, 'Quelle ligne ?\n1 | 3 | 5\nSi a < b et b > c');
    assert.deepEqual(item.options.map((option) => option.label), ['x<3', 'x >= 3']);
  });
});
