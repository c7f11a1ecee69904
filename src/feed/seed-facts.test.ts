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

function normalise(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2019\u2018\u02BC]/g, "'")
    .replace(/[\u00A0\u202F\s]+/g, ' ')
    .trim();
}

/** Every string of the raw JSON (values only, not keys), joined: what a fact must be found in. */
function allText(json: unknown): string {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') out.push(value);
    else if (typeof value === 'number') out.push(String(value));
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(json);
  return normalise(out.join('\n'));
}

const seedFacts: Record<string, string[]> = {
  'commun aux trois fiches': [
    'La pratique de l’Aller Vers les publics – Module 1',
    'Aller vers : une nécessaire préparation',
    'Social et Médico-social',
    'Les travailleurs sociaux et les professionnels de première ligne, les cadres (à l’appréciation des employeurs)',
    'DGCS',
    'OPCO Santé',
    'Groupe 1',
    'Groupe 2',
    'Groupe 3',
  ],
  '000 IRTS Franche-Comté': [
    'IRTS Franche-Comté',
    'Bourgogne-Franche-Comté',
    'Maximum 3 jours / 21 heures',
    '2022-01-05',
    'Groupe 4',
    'Groupe 5',
    '2021-11-24',
    '2021-12-07',
    '2021-12-08',
    '2021-11-25',
    '2021-12-09',
    '2021-11-30',
    '2021-12-14',
    '2021-12-15',
    '2022-01-26',
    '2022-02-08',
    '2022-02-09',
    '2022-01-17',
    '2022-02-01',
    '2022-02-02',
    'Classe virtuelle',
    'e-learning',
    // Contexte
    'La stratégie de prévention et de lutte contre la pauvreté porte l’ambition de lutter contre l’isolement, le repli sur soi, le renoncement aux droits des personnes les plus en difficulté.',
    'Elle encourage les professionnels et les institutions à développer les démarches « d’aller vers » les personnes pour intervenir en amont, avant que les difficultés ne soient installées, dans un objectif de repérage et de prévention plutôt que de réparation.',
    'Il n’existe pas de définition officielle de « l’aller vers ».',
    'le groupe de travail s’est accordé à donner les éléments de précisions suivants dans le but de proposer des repères pour la création des formations :',
    '« L’aller vers » est à entendre comme une démarche qui se situe au-delà de toute intervention sociale, qu’elle soit d’accueil, de diagnostic, de prescription, d’accompagnement.',
    'Cette démarche rompt avec l’idée que l’intervention sociale ferait systématiquement suite à une demande exprimée.',
    'Elle permet d’intégrer dans les pratiques les situations de non-demande de certains publics (pas seulement des personnes vulnérables) et engage les acteurs à se situer dans une pratique pro-active, pour entrer en relation avec ces publics.',
    'Les mises en relation ont pour but de créer, non seulement des liens entre les personnes concernées, les professionnels et les organisations, mais également de donner à chacun la possibilité de renforcer sa capacité d’analyse des comportements et des pratiques.',
    'Ces deux éléments ; la création de liens et la réflexivité ; sont nécessaires pour faciliter les liaisons sociales.',
    'Il ne s’agit pas de construire une méthode ou un dispositif qui serait applicable à tous et à tout service.',
    'Le « aller vers » est une approche, une démarche qui concerne à la fois les pratiques professionnelles et les stratégies institutionnelles.',
    'Il s’agira d’apporter un socle de connaissances et de savoir-faire relationnels pour créer et réaliser les conditions matérielles et humaines d’une démarche d’aller vers adaptée aux publics visés.',
    // Objectifs
    'Connaître les enjeux et les préalables d’une démarche d’aller vers et leurs significations pour les organisations et les professionnels.',
    'Comprendre les raisons de l’aller vers et ses éléments d’histoire.',
    'Définir le besoin d’une pratique de l’aller vers en contexte professionnel.',
    'Définir les conditions de mise en œuvre de l’aller vers en contexte professionnel.',
    // Prérequis
    'Concernent les conditions techniques à remplir pour les travailleurs sociaux et ou cadres inscrits à la formation : outil informatique et connexion à internet pour travailler en distanciel sur plateforme.',
    'Prévoir de dégager 7h de travail personnel sur 15 Jours pour valider le jour 1 du module 1 (avant le jour 2 en classe virtuelle)',
    // Contenu
    'Appréhender la plateforme IRTS FC',
    'Quiz de positionnement',
    'Contextualisation de la démarche de l’Aller vers (cadre historique et légal)',
    'Comment éprouver sa propre pratique éthique ?',
    'Appréhender sur son territoire les besoins et la mise en œuvre de l’allers vers – quels changements ? – Retour d’expérience interview filmée.',
    'Intégrer le fait qu’il existe des incertitudes à la pratique de l’aller vers : humilité/ respect inconditionnel du libre arbitre de chacun (témoignage vidéo d’une personne concernée)',
    'Apports d’éléments théoriques associés à une pensée réflexive par : Des exercices - Des lectures – du Travail personnel à déposer sur la plateforme – Utilisation du forum',
  ],
  '001/003 PRAXIS': [
    'PRAXIS',
    'Grand Est',
    'Fonds mutualisé de Branche Salariés de la Branche',
    '2 jours',
    'Strasbourg',
    'Metz',
    '2023-09-25',
    '2023-09-26',
    '2023-10-16',
    '2023-10-17',
    'Interlocuteur Opco Santé',
    'Aurore JOANNES',
    'aurore.joannes@opco-sante.fr',
    'Chantal CORNIER',
    'Chargée de projets',
    'Jean-Xavier COUROT',
    'Chef de service hébergement',
    'Lara GELDREICH',
    'Directrice d’un chez soi d’abord',
    // Contexte
    'Penser à « ALLER VERS », doit permettre de réduire les inégalités d’accès aux droits, qu’elles soient liées à des difficultés de déplacements, à la méconnaissance des institutions, à une situation personnelle de vulnérabilité.',
    '« ALLER VERS » pour rencontrer, échanger, proposer, sans présumer des besoins des personnes, en respectant leur singularité, leur liberté et leur autonomie.',
    'Cela passe pour les professionnels par le ré investissement dans la dimension relationnelle, comme une étape indispensable avant d’envisager la mise en œuvre de tout type de projet d’accompagnement social.',
    'Ce changement de posture des travailleurs sociaux, qui nous replonge dans la genèse du travail social, doit s’accompagner d’une prise de conscience par les acteurs impliqués de la nécessité de modifier les organisations au sein desquelles l’encadrement est en effet pleinement concerné par ces transformations et se doit de les soutenir et les accompagner.',
    // Objectifs
    'Mettre en perspective les pratiques professionnelles dans la dynamique de l’« ALLER VERS » : Porter un regard réflexif sur ses propres pratiques',
    'Resituer les enjeux organisationnels',
    'Concevoir l’ALLER VERS comme élément d’une pratique professionnelle',
    'Organiser et ajuster sa pratique de l’ALLER VERS au regard de son ancrage territorial et de ses atouts',
    'Visualiser les obstacles à la mise en œuvre de l’ « ALLER VERS »',
    'Accompagner les équipes dans cette transformation',
    'Repenser les organisations.',
    // Prérequis
    'Occuper une fonction d’intervenant social',
    // Contenu
    'Jour 1',
    '« ALLER VERS », fondements et enjeux professionnels',
    'Se resituer dans le contexte : les engagements et leviers de la Stratégie pauvreté',
    'Les enjeux sociétaux',
    'La genèse de cette notion : feed back sur les modèles professionnels',
    'Une démarche qui concerne les pratiques professionnelles mais aussi organisationnelles',
    'Les enjeux éthiques : comment réduire les inégalités sociales, comment se situer, comment entendre de manière inconditionnelle, travailler avec la non-demande, soutenir le pouvoir d’agir',
    'Jour 2',
    '« ALLER VERS », un élément incontournable pour une pratique professionnelle',
    'Identification de la question du sens de l’ALLER VERS et de sa finalité',
    'Les limites et les possibles de la pratique de l’ALLER VERS : un cadre de l’intervention à repenser',
    'La mobilisation des acteurs d’un territoire incontournable dans la rencontre d’un public « invisible »',
    'L’ancrage d’une pratique de l’ALLER VERS dans son articulation avec les dispositifs existants',
    'Jour 3',
    '1/2 journée',
    'Accompagner le changement, un enjeu pour les cadres (chefs de service, directions)',
    'Savoir accompagner le changement en contexte d’incertitude, d’instantanéité, d’injonctions paradoxales, …',
    'Comment soutenir les cadres dans un contexte consacré à la conduite du changement',
    'Quelles marges de manœuvre ?',
  ],
  '004 APSN': [
    'APSN',
    'Hauts-de-France',
    'Lille',
    'Arras',
    'Amiens',
    '2022-03-10',
    '2022-03-11',
    '2022-03-17',
    '2022-03-18',
    '2022-03-15',
    '2022-03-16',
    'Chloe Demeyere',
    'chloe.dmeyere@opco-sante.fr',
    // Contexte
    'La question de l’aller vers trouve son origine dans les expériences après le seconde mondiale.',
    'Fernand DELIGNY, pédagogue, va initier une méthode pédagogique innovante : aller vers les bandes de jeunes constituées et désœuvrées.',
    'Depuis, d’autres acteurs de l’action sociale et sanitaire se sont appuyés sur ce mode d’intervention, dans le champ de la santé, de la psychiatrie, du médico-psychologique, de la lutte contre les addictions, la prostitution, à destination des migrants, des gens du voyage etc.',
    'Aujourd’hui, les références à l’aller vers sont nombreuses et impliquent une modification des dispositifs, des pratiques et des postures professionnelles afin d’être au plus près des populations : il s’agit de se déplacer là où l’autre est, sur son territoire, dans son environnement…C’est-à-dire, autrement que dans une relation institutionnelle classique et d’inventer d’autres façons d’entrer en relation.',
    'Comme toute pratique, celle de l’aller vers s’apprend, s’appuie sur des méthodes et des postures professionnelles spécifiques, s’expérimente, s’analyse, s’évalue.',
    // Objectifs
    'Savoir situer la question de l’aller vers dans une approche socio-historique du travail social et comprendre les raisons de l’élargissement de l’aller vers dans les politiques sociales',
    'Connaître les différents contextes d’intervention et les problématiques des publics concernés par l’aller vers',
    'Partager une culture commune sur la notion de l’aller vers en lien avec des notions connexes',
    'Connaître les étapes méthodologiques de « l’aller vers »',
    'Savoir poser les enjeux du cadre éthique de la posture professionnelle sur l’entrée en relation dans le contexte de l’aller vers',
    'Savoir identifier les ressources territoriales et appréhender les conditions de mise en œuvre de la pratique de l’aller vers (objectifs, organisation, suivi, évaluation).',
    // Contenu
    'Approche socio-historique de l’aller vers',
    'Articulation de la notion de l’aller vers avec des champs connexes (maraudes, travail de rue, présence sociale, etc.)',
    'L’aller vers, pourquoi ? Les enjeux actuels dans les politiques sociales et leurs déclinaisons',
    'L’aller vers pour qui ? Les publics et leurs spécificités',
    'Les étapes de l’intervention de l’aller vers',
    'Les postures professionnelles inhérentes à ce mode d’intervention',
    'La mobilisation des ressources territoriales',
    'Les conditions de mise en œuvre de l’aller vers et le suivi de l’activité',
  ],
  '002 cadrage national': [
    '#cohésionsociale',
    'Agir contre la pauvreté',
    'Cadrage formation plan pauvreté',
    'Aller vers',
    'La pauvreté n’est pas un état mais un processus.',
    'Délégation interministérielle de prévention et de lutte contre la pauvreté',
    'porte un vaste chantier pour endiguer la pauvreté en France.',
    'Des budgets sont alloués pour aider les professionnels et institutions à former les travailleurs sociaux, les aider à valoriser leur travail et à monter en compétences pour faire face à une pauvreté en forte évolution.',
    'Uniformation accompagne ses adhérents pour encourager la formation de ces professionnels, et ainsi, participer collectivement à la lutte contre ce fléau.',
    'formations hors cadre, c’est-à-dire ne répondant pas à l’un des axes définis par le gouvernement, ne pourront bénéficier d’une prise en charge financière.',
    'Pour lutter contre l’isolement, le repli sur soi, le renoncement aux droits, l’un des axes à encourager est la démarche active de travail en amont, en allant vers les populations les plus démunies, dans un objectif de repérage et de prévention plutôt que de réparation.',
    'Une démarche proactive',
    'Plutôt que de répondre à des demandes exprimées, l’axe « Aller vers » incite à une intervention sociale qu’elle soit d’accueil, de diagnostic, de prescription, d’accompagnement.',
    'Cette démarche rompt avec l’idée que l’intervention ferait systématiquement suite à une demande exprimée.',
    'L’ensemble des professionnels du travail social et de l’intervention sociale',
    'travailleurs sociaux de niveau 6 (ASS, CESF, ES...)',
    'Les formations sont construites en référence à leurs fonctions et modalités d’intervention.',
    'Elles peuvent être ouvertes à d’autres professionnels et cadres, si celles-ci correspondent aux besoins de leurs missions.',
    'Objectif et axes de la formation',
    'La valorisation du travail social et son adéquation avec les enjeux territoriaux.',
    'Les deux modules préconisés, chacun de 2 à 3 jours, devront intégrer :',
    'La présentation des grands axes de la stratégie nationale et des cinq engagements inscrits dans celle-ci',
    'Les leviers de réussite à la mise en œuvre : participation des acteurs, rénovation du travail social, pilotage territorial...',
    'La mise en perspective du rôle du travailleur social',
    'quelles sont les évolutions attendues en matière de pratiques professionnelles ?',
    'quelles sont les réflexions à conduire dans les organisations pour créer un environnement favorable ?',
    'Sur l’axe spécifique « aller vers »',
    'Apporter un socle de connaissances et de savoir-faire relationnels pour créer les conditions d’une démarche engagée vers les publics visés.',
    'Connaître les enjeux de la démarche « aller vers », comprendre comment la mettre en pratique.',
    'Adapter postures et pratiques organisationnelles et professionnelles grâce à l’appui d’ateliers pratiques et d’expériences concrètes.',
    'Les connaissances à acquérir ou renforcer',
    'Organisation préconisée : deux modules et six séquences ou compétences à développer.',
    'Aller vers : la nécessaire préparation',
    'Les raisons de « l’aller vers », historique',
    'le contexte, la démarche, les enjeux à relever, les prérequis',
    'Définir le besoin de cette pratique dans un contexte professionnel',
    'réflexions partagées selon les contextes professionnels. pourquoi ce changement, quel public viser et quels objectifs à atteindre ?',
    'Définir les conditions de mise en œuvre dans le contexte professionnel',
    'débat thématique intégrant les ajustements à prévoir dans sa pratique de l’aller vers et mesure la prise de risque, favoriser la prise d’initiative',
    'Aller vers : une mise en pratique outillée, concertée et proactive',
    'Modalités pédagogiques innovantes et actives pour favoriser l’évolution des pratiques des stagiaires, intervention d’acteurs expérimentés.',
    'Stagiaires ayant suivi nécessairement le module 1 ou professionnels souhaitant faire évoluer leur pratique déjà engagée de « l’aller vers ».',
    'Identifier les techniques de « l’aller vers »',
    'exposés et débats autour de la facilitation de liens et de réflexivité, outils et techniques adaptés dont le numérique',
    'Mesurer le besoin et la possibilité de coopérer avec d’autres acteurs',
    'identifier les raisons d’une coopération, les acteurs, les dispositifs facilitateurs et le type de collaboration à mettre en place',
    'Suivre les effets sur les personnes concernées, les pratiques et les organisations',
    'impacts sur les comportements et les situations, sur les structures de l’intervention sociale, « aller vers » de manière durable',
    '2 à 3 jours',
    'Uniformation',
    'https://solidarites-sante.gouv.fr/IMG/pdf/note_de_cadrage_aller_vers.pdf',
  ],
};

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
