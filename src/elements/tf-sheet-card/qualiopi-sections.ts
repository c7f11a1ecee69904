/**
 * What only some sheets show, loaded by <tf-sheet-card> with the first sheet that needs it: the staff's Qualiopi
 * panel (never shown to the public), and the sections Qualiopi's indicators 1 and 2 ask for beyond the course itself,
 * the certification, the funding and the published results, which few trainings publish (none of the seeds does).
 * Private to the sheet.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Training } from '../../model/schema.js';
import { missingQualiopiItems } from '../../model/qualiopi.js';
import type { Language, StringOverrides, Strings, Translation } from '../../i18n/translation.js';
import { formatAmount, formatPercent, loadStrings, stringsIn, withOverrides } from '../../i18n/localize.js';
import { sheetDetailsStrings } from '../../i18n/sheet-details.js';
import { factList, section } from '../../templates/document.js';
import { heading } from '../../templates/heading.js';
import { formatDateRange, timeElement } from '../../templates/time.js';

type SheetStrings = Strings<'common' | 'sheetCard'>;

/** Resolves once the sections' strings are there in `language` (French always is). */
export function loadSectionStrings(language: Language): Promise<void> | undefined {
  return loadStrings(sheetDetailsStrings, language);
}

/** The certification, funding or results section of `training`: nothing when the feed does not publish it. */
export function qualiopiSection(
  name: 'certification' | 'funding' | 'results',
  training: Training,
  level: number,
  t: SheetStrings,
  language: Language,
  overrides: StringOverrides | undefined,
): unknown {
  const details = withOverrides({ sheetDetails: stringsIn(sheetDetailsStrings, language) ?? sheetDetailsStrings.fr }, overrides).sheetDetails;
  const [title, body]: [string, unknown] =
    name === 'certification'
      ? [t.sheetCard.certification, certificationFacts(training, details, language)]
      : name === 'funding'
        ? [details.funding, fundingFacts(training.funding, details, language)]
        : [t.sheetCard.results, resultList(training.results, details, t.common, language)];
  return section(level, title, body, name);
}

type Details = Translation['sheetDetails'];

/**
 * The staff's panel: the Qualiopi items (indicators 1, 2 and 26) the feed does not publish for `training`.
 * `regionName`: the panel's name, unique on the page (two sheets of a page are told apart).
 */
export function qualiopiPanel(training: Training, level: number, t: Translation['sheetCard'], regionName: string): TemplateResult {
  const missing = missingQualiopiItems(training);
  return html`<section class="qualiopi" part="qualiopi" aria-label=${regionName}>
    ${heading(level, t.qualiopiTitle, 'qualiopi-title', 'section__title')}
    ${missing.length
      ? html`<p>${t.qualiopiMissing(missing.length)}</p>
          <ul class="list qualiopi__missing">
            ${missing.map((item) => html`<li data-item=${item}>${t[item]}</li>`)}
          </ul>`
      : html`<p>${t.qualiopiComplete}</p>`}
  </section>`;
}

/**
 * A certifying course's certification: its title, its code linked to France compétences' register, its certifier
 * and registration date; "Formation certifiante" alone when the feed says no more.
 */
function certificationFacts({ certifying, certification }: Training, t: Details, language: Language): unknown {
  if (!certification) return certifying ? html`<p>${t.certifying}</p>` : undefined;
  const code = certification.rncp ?? certification.rs;
  // "RNCP35830" → francecompetences.fr/recherche/rncp/35830/
  const register = code?.match(/^(RNCP|RS)(\d+)$/);
  return factList([
    [t.certificationTitle, certification.title],
    [
      t.certificationCode,
      register ? html`<a href="https://www.francecompetences.fr/recherche/${register[1]!.toLowerCase()}/${register[2]}/" data-print-url>${code}</a>` : undefined,
    ],
    [t.certifier, certification.certifier],
    [t.registeredOn, certification.registeredOn ? timeElement(certification.registeredOn, language) : undefined],
    [t.certifInfo, certification.certifInfo],
  ]);
}

/** Who pays: CPF, OPCO, other funders (LHEO's funder codes in words, where known), and what the learner pays. */
function fundingFacts(funding: Training['funding'], t: Details, language: Language): unknown {
  if (!funding) return undefined;
  // "Prise en charge possible par l'OPCO", then the published conditions on their own line.
  const answer = (value: boolean | undefined, yes: string, no: string, conditions?: string) =>
    value === undefined && !conditions
      ? undefined
      : html`${value === undefined ? '' : value ? yes : no}${value !== undefined && conditions ? html`<br />` : nothing}${conditions ?? ''}`;
  const cost = funding.remainingCost;
  const funderNames: Record<string, string | undefined> = t.funderCodes;
  return factList([
    [t.cpf, answer(funding.cpf, t.cpfYes, t.cpfNo)],
    [t.opco, answer(funding.opco, t.opcoYes, t.opcoNo, funding.opcoConditions)],
    [t.coverage, answer(funding.coverageAvailable, t.coverageYes, t.coverageNo, funding.conditions)],
    [
      t.remainingCost,
      cost && [cost.amount === undefined ? '' : formatAmount(cost.amount, cost.currency ?? 'EUR', language), cost.label].filter(Boolean).join('\u00a0– '),
    ],
    [
      t.funders,
      funding.funders
        ?.map(({ code, seats }) => `${funderNames[String(Number(code))] ?? t.funderCode(code)}${seats === undefined ? '' : ` (${t.fundedSeats(seats)})`}`)
        .join(', '),
    ],
  ]);
}

/** Published results: "Taux de satisfaction : 92 % (48 personnes, du 1er janv. au 31 déc. 2023)". */
function resultList(results: Training['results'], t: Details, common: SheetStrings['common'], language: Language): TemplateResult | undefined {
  if (!results?.length) return undefined;
  const kinds = { satisfaction: t.resultSatisfaction, success: t.resultSuccess, completion: t.resultCompletion, employment: t.resultEmployment };
  return html`<ul class="list">
    ${results.map(({ kind, label, rate, sampleSize, periodStart: start, periodEnd: end }) => {
      const period = start ? formatDateRange({ start, end, openEnded: !end }, language, common, false) : end && html`${common.rangeTo} ${timeElement(end, language)}`;
      const details = [sampleSize === undefined ? '' : t.resultSample(sampleSize), period].filter(Boolean);
      return html`<li>
        ${t.resultName(label ?? kinds[kind])} <strong>${formatPercent(rate, language)}</strong>
        ${details.length ? html`<span class="muted">(${details.map((detail, index) => html`${index ? ', ' : ''}${detail}`)})</span>` : nothing}
      </li>`;
    })}
  </ul>`;
}
