/**
 * GIFT import and export: a corpus of this project's own covering every construct of Moodle's documentation, with
 * the expected item of each question; hostile input; the round trip GIFT → quiz → GIFT; and a third-party corpus
 * (test/node/fixtures/gift-third-party, see SOURCE.md there) where every question must be mapped or reported.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { importSource } from '../import-source.mjs';

const { fromGift, toGift } = await importSource('src/model/convert/gift.ts');
const { quizSchema } = await importSource('src/model/schema.ts');

const fixture = (path) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
const valid = (quiz) => assert.deepEqual(quizSchema.safeParse(quiz).error?.issues ?? [], []);

describe('fromGift: every GIFT feature', () => {
  const { quiz, report } = fromGift(fixture('gift/features.gift'));
  const item = (id) => quiz.items.find((candidate) => candidate.id === id);

  it('maps every question, reports the category, the tags and what an item could not keep, with their lines', () => {
    assert.equal(quiz.items.length, 19);
    assert.equal(report.converted, 19);
    assert.equal(report.skipped, 0);
    assert.deepEqual(
      report.entries.map(({ severity, line, message }) => [severity, line, message]),
      [
        ['info', 4, 'catégorie Moodle « $course$/top/Aller vers/Positionnement » : les questions suivantes en font partie'],
        ['info', 12, 'étiquettes Moodle non reprises : sequence-1, facile'],
        ['lossy', 34, 'crédit négatif d’une réponse courte ramené à 0'],
        ['lossy', 46, 'retour pour « toute autre réponse » (~#…) non repris'],
      ],
    );
    valid(quiz);
  });

  it('takes the quiz title from the category, item ids from [id:…] or the title', () => {
    assert.equal(quiz.title, 'Positionnement');
    assert.equal(quiz.id, 'positionnement');
    assert.deepEqual(quiz.items.slice(0, 3).map((i) => i.id), ['vf-simple', 'vrai-avec-retours', 'choix-unique']);
  });

  it('true/false, with the feedback for a wrong and a right answer', () => {
    assert.deepEqual(item('vf-simple'), { id: 'vf-simple', type: 'true-false', prompt: 'L\'aller vers concerne uniquement les personnes sans domicile.', answer: false });
    assert.deepEqual(item('vrai-avec-retours'), {
      id: 'vrai-avec-retours',
      type: 'true-false',
      prompt: 'Le pouvoir d\'agir se construit avec la personne.',
      answer: true,
      feedbackTrue: 'Exactement.',
      feedbackFalse: 'Relisez la séquence 2.',
    });
  });

  it('single choice with per-answer feedback and general feedback', () => {
    assert.deepEqual(item('choix-unique'), {
      id: 'choix-unique',
      type: 'single',
      prompt: 'Quel texte fonde la stratégie nationale de prévention de la pauvreté ?',
      explanation: 'La stratégie date de 2018.',
      options: [
        { id: 'la-strategie-de-2018', label: 'La stratégie de 2018', correct: true, feedback: 'Oui, annoncée en septembre 2018.' },
        { id: 'la-loi-de-1998', label: 'La loi de 1998', feedback: 'C\'est la loi contre les exclusions.' },
        { id: 'le-plan-de-2013', label: 'Le plan de 2013' },
      ],
    });
  });

  it('partial and negative credit; several answers when none alone earns full credit', () => {
    assert.deepEqual(item('credits-partiels').options.map(({ label, correct, credit }) => [label, correct, credit]), [
      ['Dans la rue', undefined, 50],
      ['Là où sont les personnes', true, undefined],
      ['Uniquement au bureau', undefined, -100],
    ]);
    assert.equal(item('credits-partiels').type, 'single');
    assert.equal(item('reponses-multiples').type, 'multiple');
    assert.deepEqual(item('reponses-multiples').options.map((o) => o.credit), [50, 50, -50, -50]);
  });

  it('missing word: a blank where the answers stood', () => {
    assert.equal(item('mot-manquant').prompt, 'L\'aller vers vise les personnes _____ des droits.');
    assert.deepEqual(item('mot-manquant').options.filter((o) => o.correct).map((o) => o.label), ['non-recourantes']);
  });

  it('short answer: several accepted answers with credits, and a lone answer without =', () => {
    assert.deepEqual(item('reponse-courte').answers, [
      { text: 'RSA', feedback: 'Oui.' },
      { text: 'R.S.A.', credit: 50, feedback: 'Sans les points, c\'est mieux.' },
      { text: 'RMI', credit: 0, feedback: 'C\'est l\'ancien dispositif.' },
    ]);
    assert.deepEqual(item('reponse-seule').answers, [{ text: 'DIPLP' }]);
  });

  it('numerical: tolerance, range, several answers with credit', () => {
    assert.deepEqual(item('numerique-avec-tolerance').answers, [{ value: 2018, tolerance: 1 }]);
    assert.deepEqual(item('numerique-intervalle').answers, [{ value: 3, tolerance: 1 }], 'a range as its middle ± half its width');
    assert.deepEqual(item('numerique-plusieurs-reponses').answers, [
      { value: 3, feedback: 'Trois jours, soit 21 heures.' },
      { value: 2, tolerance: 0.5, credit: 50, feedback: 'Presque : il y a aussi le jour 3.' },
    ]);
  });

  it('matching, with an extra wrong answer', () => {
    assert.deepEqual(item('appariement').pairs.map(({ prompt, match }) => [prompt, match]), [
      ['CCAS', 'Centre communal d\'action sociale'],
      ['CAF', 'Caisse d\'allocations familiales'],
      ['ASS', 'Assistant de service social'],
    ]);
    assert.deepEqual(item('appariement').distractors, ['Conseil départemental']);
  });

  it('essay and description', () => {
    assert.deepEqual(item('reflexion-libre'), {
      id: 'reflexion-libre',
      type: 'text',
      prompt: 'Décrivez une situation d\'aller vers que vous avez vécue.',
      explanation: 'Vous en parlerez en groupe le jour 1.',
    });
    assert.deepEqual(item('consigne'), { id: 'consigne', type: 'instruction', prompt: 'Les questions suivantes portent sur votre pratique.' });
  });

  it('[markdown], [html] (per answer too) and [plain] become plain text; escapes give their character back', () => {
    assert.equal(item('texte-en-markdown').prompt, 'Le pouvoir d\'agir se dit aussi empowerment.');
    assert.equal(item('texte-en-html').prompt, 'La médiation & l\'accompagnement ?');
    assert.deepEqual(item('texte-en-html').options.map((o) => o.label), ['Complémentaires', 'Opposés']);
    assert.equal(item('texte-brut').prompt, 'Un texte brut garde *ses* étoiles.');
    assert.equal(item('echappements').prompt, 'Lequel s\'écrit { } ~ = # : \\ en GIFT ?');
    assert.deepEqual(item('echappements').options.map((o) => o.label), ['Des accolades {}', 'Un deux-points seul :']);
    assert.equal(item('echappements').options[0].feedback, 'Oui : \\{ et \\}.');
  });

  it('multi-line questions keep their lines', () => {
    assert.equal(item('plusieurs-lignes').prompt, 'Cette question\ns\'écrit sur\nplusieurs lignes.');
  });
});

describe('fromGift: hostile input', () => {
  it('reports each broken question with its line and keeps the others', () => {
    const { quiz, report } = fromGift(
      ['Bonne question ?{T}', '', 'Accolade ouverte {=a ~b', '', 'Deux blancs {=a} et {=b}.', '', '::Vide::', '', 'Nombre {#abc}', '', 'Paire seule {=a -> b}', '', 'Choix seul {~a}'].join('\n'),
    );
    assert.deepEqual(quiz.items.map((i) => i.type), ['true-false']);
    assert.deepEqual(
      report.entries.map(({ severity, line }) => [severity, line]),
      [['skipped', 3], ['skipped', 5], ['skipped', 7], ['skipped', 9], ['skipped', 11], ['skipped', 13]],
    );
    assert.ok(report.entries.every((entry) => entry.message.length > 0));
  });

  it('never throws, on any input', () => {
    for (const text of ['', '\ufeff', '{', '}', '::', '::a::', '$CATEGORY:', '\\', '{#', '{#..}', '{=->}', '{~%abc%x =y}', '\u0000\u0001{T}', 'x'.repeat(10000) + '{T}']) {
      const { report } = fromGift(text);
      assert.equal(report.format, 'gift');
    }
  });

  it('reads Windows line endings and a byte order mark', () => {
    const { quiz } = fromGift('\ufeff::Q::Vrai ?{T}\r\n\r\n::R::Faux ?{F}\r\n');
    assert.deepEqual(quiz.items.map((i) => [i.id, i.answer]), [['q', true], ['r', false]]);
  });
});

describe('fromGift: HTML character references', () => {
  it('decodes every named one HTML defines in Moodle\'s format, [html] and [markdown] (not in code), never in [plain] nor in an address', () => {
    const { quiz } = fromGift(
      [
        '::Q1::[html]<p>L&rsquo;&eacute;t&eacute; &laquo;&nbsp;chaud&nbsp;&raquo; co&ucirc;te 5&nbsp;&euro;&hellip; <a href\\="https\\://exemple.fr/?a\\=1&amp;section\\=2">fiche</a></p>{=Vrai &amp; juste ~C&oelig;ur}',
        '::Q2::Moodle&rsquo;s own: l&agrave; {T}',
        '::Q3::[markdown]**D&eacute;j&agrave;** `&eacute;` {T}',
        '::Q4::[plain]&eacute; stays {T}',
      ].join('\n\n'),
    );
    assert.deepEqual(
      quiz.items.map((item) => item.prompt),
      [
        'L’été « chaud » coûte 5 €… fiche (lien : https://exemple.fr/?a=1&section=2)',
        'Moodle’s own: là',
        'Déjà &eacute;',
        '&eacute; stays',
      ],
    );
    assert.deepEqual(quiz.items[0].options.map((option) => option.label), ['Vrai & juste', 'Cœur']);
  });

  it('toGift writes a text that reads like HTML (&eacute;, <b>) so that Moodle and fromGift show it as the feed has it', () => {
    const quiz = {
      id: 'entites',
      title: 'Entités',
      items: [
        { id: 'a', type: 'true-false', prompt: 'R&D : &eacute; &amp; <b>gras</b> &#233; a < b', answer: true },
        { id: 'b', type: 'single', prompt: 'Choix', options: [{ id: 'o1', label: 'A &rsquo; B', correct: true, feedback: '<i>non</i>' }, { id: 'o2', label: 'C' }] },
      ],
    };
    const { gift } = toGift(quiz);
    assert.match(gift, /R&D \\: &amp;eacute; &amp;amp; &lt;b>gras&lt;\/b> &amp;\\#233; a < b/);
    // Option ids are made from the labels on the way in: the texts are compared.
    const texts = (items) => items.map((item) => [item.prompt, ...(item.options ?? []).flatMap((option) => [option.label, option.feedback])]);
    assert.deepEqual(texts(fromGift(gift).quiz.items), texts(quiz.items));
  });
});

describe('fromGift: a credit beyond 100 %', () => {
  it('is read as 100 % (or -100 %) in every kind of question, said once per value, so that the quiz stays valid', () => {
    const { quiz, report } = fromGift('::S::Q {=%150%A =B}\n\n::N::Q {#=%150%3 =%150%4 =5}\n\n::M::Q {~%150%A ~%-150%B ~C}');
    valid(quiz);
    assert.deepEqual(quiz.items[0].answers, [{ text: 'A' }, { text: 'B' }]);
    assert.deepEqual(quiz.items[1].answers, [{ value: 3 }, { value: 4 }, { value: 5 }]);
    assert.deepEqual(quiz.items[2].options.map((option) => option.credit), [100, -100, undefined]);
    assert.deepEqual(
      report.entries.map(({ severity, line, note }) => [severity, line, note.code, note.value]),
      [
        ['lossy', 1, 'gift-credit-clamped', '150'],
        ['lossy', 3, 'gift-credit-clamped', '150'],
        ['lossy', 5, 'gift-credit-clamped', '150'],
        ['lossy', 5, 'gift-credit-clamped', '-150'],
      ],
    );
    assert.deepEqual(report.entries.map((entry) => entry.message), [
      'crédit de 150 % ramené à 100 % (un crédit va de -100 à 100 %)',
      'crédit de 150 % ramené à 100 % (un crédit va de -100 à 100 %)',
      'crédit de 150 % ramené à 100 % (un crédit va de -100 à 100 %)',
      'crédit de -150 % ramené à -100 % (un crédit va de -100 à 100 %)',
    ]);
  });
});

describe('toGift: round trip', () => {
  const original = fromGift(fixture('gift/features.gift')).quiz;

  it('GIFT → quiz → GIFT → quiz gives the same quiz, and exporting twice the same text', () => {
    const { gift, report } = toGift(original);
    assert.equal(report.skipped, 0);
    const again = fromGift(gift);
    assert.equal(again.report.skipped, 0);
    assert.deepEqual(again.quiz, original);
    assert.equal(toGift(again.quiz).gift, gift);
  });

  it('reports what GIFT cannot hold', () => {
    const quiz = {
      id: 'q',
      title: 'Q',
      items: [
        { id: 'echelle', type: 'scale', prompt: 'Niveau ?', levels: [{ label: 'Bas' }, { label: 'Haut' }] },
        { id: 'poids', type: 'true-false', prompt: 'Vrai ?', answer: true, weight: 2, objectives: ['obj-1'] },
      ],
    };
    const { gift, report } = toGift(quiz);
    assert.deepEqual(report.entries.map(({ severity, path }) => [severity, path]), [['skipped', 'items.echelle'], ['lossy', 'items.poids']]);
    assert.deepEqual(fromGift(gift).quiz.items.map((i) => i.id), ['poids']);
  });
});

describe('fromGift: a third-party corpus', () => {
  const folder = new URL('../fixtures/gift-third-party/', import.meta.url);
  const theirTypes = JSON.parse(readFileSync(new URL('their-types.json', folder), 'utf8'));
  const ourTypes = { MC: ['single', 'multiple'], TF: ['true-false'], Short: ['short-answer'], Numerical: ['numerical'], Matching: ['matching'], Essay: ['text'], Description: ['instruction'] };

  it('maps every one of its questions to the type its own parser sees, or reports it', () => {
    const files = readdirSync(folder).filter((file) => file.endsWith('.gift'));
    assert.equal(files.length, Object.keys(theirTypes).length);
    let questions = 0;
    for (const file of files) {
      const { quiz, report } = fromGift(readFileSync(new URL(file, folder), 'utf8'));
      const expected = theirTypes[file].filter((type) => type !== 'Category');
      questions += expected.length;
      const types = (quiz?.items ?? []).map((i) => i.type);
      assert.equal(types.length + report.skipped, expected.length, file);
      if (report.skipped === 0) expected.forEach((type, index) => assert.ok(ourTypes[type].includes(types[index]), `${file} #${index + 1}: ${type} → ${types[index]}`));
      if (quiz) valid(quiz);
    }
    // 93 questions (31 multiple choice, 19 short answers, 17 true/false, 14 numerical, 8 essays, 4 matching) and 7 descriptions.
    assert.equal(questions, 100);
  });
});
