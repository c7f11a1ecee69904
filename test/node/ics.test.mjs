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
