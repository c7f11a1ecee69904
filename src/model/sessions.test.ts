import { expect } from '@open-wc/testing';
import { demoFeed } from '../../test/helpers.js';
import { nextSession, sessionEntries, sessionStatus } from './sessions.js';

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
