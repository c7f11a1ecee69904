/**
 * A quiz with every item type the schema knows (read from the schema, so a new type is covered as soon as it
 * exists), linked to its training's objectives from a list, then previewed live in <tf-quiz>.
 */
import { expect } from '@open-wc/testing';
import { minimalFeed } from '../../test/fixtures.js';
import { expectAccessible, textOf, waitUntil } from '../../test/helpers.js';
import { emptyFeed } from './model/create.js';
import { shapeAt } from './model/shapes.js';
import type { TfStudio } from './elements/tf-studio.js';
import { byId, freshStudio, inStudio, press, settled, type } from './test-support.js';

const itemTypes = (() => {
  const shape = shapeAt(['quizzes', 0, 'items', 0], emptyFeed());
  return shape?.kind === 'variants' ? shape.options.map((option) => option.value) : [];
})();

/** Fills every empty text field the check panel complains about under `prefix`, as an author would. */
async function fillRequired(studio: TfStudio, prefix: string, text: (key: string) => string): Promise<void> {
  for (let round = 0; round < 20; round += 1) {
    const problem = studio.check.problems.find((p) => p.key.startsWith(prefix) && p.message.includes('texte non vide'));
    if (!problem) return;
    const field = byId(studio, `f-${problem.key}`);
    field.focus();
    await type(text(problem.key));
    await settled(studio);
  }
}

describe('studio: a quiz with every item type', () => {
  it('builds it with forms and previews it', async function () {
    this.timeout(90_000);
    const studio = await freshStudio({ draft: minimalFeed() });
    (inStudio(studio, '#add-quizzes') as HTMLButtonElement).click();
    await settled(studio);
    byId(studio, 'f-quizzes[0].title').focus();
    await type('Positionnement');
    // The training is chosen from a list of the feed's trainings.
    const training = byId<HTMLSelectElement>(studio, 'f-quizzes[0].training');
    expect([...training.options].map((o) => o.value)).to.include('formation-test');
    training.value = 'formation-test';
    training.dispatchEvent(new Event('change', { bubbles: true }));
    await settled(studio);

    for (const [index, type_] of itemTypes.entries()) {
      if (index > 0) {
        (inStudio(studio, `[id="add-quizzes[0].items"]`) as HTMLButtonElement).click();
        await settled(studio);
      }
      const select = byId<HTMLSelectElement>(studio, `f-quizzes[0].items[${index}].type`);
      select.focus();
      select.value = type_;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await settled(studio);
      expect(studio.feed.quizzes[0]?.items[index]?.type).to.equal(type_);
      await fillRequired(studio, `quizzes[0].items[${index}]`, (key) => (key.endsWith('prompt') ? `Question ${type_} ?` : `Réponse ${key.slice(-12)}`));
      // Objectives come from the quiz's training, ticked in a list.
      const objective = studio.shadowRoot!.getElementById(`f-quizzes[0].items[${index}].objectives-0`) as HTMLInputElement;
      objective.focus();
      await press('Space');
      await settled(studio);
      expect(studio.feed.quizzes[0]?.items[index]?.objectives).to.deep.equal(['obj-1']);
    }
    expect(studio.feed.quizzes[0]?.items.map((item) => item.type)).to.deep.equal(itemTypes);
    await waitUntil(() => studio.check.problems.length === 0, 'a valid feed', 4000);
    await expectAccessible(studio);

    studio.setPreview({ widget: 'tf-quiz' });
    studio.tab = 'preview';
    await settled(studio);
    const quiz = inStudio(studio, 'tf-quiz');
    await waitUntil(() => textOf(quiz.shadowRoot).includes('Positionnement'), 'the quiz preview');
    await expectAccessible(studio);
  });

  it('imports a GIFT quiz of every type GIFT writes, edits it in forms and previews it', async function () {
    this.timeout(60_000);
    const gift = [
      '::Capitale:: Quelle est la capitale de la France ? {=Paris ~Lyon ~Marseille}',
      '::Départements:: Lesquels sont dans le Grand Est ? {~%50%Moselle ~%50%Meuse ~%-100%Gironde}',
      '::Aller vers:: L’aller vers est une démarche proactive. {T}',
      '::Sigle:: Quel sigle désigne le compte de formation ? {=CPF =compte personnel de formation}',
      '::Jours:: Combien de jours dure le module 1 ? {#2:0}',
      '::Sigles:: Associez chaque sigle à son sens. {=CPF -> Compte personnel de formation =OPCO -> Opérateur de compétences =RNCP -> Répertoire national}',
      'Lisez attentivement la question suivante.',
      '::Pratique:: Décrivez votre pratique. {}',
    ].join('\n\n');
    const studio = await freshStudio();
    const open = inStudio<HTMLElement & { open(text: string, what: string): Promise<boolean> }>(studio, 'studio-open');
    expect(await open.open(gift, 'positionnement.gift')).to.equal(true);
    await settled(studio);
    const types = studio.feed.quizzes[0]?.items.map((item) => item.type) ?? [];
    expect(new Set(types)).to.deep.equal(new Set(['single', 'multiple', 'true-false', 'short-answer', 'numerical', 'matching', 'instruction', 'text']));
    expect(studio.check.problems).to.deep.equal([]);

    await studio.select(['quizzes', 0]);
    await settled(studio);
    const numerical = types.indexOf('numerical');
    expect(byId(studio, `f-quizzes[0].items[${numerical}].answers[0].value`).value).to.equal('2');
    await expectAccessible(studio);

    studio.setPreview({ widget: 'tf-quiz' });
    studio.tab = 'preview';
    await settled(studio);
    await waitUntil(() => textOf(inStudio(studio, 'tf-quiz').shadowRoot).length > 0, 'the quiz preview');
    await expectAccessible(studio);
  });
});
