/**
 * Two of a kind on one page (issue #12): two session lists, two sheets, two checklists, two quizzes, two programmes
 * side by side, first with the very same attributes (the hardest case), then all ten on one page. axe runs over the
 * whole page, so that `landmark-unique` (two landmarks of one role with one name) and `duplicate-id-aria` see every
 * widget at once; each shadow root's ids are unique and every id reference (`for`, `aria-labelledby`,
 * `aria-describedby`, `aria-controls`) resolves in its own root. The state of one widget never leaks into its twin:
 * filters, quiz answers, checklist choices.
 */
import { expect } from '@open-wc/testing';
import { fr } from '../src/i18n/fr.js';
import { expectAccessible, settle, textOf, waitUntil } from './helpers.js';
import { container, itFor, openEveryDisclosure, renderWidget, shadowTree, widgetCases, type WidgetCase } from './widgets.js';

/** Attributes that name an element by id inside its own root. */
const idReferences = ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-activedescendant', 'aria-details', 'aria-errormessage', 'list'];

/** Every root of `page`: the document's light tree under `page`, and each shadow root inside it. */
function rootsOf(page: Element): (ShadowRoot | Element)[] {
  return [page, ...[page, ...shadowTree(page)].flatMap((node) => (node.shadowRoot ? [node.shadowRoot] : []))];
}

/** Ids used twice in one root, and references to ids that the root does not hold. */
function idProblems(page: Element): string[] {
  const problems: string[] = [];
  for (const root of rootsOf(page)) {
    const where = root instanceof ShadowRoot ? `<${root.host.localName}> shadow root` : 'light tree';
    // The root's own elements only, not those of shadow roots nested in it.
    const own = Array.from(root.querySelectorAll('*'));
    const ids = own.map((node) => node.id).filter(Boolean);
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(`${where}: id "${id}" used twice`);
      seen.add(id);
    }
    const scope = root instanceof ShadowRoot ? root : document;
    for (const node of own) {
      for (const attribute of idReferences) {
        for (const id of (node.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean)) {
          if (!scope.getElementById(id)) problems.push(`${where}: ${attribute}="${id}" names no element of its root`);
        }
      }
    }
  }
  return problems;
}

