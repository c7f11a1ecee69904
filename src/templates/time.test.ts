import { executeServerCommand } from '@web/test-runner-commands';
import { expect, fixture, html } from '@open-wc/testing';
import { common as fr } from '../i18n/fr/common.js';
import { common as en } from '../i18n/en/common.js';
import { formatDay } from '../i18n/dates.js';
import { formatDateRange, formatDateRanges } from './time.js';
import { daysBetween, localDateOf } from '../model/calendar.js';
import type { TemplateResult } from 'lit';

async function textOfTemplate(template: TemplateResult): Promise<{ text: string; times: string[] }> {
  const element = await fixture(html`<p>${template}</p>`);
  return {
    text: (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
    times: [...element.querySelectorAll('time')].map((time) => time.getAttribute('datetime') ?? ''),
  };
}

describe('dates (i18n/dates, templates/time)', () => {
  afterEach(async () => {
    await executeServerCommand('emulate-timezone', { timezoneId: null });
  });

  it('writes French days with date-fns month abbreviations and "1er"', () => {
    expect(formatDay('2021-12-01', 'fr')).to.equal('1er déc. 2021');
    expect(formatDay('2022-02-09', 'fr')).to.equal('9 févr. 2022');
    expect(formatDay('2023-09-25', 'fr')).to.equal('25 sept. 2023');
    expect(formatDay('2022-07-14', 'fr', { year: false })).to.equal('14 juil.');
    expect(formatDay('2023-09-25', 'fr', { weekday: true })).to.equal('lundi 25 sept. 2023');
    expect(formatDay('2023-09-25T09:30:00+02:00', 'fr')).to.equal('25 sept. 2023 à 9 h 30');
  });

  it('writes English days with Intl', () => {
    expect(formatDay('2021-12-01', 'en')).to.equal('1 Dec 2021');
  });

  it('shows a date-only value on the same calendar day west of Greenwich', async () => {
    await executeServerCommand('emulate-timezone', { timezoneId: 'America/Los_Angeles' });
    expect(new Date('2023-09-25').getDate()).to.equal(24); // the pitfall itself
    expect(localDateOf('2023-09-25').getDate()).to.equal(25);
    expect(formatDay('2023-09-25', 'fr')).to.equal('25 sept. 2023');
    await executeServerCommand('emulate-timezone', { timezoneId: 'Pacific/Kiritimati' });
    expect(formatDay('2021-11-24', 'fr')).to.equal('24 nov. 2021');
  });

  it('counts calendar days across a daylight-saving change', () => {
    expect(daysBetween('2023-10-28', '2023-10-30')).to.equal(2);
    expect(daysBetween('2022-01-05', '2021-12-08')).to.equal(-28);
  });

  it('writes the seeds’ ranges in natural French, each day in a <time datetime>', async () => {
    const single = await textOfTemplate(formatDateRange({ start: '2021-12-08' }, 'fr', fr));
    expect(single).to.deep.equal({ text: 'Le 8 déc. 2021', times: ['2021-12-08'] });
    const pair = await textOfTemplate(formatDateRange({ start: '2023-09-25', end: '2023-09-26' }, 'fr', fr));
    expect(pair).to.deep.equal({ text: 'Les 25 et 26 sept. 2023', times: ['2023-09-25', '2023-09-26'] });
    const span = await textOfTemplate(formatDateRange({ start: '2022-01-17', end: '2022-02-01' }, 'fr', fr));
    expect(span.text).to.equal('Du 17 janv. au 1er févr. 2022');
    const sameMonth = await textOfTemplate(formatDateRange({ start: '2021-12-01', end: '2021-12-14' }, 'fr', fr));
    expect(sameMonth.text).to.equal('Du 1er au 14 déc. 2021');
    const acrossYears = await textOfTemplate(formatDateRange({ start: '2021-12-30', end: '2022-01-02' }, 'fr', fr));
    expect(acrossYears.text).to.equal('Du 30 déc. 2021 au 2 janv. 2022');
    const irtsGroup1 = await textOfTemplate(
      formatDateRanges([{ start: '2021-11-24', end: '2021-12-07' }, { start: '2021-12-08' }], 'fr', fr),
    );
    expect(irtsGroup1).to.deep.equal({
      text: 'Du 24 nov. au 7 déc. 2021, puis le 8 déc. 2021',
      times: ['2021-11-24', '2021-12-07', '2021-12-08'],
    });
  });

  it('writes ranges in English too', async () => {
    const irtsGroup1 = await textOfTemplate(
      formatDateRanges([{ start: '2021-11-24', end: '2021-12-07' }, { start: '2021-12-08' }], 'en', en),
    );
    expect(irtsGroup1.text).to.equal('From 24 Nov to 7 Dec 2021, then on 8 Dec 2021');
  });

  it('writes a month or a year without an end as one day of it, and keeps « À partir de » for an open end', async () => {
    const cases: [Parameters<typeof formatDateRange>[0], string, string, string[]][] = [
      [{ start: '2023-09-01', startPrecision: 'month' }, 'En septembre 2023', 'In September 2023', ['2023-09']],
      [{ start: '2024-01-01', startPrecision: 'year' }, 'En 2024', 'In 2024', ['2024']],
      [{ start: '2023-09-01', startPrecision: 'month', openEnded: true }, 'À partir de septembre 2023', 'Starting September 2023', ['2023-09']],
      [{ start: '2024-04-01', startPrecision: 'month', openEnded: true }, 'À partir d’avril 2024', 'Starting April 2024', ['2024-04']],
      [{ start: '2024-01-15', openEnded: true }, 'À partir du 15 janv. 2024', 'Starting 15 Jan 2024', ['2024-01-15']],
      [{ start: '2017-09-01', end: '2018-03-31', startPrecision: 'month', endPrecision: 'month' }, 'De septembre 2017 à mars 2018', 'From September 2017 to March 2018', ['2017-09', '2018-03']],
      [{ start: '2023-10-01', end: '2024-03-31', startPrecision: 'month', endPrecision: 'month' }, 'D’octobre 2023 à mars 2024', 'From October 2023 to March 2024', ['2023-10', '2024-03']],
      [{ start: '2023-08-01', end: '2023-08-31', startPrecision: 'month', endPrecision: 'month', openEnded: true }, 'À partir d’août 2023', 'Starting August 2023', ['2023-08']],
      [{ start: '2023-10-01', end: '2023-10-31', startPrecision: 'month', endPrecision: 'month' }, 'En octobre 2023', 'In October 2023', ['2023-10']],
    ];
    for (const [range, french, english, times] of cases) {
      expect(await textOfTemplate(formatDateRange(range, 'fr', fr)), french).to.deep.equal({ text: french, times });
      expect((await textOfTemplate(formatDateRange(range, 'en', en))).text, english).to.equal(english);
    }
    const later = await textOfTemplate(formatDateRanges([{ start: '2023-03-06' }, { start: '2023-09-01', startPrecision: 'month' }], 'fr', fr));
    expect(later.text).to.equal('Le 6 mars 2023, puis en septembre 2023');
  });
});
