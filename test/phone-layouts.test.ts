/**
 * The checklist and the programme on a phone (issue #12), measured on a 375 px screen with a page that keeps 16 px
 * on each side, as the demo feed fills them:
 * - `<tf-objectives-checklist>` of the six objectives of `apsn-aller-vers-m1`: 1,867 px in the issue (1,849 px here
 *   before the change), 1,471 px after it (tiles of three states on one row, numbers inside the cards); the list
 *   numbers sit inside the cards, each state's word on one line, the chosen state marked by its tile, not by bold
 *   and underlined text like a link;
 * - `<tf-programme>` of `cadrage-aller-vers`: 6,029 px in the issue with the first module after 2,400 px of context
 *   (5,335 px and 2,699 px here before the change), 3,552 px with the first module at 465 px after it: modules and
 *   sequences first, the context folded.
 * The limits below leave room for another machine's fonts; the figures above are what this project's test browser
 * measured (Debian Chromium, headless).
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { container, renderWidget, shadowTree, widgetCases } from './widgets.js';

const phone = { width: 375, height: 667 };

async function onPhone(tag: 'tf-objectives-checklist' | 'tf-programme', attributes: Record<string, string>): Promise<HTMLElement> {
  await setViewport(phone);
  const page = await container();
  page.style.cssText = 'margin:0;padding:0 16px';
  return renderWidget(widgetCases.find((widget) => widget.tag === tag)!, 'filled', { parent: page, attributes });
}

/** The lines a piece of text takes on screen. */
function linesOf(node: Node): number {
  const range = document.createRange();
  range.selectNodeContents(node);
  const tops = new Set(Array.from(range.getClientRects(), (rect) => Math.round(rect.top)));
  return tops.size;
}

describe('on a phone (375 px)', () => {
  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  describe('<tf-objectives-checklist>', () => {
    it('six objectives take far less than the 1,867 px of the issue', async () => {
      const element = await onPhone('tf-objectives-checklist', { training: 'apsn-aller-vers-m1' });
      expect(shadowTree(element).filter((node) => node.matches('li.objective')).length).to.equal(6);
      expect(element.getBoundingClientRect().height).to.be.at.most(1_550);
    });

    it('numbers each objective inside its card, states on one row, each word on one line, the choice not styled as a link', async () => {
      const element = await onPhone('tf-objectives-checklist', { training: 'apsn-aller-vers-m1' });
      const objectives = shadowTree(element).filter((node): node is HTMLLIElement => node.matches('li.objective'));
      objectives.forEach((objective, index) => {
        const card = objective.getBoundingClientRect();
        const number = objective.querySelector('.objective__number')!;
        expect(number.textContent, 'the number in the legend').to.equal(`${index + 1}.`);
        const box = number.getBoundingClientRect();
        expect(box.left, 'number inside the card').to.be.at.least(card.left);
        expect(box.right).to.be.at.most(card.right);
        expect(getComputedStyle(objective).listStyleType, 'no marker outside the card').to.equal('none');

        const choices = Array.from(objective.querySelectorAll<HTMLLabelElement>('label.choice'));
        expect(choices.length).to.equal(3);
        const tops = choices.map((choice) => Math.round(choice.getBoundingClientRect().top));
        expect(new Set(tops).size, `objective ${index + 1}: the three states on one row`).to.equal(1);
        for (const choice of choices) {
          const word = Array.from(choice.childNodes).find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())!;
          expect(linesOf(word), `« ${word.textContent!.trim()} » on one line`).to.equal(1);
          expect(choice.getBoundingClientRect().right, 'inside the card').to.be.at.most(card.right);
        }
        const chosen = choices.find((choice) => choice.querySelector('input')!.checked)!;
        const other = choices.find((choice) => choice !== chosen)!;
        expect(getComputedStyle(chosen).fontWeight, 'the chosen state is not bold').to.equal(getComputedStyle(other).fontWeight);
        expect(getComputedStyle(chosen).textDecorationLine, 'nor underlined').to.equal('none');
        expect(getComputedStyle(chosen).borderColor, 'its tile marks it').to.not.equal(getComputedStyle(other).borderColor);
      });
    });
  });

  describe('<tf-programme>', () => {
    it('modules and sequences first, within the first screen, and far shorter than the 6,029 px of the issue', async () => {
      const element = await onPhone('tf-programme', { now: '2023-09-01' });
      const top = element.getBoundingClientRect().top;
      const modules = shadowTree(element).filter((node) => node.matches('li.module'));
      expect(modules.length).to.equal(2);
      expect(modules[0]!.getBoundingClientRect().top - top, 'where the first module starts').to.be.at.most(phone.height - 100);
      expect(modules[0]!.querySelectorAll('li.sequence').length, 'its sequences shown').to.be.greaterThan(0);
      expect(element.getBoundingClientRect().height, 'the whole overview').to.be.at.most(3_800);
    });

    it('folds the context and the framework’s own sections after the modules', async () => {
      const element = await onPhone('tf-programme', { now: '2023-09-01' });
      const tree = shadowTree(element);
      const disclosure = tree.find((node): node is HTMLDetailsElement => node instanceof HTMLDetailsElement)!;
      expect(disclosure.open, 'folded').to.equal(false);
      const modules = tree.find((node) => node.matches('li.module'))!;
      expect(modules.compareDocumentPosition(disclosure) & Node.DOCUMENT_POSITION_FOLLOWING, 'after the modules').to.not.equal(0);
      expect(disclosure.textContent, 'the context').to.contain('La pauvreté n');
      expect(disclosure.textContent, 'the framework’s own sections').to.contain('Une démarche proactive');
    });
  });
});