/** Landmarks (named regions, forms, search, navigation…) with the same role and name, across every shadow root. */
function duplicateLandmarks(page: Element): string[] {
  const landmarkOf = (node: Element): string | undefined => {
    // An explicit role wins over the element's own (a <section role="group"> is no region).
    const role = node.getAttribute('role');
    if (role) return ['region', 'search', 'form', 'navigation', 'complementary', 'banner', 'contentinfo', 'main'].includes(role) ? role : undefined;
    if (node.localName === 'nav') return 'navigation';
    if (node.localName === 'aside') return 'complementary';
    if (node.localName === 'main') return 'main';
    if (node.localName === 'search') return 'search';
    const named = node.hasAttribute('aria-label') || node.hasAttribute('aria-labelledby') || node.hasAttribute('title');
    if (named && node.localName === 'section') return 'region';
    if (named && node.localName === 'form') return 'form';
    return undefined;
  };
  const nameOf = (node: Element): string => {
    const root = node.getRootNode() as ShadowRoot | Document;
    const labelledBy = node.getAttribute('aria-labelledby');
    if (labelledBy) return labelledBy.split(/\s+/).map((id) => textOf(root.getElementById(id))).join(' ');
    return node.getAttribute('aria-label') ?? node.getAttribute('title') ?? '';
  };
  const seen = new Map<string, number>();
  for (const node of shadowTree(page)) {
    if (!node.checkVisibility()) continue;
    const role = landmarkOf(node);
    if (!role) continue;
    const key = `${role} « ${nameOf(node)} »`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return [...seen].filter(([, count]) => count > 1).map(([key, count]) => `${count} × ${key}`);
}

async function twins(widget: WidgetCase, attributes: Record<string, string> = {}): Promise<{ page: HTMLElement; first: HTMLElement; second: HTMLElement }> {
  const page = await container();
  const first = await renderWidget(widget, 'filled', { parent: page, attributes: { now: '2023-09-01', ...attributes } });
  const second = await renderWidget(widget, 'filled', { parent: page, attributes: { now: '2023-09-01', ...attributes } });
  return { page, first, second };
}

/** Checks the page as a whole: axe (landmark-unique, duplicate ids…), landmark names, ids per root. */
async function expectTwinsClean(page: HTMLElement, state: string): Promise<void> {
  await expectAccessible(page);
  expect(duplicateLandmarks(page), `${state}: landmarks with one role and one name`).to.deep.equal([]);
  expect(idProblems(page), `${state}: ids`).to.deep.equal([]);
}

function buttonNamed(element: Element, name: string | RegExp): HTMLButtonElement | undefined {
  return shadowTree(element).find(
    (node): node is HTMLButtonElement => node instanceof HTMLButtonElement && node.checkVisibility() && (typeof name === 'string' ? textOf(node) === name : name.test(textOf(node))),
  );
}

/** Answers the shown quiz step (first choice of each group, a word in each text field) and goes on, up to the result. */
async function finishQuiz(quiz: HTMLElement): Promise<void> {
  buttonNamed(quiz, 'Commencer')?.click();
  await settle(quiz);
  for (let step = 0; step < 40 && !shadowTree(quiz).some((node) => node.matches('[part~="result"]')); step += 1) {
    const shown = shadowTree(quiz).filter((node) => node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement);
    const groups = new Set<string>();
    for (const field of shown as (HTMLInputElement | HTMLTextAreaElement)[]) {
      if (!field.checkVisibility() || field.disabled) continue;
      if (field instanceof HTMLInputElement && (field.type === 'radio' || field.type === 'checkbox')) {
        if (field.type === 'checkbox' && field.closest('.consent, [part~="consent"]')) continue;
        if (groups.has(field.name)) continue;
        groups.add(field.name);
        if (!field.checked) field.click();
      } else if (!field.value) {
        field.value = 'Aller vers les publics';
        field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }
    }
    await settle(quiz);
    const next = buttonNamed(quiz, /^(Valider|Suivant|Voir mon résultat)$/);
    if (!next) throw new Error(`no way forward in: ${textOf(quiz.shadowRoot)}`);
    next.click();
    await settle(quiz);
  }
  await waitUntil(() => shadowTree(quiz).some((node) => node.matches('[part~="result"]')), 'the quiz result');
}

describe('two of a kind on one page', function () {
  this.timeout(60_000);

  afterEach(() => {
    localStorage.clear();
  });

  for (const widget of widgetCases) {
    itFor(widget, 'twice with the same attributes: unique landmark names and ids, axe clean', async () => {
      const { page } = await twins(widget);
      await expectTwinsClean(page, 'filled');
    });
  }

  itFor(widgetCases.find((widget) => widget.tag === 'tf-session-list')!, 'twice: filters open, one list filtered, the other untouched', async () => {
    const { page, first, second } = await twins(widgetCases.find((widget) => widget.tag === 'tf-session-list')!, { 'show-past': '' });
    for (const element of [first, second]) {
      openEveryDisclosure(element);
      buttonNamed(element, /^Filtres/)?.click();
      await settle(element);
    }
    await expectTwinsClean(page, 'filters open');
    const sessions = (element: Element) => shadowTree(element).filter((node) => node.matches('li.session')).length;
    const before = sessions(second);
    const search = shadowTree(first).find((node): node is HTMLInputElement => node instanceof HTMLInputElement && node.type === 'search');
    expect(search, 'a search field').to.not.equal(undefined);
    search!.value = 'Besançon';
    search!.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle(first, 4);
    expect(sessions(first), 'the filtered list').to.be.below(before);
    expect(sessions(second), 'its twin').to.equal(before);
    expect(search!.value).to.equal('Besançon');
    const twinSearch = shadowTree(second).find((node): node is HTMLInputElement => node instanceof HTMLInputElement && node.type === 'search');
    expect(twinSearch!.value, 'the twin keeps its own search').to.equal('');
    await expectTwinsClean(page, 'one list filtered');
  });

  itFor(widgetCases.find((widget) => widget.tag === 'tf-session-list')!, 'the first list keeps the plain name, a twin is numbered, and a name is given back when its list leaves', async () => {
    const list = widgetCases.find((widget) => widget.tag === 'tf-session-list')!;
    const { page, first, second } = await twins(list);
    const searchName = (element: Element) => shadowTree(element).find((node) => node.getAttribute('role') === 'search')!.getAttribute('aria-label');
    const label = fr.sessionList.filtersLabel;
    expect([searchName(first), searchName(second)]).to.deep.equal([label, `${label} (2)`]);
    first.remove();
    const third = await renderWidget(list, 'filled', { parent: page, attributes: { now: '2023-09-01' } });
    expect(searchName(third), 'the plain name, free again').to.equal(label);
    expect(searchName(second), 'its twin keeps its own').to.equal(`${label} (2)`);
    page.append(first);
    await settle(first);
    expect(searchName(first), 'back in the page, a name of its own').to.equal(`${label} (3)`);
    await expectTwinsClean(page, 'three lists');
  });

  itFor(widgetCases.find((widget) => widget.tag === 'tf-quiz')!, 'twice: one quiz answered up to its result, the other still at its start, axe clean in each state', async () => {
    const { page, first, second } = await twins(widgetCases.find((widget) => widget.tag === 'tf-quiz')!);
    buttonNamed(first, 'Commencer')!.click();
    buttonNamed(second, 'Commencer')!.click();
    await settle(first);
    await settle(second);
    await expectTwinsClean(page, 'both at their first item');
    const firstChoice = (quiz: Element) => shadowTree(quiz).find((node): node is HTMLInputElement => node instanceof HTMLInputElement && (node.type === 'radio' || node.type === 'checkbox'));
    firstChoice(first)!.click();
    await settle(first);
    expect(firstChoice(first)!.checked).to.equal(true);
    expect(firstChoice(second)!.checked, "the twin's answer").to.equal(false);
    await finishQuiz(first);
    await finishQuiz(second);
    await expectTwinsClean(page, 'both results');
  });

  itFor(widgetCases.find((widget) => widget.tag === 'tf-objectives-checklist')!, 'twice on one training: a choice in one leaves the other as it was (no consent)', async () => {
    const { page, first, second } = await twins(widgetCases.find((widget) => widget.tag === 'tf-objectives-checklist')!);
    const acquired = (element: Element) => shadowTree(element).find((node): node is HTMLInputElement => node instanceof HTMLInputElement && node.type === 'radio' && node.value === 'acquired')!;
    acquired(first).click();
    await settle(first);
    await settle(second);
    expect(acquired(first).checked).to.equal(true);
    expect(acquired(second).checked, "the twin's choice").to.equal(false);
    for (const element of [first, second]) {
      openEveryDisclosure(element);
      await settle(element);
    }
    await expectTwinsClean(page, 'notes open');
  });

  it('all five elements twice on one page, disclosures open: unique landmark names and ids, axe clean', async () => {
    const page = await container();
    for (const widget of widgetCases) {
      await renderWidget(widget, 'filled', { parent: page, attributes: { now: '2023-09-01' } });
      await renderWidget(widget, 'filled', { parent: page, attributes: { now: '2023-09-01' } });
    }
    openEveryDisclosure(page);
    await settle(page);
    await expectTwinsClean(page, 'ten widgets');
  });
});
