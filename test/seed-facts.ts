/**
 * Every fact of the seed documents (../shared/seeds/), as the demo must hold and show it:
 * - 000: IRTS Franche-Comté sheet (remote, 5 groups);
 * - 001: PRAXIS sheet (Grand Est, Strasbourg and Metz);
 * - 002: the national framework note « Aller vers » (cadrage formation plan pauvreté: 2 modules, 6 sequences);
 * - 003: the PRAXIS sheet's text, with a « Jour 3 (1/2 journée) » reserved to managers;
 * - 004: APSN sheet (Hauts-de-France, Lille, Arras, Amiens).
 * Facts are written as in the seeds (PDF hyphenation removed, the framework's capitals in sentence case), dates in
 * ISO 8601. Text is compared after normalising apostrophes and white space.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2019\u2018\u02BC]/g, "'")
    .replace(/[\u00A0\u202F\s]+/g, ' ')
    .trim();
}

/** Every string of the raw JSON (values only, not keys), joined: what a fact must be found in. */
export function allText(json: unknown): string {
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

export const seedFacts: Record<string, string[]> = {
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

