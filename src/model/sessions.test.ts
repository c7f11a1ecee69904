import { expect } from '@open-wc/testing';
import { demoFeed } from '../../test/helpers.js';
import { nextSession, sessionEntries, sessionEntry, sessionStatus } from './sessions.js';
import type { TrainingSession } from './schema.js';

describe('sessions', () => {
  it('lists every session of the demo feed by first day', async () => {
    const entries = sessionEntries(await demoFeed());
    expect(entries).to.have.length(10);
    const starts = entries.map((entry) => entry.start);
    expect(starts).to.deep.equal([...starts].sort());
    expect(entries[0]!.session.id).to.equal('irts-fc-g1');
  });

  it('never lets a sheet-wide deadline run past the eve of a session', async () => {
    const irts = sessionEntries(await demoFeed(), 'irts-fc-aller-vers-m1');
    const group1 = irts.find((entry) => entry.session.id === 'irts-fc-g1')!;
    expect(group1.training.registrationDeadline).to.equal('2022-01-05');
    expect(group1.deadline).to.equal('2021-11-23');
    const group4 = irts.find((entry) => entry.session.id === 'irts-fc-g4')!;
    expect(group4.deadline).to.equal('2022-01-05');
  });

  it('moves a late deadline to the eve of the start, across a month and a leap day', async () => {
    const [training] = (await demoFeed()).trainings;
    const at = (start: string, registrationDeadline: string) =>
      sessionEntry({ ...training!, registrationDeadline }, { ...training!.sessions[0]!, dates: [{ start }], registrationDeadline: undefined });
    expect(at('2024-03-15', '2024-04-01').deadline).to.equal('2024-03-14');
    expect(at('2024-03-01', '2024-04-01').deadline).to.equal('2024-02-29');
    expect(at('2023-03-01', '2024-04-01').deadline).to.equal('2023-02-28');
    expect(at('2024-01-01T09:00:00+01:00', '2024-04-01').deadline).to.equal('2023-12-31');
    expect(at('2024-03-29', '2024-04-01')).to.include({ deadline: '2024-03-28', publishedDeadline: '2024-04-01' });
    expect(at('2024-03-29', '2024-03-10')).to.not.have.property('publishedDeadline');
    // Closing soon from 14 days before the last day, across the end of a month.
    expect(sessionStatus(at('2024-03-29', '2024-03-10'), '2024-02-25')).to.equal('closing-soon');
    expect(sessionStatus(at('2024-03-29', '2024-03-10'), '2024-02-24')).to.equal('open');
  });

  it('takes a session « en septembre » (a month, or a year, without an end) as one day of it, up to its last day', async () => {
    const [training] = (await demoFeed()).trainings;
    const at = (dates: TrainingSession['dates']) => sessionEntry({ ...training!, registrationDeadline: undefined }, { ...training!.sessions[0]!, dates, registrationDeadline: undefined, seats: undefined, recruitment: undefined });
    const september = at([{ start: '2023-09-01', startPrecision: 'month' }]);
    expect(september).to.include({ start: '2023-09-01', end: '2023-09-30' });
    expect(at([{ start: '2024-02-01', startPrecision: 'month' }]).end).to.equal('2024-02-29');
    expect(at([{ start: '2024-01-01', startPrecision: 'year' }]).end).to.equal('2024-12-31');
    expect(at([{ start: '2023-12-01', startPrecision: 'month' }]).end).to.equal('2023-12-31');
    // Registration closes when the month begins (the day may be the 1st); the session is over once the month is.
    expect(sessionStatus(september, '2023-08-31')).to.equal('closing-soon');
    expect(sessionStatus(september, '2023-09-01')).to.equal('closed');
    expect(sessionStatus(september, '2023-09-30')).to.equal('closed');
    expect(sessionStatus(september, '2023-10-01')).to.equal('past');
  });

  it('computes each status from the dates, on each side of each limit', async () => {
    const [group1] = sessionEntries(await demoFeed(), 'irts-fc-aller-vers-m1');
    expect(sessionStatus(group1!, '2021-11-01')).to.equal('open');
    expect(sessionStatus(group1!, '2021-11-09')).to.equal('closing-soon'); // 14 days before the deadline
    expect(sessionStatus(group1!, '2021-11-08')).to.equal('open');
    expect(sessionStatus(group1!, '2021-11-23')).to.equal('closing-soon'); // the deadline itself
    expect(sessionStatus(group1!, '2021-11-24')).to.equal('closed'); // started
    expect(sessionStatus(group1!, '2021-12-08')).to.equal('closed'); // last day
    expect(sessionStatus(group1!, '2021-12-09')).to.equal('past');
    expect(sessionStatus({ ...group1!, session: { ...group1!.session, cancelled: true } }, '2021-11-01')).to.equal('cancelled');
    expect(sessionStatus({ ...group1!, session: { ...group1!.session, seats: { remaining: 0 } } }, '2021-11-01')).to.equal('full');
  });

  it('finds the next session one can still register for', async () => {
    const feed = await demoFeed();
    const apsn = feed.trainings.find((training) => training.id === 'apsn-aller-vers-m1')!;
    expect(nextSession(apsn, '2022-03-01')?.session.id).to.equal('apsn-g1');
    expect(nextSession(apsn, '2022-03-12')?.session.id).to.equal('apsn-g3'); // Amiens, 15 March
    expect(nextSession(apsn, '2022-04-01')).to.equal(undefined);
  });
});
