/**
 * Every fact of the seed documents (../shared/seeds/) must be in demo/feed.json.
 *
 * - 000: IRTS Franche-Comté sheet (remote, 5 groups);
 * - 001: PRAXIS sheet (Grand Est, Strasbourg and Metz);
 * - 002: the national framework note « Aller vers » (cadrage formation plan pauvreté: 2 modules, 6 sequences);
 * - 003: the PRAXIS sheet's text, with a « Jour 3 (1/2 journée) » reserved to managers;
 * - 004: APSN sheet (Hauts-de-France, Lille, Arras, Amiens).
 *
 * The facts are written as in the seeds (PDF hyphenation removed, the framework's capitals in sentence case),
 * dates in ISO 8601. Text is compared after normalising apostrophes and white space.
 */
import { expect } from '@open-wc/testing';
import { parseFeed } from './parse-feed.js';
import type { Feed, Training } from './schema.js';
import { allText, normalise, seedFacts } from '../../test/seed-facts.js';

describe('demo/feed.json holds every seed fact', () => {
  let raw: unknown;
  let text: string;
  let feed: Feed;
  const training = (id: string): Training => {
    const found = feed.trainings.find((t) => t.id === id);
    expect(found, `training ${id}`).to.exist;
    return found!;
  };

  before(async () => {
    raw = await (await fetch(new URL('../../demo/feed.json', import.meta.url))).json();
    text = allText(raw);
    const result = parseFeed(raw);
    if (!result.ok) throw new Error(`demo/feed.json is invalid: ${JSON.stringify(result.issues)}`);
    feed = result.feed;
  });

  for (const [seed, facts] of Object.entries(seedFacts)) {
    it(`${seed}: ${facts.length} facts`, () => {
      const missing = facts.filter((fact) => !text.includes(normalise(fact)));
      expect(missing, `missing from demo/feed.json:\n${missing.join('\n')}`).to.deep.equal([]);
    });
  }

  it('keeps no French free-text date and no PDF hyphenation', () => {
    expect(text).not.to.match(/\b(janv?|févr?|fév|mars|avr|mai|juin|juil|août|sept?|oct|nov|déc)\.? 20\d\d\b/);
    for (const broken of ['méconnais-', 'desquel-', 'se- conde', 'péda- gogique', 'environne- ment', 'métho- des', 's’éva- lue', 'per- sonnes']) {
      expect(text, broken).not.to.contain(normalise(broken));
    }
  });

  it('has the three trainings of module 1, each tied to the framework', () => {
    expect(feed.version).to.equal(1);
    expect(feed.trainings).to.have.length(3);
    for (const t of feed.trainings) {
      expect(t.programme, t.id).to.equal('cadrage-aller-vers');
      expect(t.module, t.id).to.equal('module-1');
      expect(normalise(t.title), t.id).to.equal(normalise('La pratique de l’Aller Vers les publics – Module 1'));
      expect(t.subtitle, t.id).to.equal('Aller vers : une nécessaire préparation');
      expect(t.partners, t.id).to.deep.equal([{ name: 'DGCS', role: 'co-funding' }]);
      expect(t.funder?.name, t.id).to.equal('OPCO Santé');
      for (const s of t.sessions) expect(s.label, s.id).to.match(/^Groupe \d$/);
    }
  });

  it('IRTS Franche-Comté: 5 remote groups, each an e-learning range then a virtual class day', () => {
    const irts = training('irts-fc-aller-vers-m1');
    expect(irts.provider).to.include({ name: 'IRTS Franche-Comté', region: 'Bourgogne-Franche-Comté' });
    expect(irts.duration).to.deep.equal({ label: 'Maximum 3 jours / 21 heures', days: 3, hours: 21 });
    expect(irts.registrationDeadline).to.equal('2022-01-05');
    expect(irts.personalWork).to.include({ hours: 7, periodDays: 15 });
    expect(irts.objectives?.map((o) => o.id)).to.deep.equal(['irts-fc-obj-1', 'irts-fc-obj-2', 'irts-fc-obj-3', 'irts-fc-obj-4']);
    expect(irts.content).to.have.length(1);
    expect(irts.content![0]!.label).to.equal(undefined);
    expect(irts.content![0]!.items).to.have.length(7);
    expect(irts.sessions).to.have.length(5);
    const expected = [
      ['irts-fc-g1', '2021-11-24', '2021-12-07', '2021-12-08'],
      ['irts-fc-g2', '2021-11-25', '2021-12-08', '2021-12-09'],
      ['irts-fc-g3', '2021-11-30', '2021-12-14', '2021-12-15'],
      ['irts-fc-g4', '2022-01-26', '2022-02-08', '2022-02-09'],
      ['irts-fc-g5', '2022-01-17', '2022-02-01', '2022-02-02'],
    ];
    irts.sessions.forEach((s, i) => {
      const [id, start, end, classDay] = expected[i]!;
      expect(s.id).to.equal(id);
      expect(s.label).to.equal(`Groupe ${i + 1}`);
      expect(s.mode).to.equal('remote');
      expect(s.dates, s.id).to.have.length(2);
      expect(s.dates[0]).to.include({ start, end });
      expect(s.dates[1]!.start).to.equal(classDay);
      expect(s.dates[1]!.end === undefined || s.dates[1]!.end === classDay).to.equal(true);
    });
  });

  it('PRAXIS: 2 in-person groups in Grand Est, 3 speakers, Jour 3 reserved to managers', () => {
    const praxis = training('praxis-aller-vers-m1');
    expect(praxis.provider).to.include({ name: 'PRAXIS', region: 'Grand Est' });
    expect(praxis.funder).to.deep.equal({ name: 'OPCO Santé', region: 'Grand Est', scheme: 'Fonds mutualisé de Branche Salariés de la Branche' });
    expect(praxis.duration).to.include({ label: '2 jours', days: 2 });
    expect(praxis.sessions.map((s) => [s.id, s.mode, s.place?.city, s.place?.region, s.dates[0]!.start, s.dates[0]!.end])).to.deep.equal([
      ['praxis-g1', 'in-person', 'Strasbourg', 'Grand Est', '2023-09-25', '2023-09-26'],
      ['praxis-g2', 'in-person', 'Metz', 'Grand Est', '2023-10-16', '2023-10-17'],
    ]);
    expect(praxis.speakers?.map((p) => normalise(`${p.name} / ${p.role}`))).to.deep.equal([
      'Chantal CORNIER / Chargée de projets',
      'Jean-Xavier COUROT / Chef de service hébergement',
      normalise('Lara GELDREICH / Directrice d’un chez soi d’abord'),
    ]);
    expect(praxis.contacts).to.deep.equal([
      { name: 'Aurore JOANNES', role: 'Interlocuteur Opco Santé', organisation: 'OPCO Santé', email: 'aurore.joannes@opco-sante.fr' },
    ]);
    expect(praxis.objectives).to.have.length(7);
    expect(praxis.prerequisites).to.have.length(1);
    expect(praxis.content?.map((b) => b.label)).to.deep.equal(['Jour 1', 'Jour 2', 'Jour 3']);
    expect(praxis.content?.map((b) => b.items.length)).to.deep.equal([5, 4, 3]);
    const reserved = praxis.content!.filter((b) => b.reservedFor);
    expect(reserved).to.have.length(1);
    expect(reserved[0]).to.include({ label: 'Jour 3', duration: '1/2 journée' });
    expect(reserved[0]!.reservedFor).to.contain('chefs de service, directions');
  });

  it('APSN: 3 in-person groups in Hauts-de-France, no prerequisite', () => {
    const apsn = training('apsn-aller-vers-m1');
    expect(apsn.provider).to.include({ name: 'APSN', region: 'Hauts-de-France' });
    expect(apsn.prerequisites).to.deep.equal([]);
    expect(apsn.sessions.map((s) => [s.id, s.mode, s.place?.city, s.place?.region, s.dates[0]!.start, s.dates[0]!.end])).to.deep.equal([
      ['apsn-g1', 'in-person', 'Lille', 'Hauts-de-France', '2022-03-10', '2022-03-11'],
      ['apsn-g2', 'in-person', 'Arras', 'Hauts-de-France', '2022-03-17', '2022-03-18'],
      ['apsn-g3', 'in-person', 'Amiens', 'Hauts-de-France', '2022-03-15', '2022-03-16'],
    ]);
    expect(apsn.contacts).to.deep.equal([
      { name: 'Chloe Demeyere', role: 'Interlocuteur Opco Santé', organisation: 'OPCO Santé', email: 'chloe.dmeyere@opco-sante.fr' },
    ]);
    expect(apsn.objectives?.map((o) => o.id)).to.deep.equal(['apsn-obj-1', 'apsn-obj-2', 'apsn-obj-3', 'apsn-obj-4', 'apsn-obj-5', 'apsn-obj-6']);
    expect(apsn.content).to.have.length(1);
    expect(apsn.content![0]!.items).to.have.length(8);
  });

  it('the framework: 2 modules of 2 à 3 jours, 6 sequences, module 2 after module 1, DGCS co-funding', () => {
    expect(feed.programmes).to.have.length(1);
    const programme = feed.programmes[0]!;
    expect(programme.id).to.equal('cadrage-aller-vers');
    expect(programme.modules.map((m) => m.id)).to.deep.equal(['module-1', 'module-2']);
    expect(programme.modules.map((m) => m.sequences.map((s) => s.id))).to.deep.equal([
      ['sequence-1', 'sequence-2', 'sequence-3'],
      ['sequence-4', 'sequence-5', 'sequence-6'],
    ]);
    expect(programme.modules.flatMap((m) => m.sequences.map((s) => s.number))).to.deep.equal([1, 2, 3, 4, 5, 6]);
    for (const m of programme.modules) {
      expect(m.duration).to.equal('2 à 3 jours');
      for (const s of m.sequences) expect(s.description, s.id).to.be.a('string');
    }
    expect(programme.modules[1]!.requires).to.deep.equal(['module-1']);
    expect(programme.modules[1]!.prerequisites).to.be.a('string');
    expect(programme.modules[1]!.audience).to.be.a('string');
    expect(programme.partners).to.deep.include({ name: 'DGCS', role: 'co-funding', description: 'Direction générale de la cohésion sociale' });
    expect(programme.audience?.priority).to.contain('niveau 6');
    expect(programme.fundingRule).to.contain('hors cadre');
    expect(programme.url).to.equal('https://solidarites-sante.gouv.fr/IMG/pdf/note_de_cadrage_aller_vers.pdf');
  });

  it('quizzes: a positioning quiz for APSN with every item type, and one for IRTS Franche-Comté', () => {
    const quiz = feed.quizzes.find((q) => q.id === 'positionnement-aller-vers-m1');
    expect(quiz).to.exist;
    expect(quiz).to.include({ training: 'apsn-aller-vers-m1', programme: 'cadrage-aller-vers', correction: 'immediate', passScore: 70 });
    expect(quiz!.estimatedMinutes).to.be.greaterThan(0);
    expect(quiz!.items.length).to.be.at.least(10);
    expect(new Set(quiz!.items.map((i) => i.type))).to.have.all.keys('scale', 'single', 'multiple', 'true-false', 'text');
    const sequenceIds = new Set(feed.programmes[0]!.modules.flatMap((m) => m.sequences.map((s) => s.id)));
    const quizTrainings = new Set<string>();
    for (const q of feed.quizzes) {
      const objectiveIds = new Set(training(q.training!).objectives?.map((o) => o.id));
      quizTrainings.add(q.training!);
      for (const item of q.items) {
        if (item.type !== 'text') expect(item.sequences, `${q.id}/${item.id}`).to.have.length.greaterThan(0);
        for (const s of item.sequences ?? []) expect(sequenceIds.has(s), `${q.id}/${item.id} → ${s}`).to.equal(true);
        for (const o of item.objectives ?? []) expect(objectiveIds.has(o), `${q.id}/${item.id} → ${o}`).to.equal(true);
        if (item.type === 'scale') expect(item.levels.map((l) => normalise(l.label))).to.include(normalise('Je sais l’expliquer à d’autres'));
        if (item.type === 'single' || item.type === 'multiple') {
          expect(item.explanation, item.id).to.be.a('string');
          expect(item.options.some((o) => o.correct), item.id).to.equal(true);
          for (const o of item.options) expect(o.feedback, `${item.id}/${o.id}`).to.be.a('string');
        }
      }
      for (const band of q.bands ?? []) {
        for (const r of band.recommendations ?? []) {
          if (r.training) expect(feed.trainings.some((t) => t.id === r.training), r.training).to.equal(true);
          if (r.sequence) expect(sequenceIds.has(r.sequence), r.sequence).to.equal(true);
        }
      }
    }
    expect(quiz!.bands?.map((b) => b.min)).to.deep.equal([0, 50, 80]);
    expect(quizTrainings).to.have.all.keys('apsn-aller-vers-m1', 'irts-fc-aller-vers-m1');
    const hc = quiz!.items.find((i) => i.id === 'hors-cadre');
    expect(hc).to.include({ type: 'true-false', answer: false });
    const deligny = quiz!.items.find((i) => i.id === 'origine-deligny');
    expect(deligny?.type === 'single' && deligny.options.find((o) => o.correct)?.label).to.contain('Fernand Deligny');
  });
});
