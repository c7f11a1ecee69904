/**
 * The .ics files of every session of the demo feed, and of hostile text, read back with ical.js and checked against
 * what strict readers (libical, Python's icalendar and vobject) demand; docs/security.md says how those three were
 * run by hand on the same files (scripts/ics-samples.mjs writes them).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { importModel } from './model.mjs';
import { demoCalendars, hostileCalendar } from './ics-samples.mjs';

const model = await importModel();

/** The unfolded lines of a file (RFC 5545 §3.1). */
const unfolded = (ics) => ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);

function checkStrictRules(ics, label) {
  const lines = unfolded(ics);
  const has = (name) => lines.some((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`));
  // RFC 5546 §3.2.1: METHOD:PUBLISH requires an ORGANIZER in every event.
  if (has('METHOD')) assert.ok(has('ORGANIZER'), `${label}: METHOD without ORGANIZER`);
  for (const line of lines) {
    // No control character but tab in any value (§3.1, §3.3.11); bare CR and LF were turned into \n.
    assert.doesNotMatch(line, /[\u0000-\u0008\u000a-\u001f\u007f]/, `${label}: control character in ${JSON.stringify(line)}`);
    const date = /^(DTSTART|DTEND)(;VALUE=DATE)?:(\d+)(T\d{6}Z)?$/.exec(line);
    if (line.startsWith('DTSTART') || line.startsWith('DTEND')) assert.ok(date && date[3].length === 8, `${label}: date value ${line}`);
  }
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent');
  assert.ok(events.length > 0, `${label}: no event`);
  for (const vevent of events) {
    const event = new ICAL.Event(vevent);
    assert.ok(event.uid, `${label}: UID`);
    assert.ok(vevent.getFirstPropertyValue('dtstamp'), `${label}: DTSTAMP`);
    if (vevent.hasProperty('dtend')) assert.ok(event.endDate.compare(event.startDate) > 0, `${label}: DTEND after DTSTART`);
  }
  return { lines, events };
}

test('every session of the demo feed gives a file ical.js reads and strict readers accept', () => {
  const calendars = demoCalendars(model);
  assert.ok(calendars.length >= 10);
  for (const { label, ics } of calendars) checkStrictRules(ics, label);
});

test('an ORGANIZER from the training body or its contact, with METHOD:PUBLISH; neither without an e-mail', () => {
  const calendars = demoCalendars(model);
  const withOrganizer = calendars.filter(({ ics }) => /\r\nORGANIZER;CN="[^"]+":mailto:/.test(ics));
  assert.ok(withOrganizer.length > 0);
  for (const { ics, label } of calendars) {
    assert.equal(ics.includes('\r\nMETHOD:PUBLISH\r\n'), ics.includes('\r\nORGANIZER'), label);
  }
});

test('hostile text: control characters and bare CR removed, year 23 written 0023, instants in order', () => {
  const { lines, events } = checkStrictRules(hostileCalendar(model), 'hostile');
  const summary = lines.find((line) => line.startsWith('SUMMARY:'));
  assert.equal(summary, 'SUMMARY:Formation\\nà risque\\, avec \\;\\\\ et tabulation\tici');
  assert.ok(lines.includes('DTSTART;VALUE=DATE:00230925'), lines.join('\n'));
  assert.ok(lines.includes('DTEND;VALUE=DATE:00230927'));
  // Same start and end instant: no DTEND rather than one that does not come after DTSTART.
  assert.equal(events[1].getFirstPropertyValue('dtend'), null);
  assert.ok(lines.some((line) => line === 'ORGANIZER;CN="Organisme test":mailto:contact@example.org'));
});

test('one calendar of many sessions: METHOD:PUBLISH only when every event has its ORGANIZER; a UID no two events share', () => {
  const stamp = new Date('2024-01-01T00:00:00Z');
  const texts = { remote: 'À distance', provider: 'Organisme', registration: 'Inscription', more: 'En savoir plus' };
  const training = (id, email) => ({ id, title: `Formation ${id}`, provider: { name: 'Organisme', ...(email ? { email } : {}) }, sessions: [] });
  const input = (trainingValue, sessionId, dates) => ({ training: trainingValue, session: { id: sessionId, mode: 'in-person', dates }, url: undefined, registrationUrl: undefined, texts, stamp });
  const day = [{ start: '2024-03-04' }];
  const withEmail = training('a', 'contact@example.org');
  const all = model.sessionsCalendar([input(withEmail, 's1', day), input(withEmail, 's2', day)]);
  assert.equal(all.events, 2);
  assert.ok(all.text.includes('\r\nMETHOD:PUBLISH\r\n'));
  const mixed = model.sessionsCalendar([input(withEmail, 's1', day), input(training('b'), 's2', day)]);
  assert.equal(mixed.text.includes('METHOD:'), false, 'an event without ORGANIZER: no METHOD for the whole file');
  checkStrictRules(mixed.text, 'mixed');
  // Ids may hold dots: `x.s` + `1` and `x` + `s.1` are two sessions, two UIDs; ids without dots keep their UIDs.
  const dotted = model.sessionsCalendar([input(training('x.s'), '1', day), input(training('x'), 's.1', day)]);
  const uids = unfolded(dotted.text).filter((line) => line.startsWith('UID:'));
  assert.equal(new Set(uids).size, 2, uids.join(' '));
  assert.ok(all.text.includes('\r\nUID:a.s1.1@training-feed-widgets\r\n'));
  // The last day of year 9999: its exclusive end would need a fifth digit of year; a one-day event needs none.
  const last = model.sessionsCalendar([input(training('t'), 'fin', [{ start: '9999-12-31' }])]);
  assert.ok(last.text.includes('DTSTART;VALUE=DATE:99991231'));
  assert.equal(last.text.includes('DTEND'), false);
  checkStrictRules(last.text, 'year 9999');
  // No range known to the day: no event, as a caller needs to know (a calendar must hold one, RFC 5545 §3.6).
  assert.equal(model.sessionsCalendar([input(training('t'), 'vague', [{ start: '2024-09-01', startPrecision: 'month' }])]).events, 0);
});
