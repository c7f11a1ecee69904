/**
 * H5P Question Set import: a content.json of this project's own with every mapped sub-type and the usual
 * unsupported ones, hostile input, and H5P Group's example contents (test/node/fixtures/h5p-third-party).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { importSource } from '../import-source.mjs';

const { fromH5pQuestionSet } = await importSource('src/model/convert/h5p.ts');
const { quizSchema } = await importSource('src/model/schema.ts');
const valid = (quiz) => assert.deepEqual(quizSchema.safeParse(quiz).error?.issues ?? [], []);

const answer = (text, correct, chosenFeedback = '') => ({ text: `<div>${text}</div>\n`, correct, tipsAndFeedback: { tip: '', chosenFeedback, notChosenFeedback: '' } });

const contentJson = {
  introPage: { showIntroPage: true, title: 'Aller vers&nbsp;: positionnement', introduction: '<p>Dix minutes.</p>' },
  passPercentage: 60,
  randomQuestions: true,
  questions: [
    {
      library: 'H5P.MultiChoice 1.16',
      subContentId: 'mc-unique',
      params: { question: '<p>La maraude, c’est <strong>aller vers</strong>&nbsp;?</p>', answers: [answer('Oui', true, 'Bien vu.'), answer('Non', false)], behaviour: { type: 'auto' } },
    },
    {
      library: 'H5P.MultiChoice 1.16',
      subContentId: 'mc-multiple',
      params: { question: '<p>Quels lieux&nbsp;?</p>', answers: [answer('La rue', true), answer('Le domicile', true), answer('Le guichet', false)], behaviour: { type: 'auto' } },
    },
    {
      library: 'H5P.TrueFalse 1.8',
      subContentId: 'vf',
      params: { question: '<p>Le non-recours est rare.</p>', correct: 'false', behaviour: { feedbackOnCorrect: 'Oui, il est fréquent.', feedbackOnWrong: 'Non : un tiers des ayants droit.' } },
    },
    {
      library: 'H5P.SingleChoiceSet 1.11',
      subContentId: 'scs',
      params: { choices: [{ question: '<p>Sigle du revenu de solidarité&nbsp;?</p>', answers: ['<p>RSA</p>', '<p>RMI</p>'], subContentId: 'scs-1' }, { question: 'Année de la stratégie ?', answers: ['2018', '2013', '1998'] }] },
    },
    {
      library: 'H5P.Essay 1.5',
      subContentId: 'essai',
      params: { taskDescription: '<p>Racontez une rencontre.</p>', placeholderText: 'Votre récit', solution: { sample: '<p>Une maraude de nuit…</p>' }, keywords: [{ keyword: 'rencontre' }] },
    },
    {
      library: 'H5P.Blanks 1.14',
      subContentId: 'blancs',
      params: {
        text: '<p>Complétez.</p>',
        questions: ['<p>Le <em>*CCAS/centre communal:sigle*</em> instruit les demandes.</p>', '<p>*Deux* blancs dans *une* phrase.</p>'],
        behaviour: { caseSensitive: false },
      },
    },
    { library: 'H5P.DragQuestion 1.14', subContentId: 'drag', params: {}, metadata: { title: 'Glisser-déposer' } },
    { library: 'H5P.MarkTheWords 1.11', subContentId: 'mark', params: {} },
    { library: 'H5P.DragText 1.10', subContentId: 'dragtext', params: {} },
    { library: 'H5P.MultiChoice 1.16', params: { question: '', answers: [] } },
    'pas un objet',
  ],
};

describe('fromH5pQuestionSet', () => {
  const { quiz, report } = fromH5pQuestionSet(JSON.stringify(contentJson));
  const item = (id) => quiz.items.find((candidate) => candidate.id === id);

  it('maps MultiChoice, TrueFalse, SingleChoiceSet, Essay and Blanks, and reports the rest with its path', () => {
    assert.deepEqual(quiz.items.map((i) => [i.id, i.type]), [
      ['mc-unique', 'single'],
      ['mc-multiple', 'multiple'],
      ['vf', 'true-false'],
      ['scs-1', 'single'],
      ['scs-2', 'single'],
      ['essai', 'text'],
      ['blancs', 'short-answer'],
    ]);
    assert.deepEqual(
      report.entries.filter((entry) => entry.severity === 'skipped').map(({ path, message }) => [path, message]),
      [
        ['questions[5].params.questions[1]', '2 blancs dans une phrase : un seul blanc par question est pris en charge'],
        ['questions[6]', 'type H5P non pris en charge : H5P.DragQuestion 1.14'],
        ['questions[7]', 'type H5P non pris en charge : H5P.MarkTheWords 1.11'],
        ['questions[8]', 'type H5P non pris en charge : H5P.DragText 1.10'],
        ['questions[9]', 'question ou options vides, ou moins de deux options'],
        ['questions[10]', 'entrée qui n’est pas une question H5P (objet attendu, trouvé : un texte)'],
      ],
    );
    assert.deepEqual(report.entries.filter((entry) => entry.severity === 'lossy').map(({ path, message }) => [path, message]), [
      ['questions[4]', 'notation par mots-clés non reprise : la réponse libre n’est pas notée'],
      ['questions[5]', 'astuce d’un blanc non reprise'],
    ]);
    assert.equal(report.converted, 7);
    valid(quiz);
  });

  it('keeps the title, introduction, pass percentage and random order of the set', () => {
    assert.equal(quiz.title, 'Aller vers : positionnement');
    assert.equal(quiz.description, 'Dix minutes.');
    assert.equal(quiz.passScore, 60);
    assert.equal(quiz.shuffleItems, true);
  });

  it('makes rich text plain, keeps the chosen feedback and the right answers', () => {
    assert.deepEqual(item('mc-unique'), {
      id: 'mc-unique',
      type: 'single',
      prompt: 'La maraude, c’est aller vers ?',
      options: [{ id: 'oui', label: 'Oui', correct: true, feedback: 'Bien vu.' }, { id: 'non', label: 'Non' }],
    });
    assert.deepEqual(item('vf'), { id: 'vf', type: 'true-false', prompt: 'Le non-recours est rare.', answer: false, feedbackTrue: 'Non : un tiers des ayants droit.', feedbackFalse: 'Oui, il est fréquent.' });
    assert.deepEqual(item('scs-1').options, [{ id: 'rsa', label: 'RSA', correct: true }, { id: 'rmi', label: 'RMI' }]);
    assert.deepEqual(item('essai'), { id: 'essai', type: 'text', prompt: 'Racontez une rencontre.', explanation: 'Une maraude de nuit…', placeholder: 'Votre récit' });
  });

  it('turns a one-blank sentence into a short answer with its alternatives', () => {
    assert.deepEqual(item('blancs'), {
      id: 'blancs',
      type: 'short-answer',
      prompt: 'Complétez.\nLe _____ instruit les demandes.',
      answers: [{ text: 'CCAS' }, { text: 'centre communal' }],
    });
  });

  it('reports what is not a question set, and never throws', () => {
    for (const input of ['{', '[]', 'null', '{"questions": 3}', JSON.stringify({ params: { questions: [] } }), 42, null, { questions: [null, 1, []] }]) {
      const { quiz: none, report: said } = fromH5pQuestionSet(input);
      assert.equal(none, undefined);
      assert.equal(said.format, 'h5p');
    }
    assert.match(fromH5pQuestionSet('{').report.entries[0].message, /^JSON illisible/);
  });
});

describe('fromH5pQuestionSet: HTML character references', () => {
  it('decodes every named one HTML defines (CKEditor writes accents and French typography so), in questions and answers', () => {
    const { quiz } = fromH5pQuestionSet({
      questions: [
        {
          library: 'H5P.MultiChoice 1.16',
          params: { question: '<p>Qu&rsquo;est-ce qu&rsquo;un r&eacute;f&eacute;rent handicap&nbsp;?</p>', answers: [answer('Un &laquo;&nbsp;relais&nbsp;&raquo;', true), answer('Un co&ucirc;t&hellip;', false)] },
        },
      ],
    });
    valid(quiz);
    assert.equal(quiz.items[0].prompt, 'Qu’est-ce qu’un référent handicap ?');
    assert.deepEqual(quiz.items[0].options.map((option) => option.label), ['Un « relais »', 'Un coût…']);
  });
});

describe('fromH5pQuestionSet: H5P Group example contents', () => {
  const source = readFileSync(new URL('../fixtures/h5p-third-party/h5p-group-examples.json', import.meta.url), 'utf8');
  const { quiz, report } = fromH5pQuestionSet(source);

  it('maps every supported question and reports every other one', () => {
    const libraries = JSON.parse(source).questions.map((q) => q.library.split(' ')[0]);
    assert.deepEqual(libraries, ['H5P.MultiChoice', 'H5P.TrueFalse', 'H5P.Blanks', 'H5P.SingleChoiceSet', 'H5P.Blanks', 'H5P.Summary', 'H5P.DragText', 'H5P.MultiChoice']);
    // The pictures H5P shows above three questions cannot be shown by the feed (plain text): each is reported, as is
    // each question's own feedback per score range (the feed has bands for the whole quiz only).
    assert.deepEqual(report.entries.map(({ severity, path }) => [severity, path]), [
      ['lossy', 'questions[0]'],
      ['lossy', 'questions[1]'],
      ['lossy', 'questions[2]'],
      ['lossy', 'questions[2].params.overallFeedback'],
      ['lossy', 'questions[3].params.overallFeedback'],
      ['lossy', 'questions[4].params.overallFeedback'],
      ['skipped', 'questions[5]'],
      ['skipped', 'questions[6]'],
      ['lossy', 'questions[7].params.overallFeedback'],
    ]);
    assert.equal(report.entries[1].message, 'image de la question (images/file-582dbbc081261.jpg) non reprise : le flux n’a que du texte, question à revoir');
    // 2 multiple choice, 1 true/false, 3 + 2 one-blank sentences, 3 single choices.
    assert.equal(quiz.items.length, 11);
    assert.deepEqual([...new Set(quiz.items.map((i) => i.type))].sort(), ['short-answer', 'single', 'true-false']);
    assert.equal(quiz.items.find((i) => i.type === 'true-false').prompt, 'Oslo is the capital of Norway.');
    valid(quiz);
  });
});
