/**
 * The feed to LHEO 2.3, valid against the official XSD. LHEO has one `periode` per session, no quizzes, no
 * frameworks, no speakers…: whatever its elements cannot hold exactly is kept, as JSON, in
 * `<extras info="training-feed-widgets">` (which `fromLheo` restores) and listed in the report. Values LHEO
 * requires and the feed does not have are written as LHEO's own placeholders ("-", 80056 « tout public »…),
 * each reported.
 */
import type { Feed, Organisation, Person, Place, Training, TrainingSession } from '../schema.js';
import { fromLheo } from './lheo-read.js';
import { ImportError } from './import-result.js';
import {
  anyAudienceFormacode,
  codeByMode,
  codeByRecruitment,
  disabilityReferentContactType,
  extrasInfo,
  lheoNamespaces,
  notInFeedInfo,
  opcoFunderCode,
  writeLheoDate,
} from './lheo-codes.js';
import { ReportBuilder, type ImportReport, type LheoShape } from './import-report.js';

export interface ExportResult {
  xml: string;
  /** What was written as a placeholder, shortened, or kept in extras. */
  report: ImportReport;
}

const escapeXml = (value: string) =>
  value
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
const escapeHtml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

type Attributes = Record<string, string | undefined>;

function element(name: string, content: string | string[], attributes: Attributes = {}): string {
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => ` ${key}="${escapeXml(value ?? '')}"`)
    .join('');
  const inner = Array.isArray(content) ? content.filter(Boolean).join('') : escapeXml(content);
  return `<${name}${attrs}>${inner}</${name}>`;
}

/** A canonical JSON (sorted keys), to compare what was written with what reads back. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The members of `original` that `readBack` does not reproduce, as `fromLheo` restores them. Only members the feed
 * has: what LHEO requires and the feed lacks is written as a placeholder that `fromLheo` leaves out (`notInFeed`),
 * never saved as a member to remove.
 */
function differences(original: object, readBack: object, ignore: readonly string[]): Record<string, unknown> | undefined {
  const saved: Record<string, unknown> = {};
  for (const [key, before] of Object.entries(original)) {
    if (ignore.includes(key) || before === undefined) continue;
    if (canonical(before) !== canonical((readBack as Record<string, unknown>)[key])) saved[key] = before;
  }
  return Object.keys(saved).length ? saved : undefined;
}

/**
 * `<extras info="training-feed-widgets">`: the members LHEO could not hold (`key`, as JSON), and the LHEO elements
 * written here that state nothing of the feed (LHEO's placeholders, or a value derived from another field), which
 * `fromLheo` does not read back.
 */
const savedExtras = (key: string, value: unknown, notInFeed: ReadonlySet<string> = new Set()) =>
  value === undefined && notInFeed.size === 0
    ? ''
    : element(
        'extras',
        [value === undefined ? '' : element('extra', JSON.stringify(value), { info: key }), notInFeed.size ? element('extra', [...notInFeed].join(' '), { info: notInFeedInfo }) : ''],
        { info: extrasInfo },
      );

/** The feed `fromLheo` reads from the first pass; none when it refuses every offer. */
function readBackOf(plain: string): Feed {
  try {
    return fromLheo(plain).feed;
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    return { version: 1, trainings: [], quizzes: [], programmes: [] };
  }
}

/** Writes `feed` as an LHEO 2.3 document. Throws when the feed has no training (LHEO requires one). */
export function toLheo(feed: Feed): ExportResult {
  if (feed.trainings.length === 0) throw new Error('LHEO requires at least one training (formation)');
  // First pass: LHEO's elements only. Reading it back tells what LHEO could not hold.
  const plain = new LheoWriter(new ReportBuilder('lheo')).write(feed, new Map(), new Map(), undefined);
  const readBack = readBackOf(plain);
  const trainingExtras = new Map<string, Record<string, unknown>>();
  const sessionExtras = new Map<string, Record<string, unknown>>();
  feed.trainings.forEach((training, t) => {
    // By id: an offer the reader refuses (a provider named "-") is missing from what it reads back.
    const back = readBack.trainings[t]?.id === training.id ? readBack.trainings[t] : readBack.trainings.find((candidate) => candidate.id === training.id);
    if (!back) return;
    const sameCount = back.sessions.length === training.sessions.length;
    const savedTraining = differences(training, back, sameCount ? ['sessions'] : []);
    if (savedTraining) trainingExtras.set(training.id, savedTraining);
    if (!sameCount) return;
    training.sessions.forEach((session, s) => {
      const backSession = back.sessions[s];
      const savedSession = backSession && differences(session, backSession, []);
      if (savedSession) sessionExtras.set(session.id, savedSession);
    });
  });
  const { trainings: _trainings, ...feedRest } = feed;
  const { trainings: _backTrainings, ...backRest } = readBack;
  const feedSaved = differences(feedRest, backRest, []);

  const report = new ReportBuilder('lheo');
  const writer = new LheoWriter(report);
  const xml = writer.write(feed, trainingExtras, sessionExtras, feedSaved);
  for (const [id, saved] of trainingExtras) report.warn({ code: 'kept-in-extras', where: { path: `trainings[${id}]` }, value: Object.keys(saved).join(', ') });
  for (const [id, saved] of sessionExtras) report.warn({ code: 'kept-in-extras', where: { path: `sessions[${id}]` }, value: Object.keys(saved).join(', ') });
  if (feedSaved) report.warn({ code: 'kept-in-extras', where: { path: '(feed)' }, value: Object.keys(feedSaved).join(', ') });
  const sessions = feed.trainings.reduce((sum, training) => sum + training.sessions.length, 0);
  return { xml, report: report.build({ trainings: feed.trainings.length, sessions }) };
}

class LheoWriter {
  constructor(private readonly report: ReportBuilder) {}

  write(feed: Feed, trainingExtras: Map<string, unknown>, sessionExtras: Map<string, unknown>, feedExtras: unknown): string {
    const formations = feed.trainings.map((training) => this.formation(training, trainingExtras.get(training.id), sessionExtras));
    const body = element('lheo', [element('offres', formations), savedExtras('feed', feedExtras)], { xmlns: lheoNamespaces['2.3'] });
    return `<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`;
  }

  /** `value` within LHEO's limit, shortened with "…" (and reported) when longer. */
  private fit(value: string, max: number, where: string, source: string): string {
    if (value.length <= max) return value;
    this.report.warn({ code: 'value-truncated', where: { path: where }, source, value, field: String(max) });
    // Never between the two halves of a character beyond U+FFFF (an emoji): a lone half is no character at all.
    const end = /[\uD800-\uDBFF]/.test(value.charAt(max - 2)) ? max - 2 : max - 1;
    return `${value.slice(0, end)}…`;
  }

  /** A price in at most LHEO's 10 characters: with its cents, else rounded to the euro, else not written. */
  private price(amount: number, where: string): string {
    const written = [amount.toFixed(2), String(Math.round(amount))].find((text) => text.length <= 10 && /^\d+(\.\d+)?$/.test(text));
    const text = this.typed(written ?? String(amount), written !== undefined, where, 'prix-total-TTC', 'max-10');
    return text ? element('prix-total-TTC', text) : '';
  }

  /** `value` when LHEO's type for `source` takes it (`fits`), else nothing written and the reason said. */
  private typed(value: string, fits: boolean, where: string, source: string, expected: LheoShape): string | undefined {
    if (fits) return value;
    this.report.warn({ code: 'value-not-exported', where: { path: where }, source, value, field: expected });
    return undefined;
  }

  /** `written` for `source`, which LHEO requires and the feed has no value for: reported; `notInFeed` when `fromLheo` would read it. */
  private placeholder(where: string, source: string, written: string, notInFeed?: Set<string>): string {
    this.report.warn({ code: 'placeholder-written', where: { path: where }, source, field: written });
    notInFeed?.add(source);
    return written;
  }

  /** Paragraphs and lists as the escaped HTML LHEO text fields carry, whole items only, within `max`. */
  private html(parts: readonly { title?: string; items: readonly string[]; list: boolean }[], max: number, where: string, source: string): string | undefined {
    let html = '';
    let dropped = 0;
    for (const part of parts) {
      const title = part.title ? `<p><b>${escapeHtml(part.title)}</b></p>` : '';
      const items = part.list ? `<ul>${part.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>` : part.items.map((item) => `<p>${escapeHtml(item)}</p>`).join('');
      const next = `${title}${items}`;
      if (html.length + next.length <= max) html += next;
      else dropped += 1;
    }
    if (dropped && !html) {
      const text = parts.flatMap((part) => [part.title ?? '', ...part.items]).filter(Boolean).join(' ');
      return this.fit(text, max, where, source);
    }
    if (dropped) this.report.warn({ code: 'value-truncated', where: { path: where }, source, field: String(max) });
    return html || undefined;
  }

  private formation(training: Training, saved: unknown, sessionExtras: Map<string, unknown>): string {
    const where = `trainings[${training.id}]`;
    const classification = training.classification ?? {};
    const domain = [
      ...(classification.formacode ?? []).filter((code) => code.length === 5).slice(0, 5).map((code) => element('code-FORMACODE', code)),
      ...(classification.nsf ?? [])
        .flatMap((code) => this.typed(code, code.length === 3, where, 'code-NSF', 'length-3') ?? [])
        .slice(0, 3)
        .map((code) => element('code-NSF', code)),
      ...(classification.rome ?? [])
        .flatMap((code) => this.typed(code, /^[A-Z]\d{4}$/.test(code), where, 'code-ROME', 'letter-4-digits') ?? [])
        .slice(0, 5)
        .map((code) => element('code-ROME', code)),
    ];
    const objectives = training.objectives?.length
      ? this.html([{ items: training.objectives.map((objective) => objective.text), list: training.objectives.length > 1 }], 3000, where, 'objectif-formation')
      : undefined;
    const outcomes = training.outcomes?.length ? this.html([{ items: training.outcomes, list: false }], 3000, where, 'resultats-attendus') : undefined;
    const content = training.content?.length
      ? this.html(training.content.map((block) => ({ title: [block.label, block.title].filter(Boolean).join(' – ') || undefined, items: block.items, list: true })), 3000, where, 'contenu-formation')
      : undefined;
    // The LHEO elements below, and those of the actions, that say nothing of the feed: fromLheo leaves them out.
    const notInFeed = new Set<string>();
    const contacts = [
      ...(training.contacts ?? []).map((person) => this.contact('contact-formation', person, undefined)),
      ...(training.disabilityReferent ? [this.contact('contact-formation', training.disabilityReferent, disabilityReferentContactType)] : []),
    ];
    if (contacts.length === 0) {
      // LHEO requires a contact: the training body, named and with its coordinates.
      const { name, phone, email } = training.provider;
      contacts.push(this.contact('contact-formation', { name, phone, email }, undefined));
      this.placeholder(where, 'contact-formation', [name, phone, email].filter(Boolean).join(', '), notInFeed);
    }
    const certification = training.certification;
    const certifInfo = certification?.certifInfo ? element('code-CERTIFINFO', this.fit(certification.certifInfo, 10, where, 'code-CERTIFINFO')) : '';
    const rs = certification?.rs && this.typed(certification.rs.replace(/^RS/, ''), certification.rs.length >= 5, where, 'code-RS', 'min-3-digits');
    const certificationCodes = certification
      ? [certification.rncp ? element('code-RNCP', certification.rncp.replace(/^RNCP/, '')) : '', certifInfo, rs ? element('code-RS', rs) : '']
      : [];
    // Not said by the feed: 1 when it names an RNCP or RS code (a certification registered there is one), else 0.
    const certifying =
      training.certifying === undefined ? this.placeholder(where, 'certifiante', certification?.rncp || certification?.rs ? '1' : '0', notInFeed) : training.certifying ? '1' : '0';
    const groups = groupSessions(training.sessions);
    if (groups.length === 0) this.report.warn({ code: 'placeholder-written', where: { path: where }, source: 'session', field: '00000000–99999999' });
    const actions = (groups.length ? groups : [[]]).map((sessions, index) => this.action(training, sessions, `${where}/action[${index + 1}]`, sessionExtras, notInFeed));
    return element(
      'formation',
      [
        element('domaine-formation', domain),
        element('intitule-formation', this.fit(training.title, 255, where, 'intitule-formation')),
        element('objectif-formation', objectives ?? this.placeholder(where, 'objectif-formation', '-')),
        element('resultats-attendus', outcomes ?? this.placeholder(where, 'resultats-attendus', '-')),
        element('contenu-formation', content ?? this.placeholder(where, 'contenu-formation', '-')),
        element('certifiante', certifying),
        ...contacts,
        element('parcours-de-formation', this.placeholder(where, 'parcours-de-formation', '1')),
        element('code-niveau-entree', this.placeholder(where, 'code-niveau-entree', '0')),
        certificationCodes.some(Boolean) ? element('certification', certificationCodes) : '',
        training.url ? element('url-formation', [element('urlweb', this.fit(training.url, 400, where, 'url-formation'))]) : '',
        ...actions,
        this.provider(training.provider, where),
        savedExtras('training', saved, notInFeed),
      ],
      // LHEO writes its dates AAAAMMJJ.
      { numero: training.id, datemaj: training.updated?.slice(0, 10).replace(/-/g, '') },
    );
  }

  private action(training: Training, sessions: readonly TrainingSession[], where: string, sessionExtras: Map<string, unknown>, notInFeed: Set<string>): string {
    const first = sessions[0];
    const audienceCodes = (training.classification?.audienceFormacode ?? []).filter((code) => code.length === 5).slice(0, 10);
    const funding = training.funding;
    const funders = [...(funding?.funders ?? [])];
    if (funding?.opco && !funders.some((funder) => funder.code === opcoFunderCode)) funders.push({ code: opcoFunderCode });
    const lheoFunders = funders.filter((funder) => ['0', ...Array.from({ length: 20 }, (_, n) => String(n + 1))].includes(funder.code)).slice(0, 8);
    const remaining = funding?.remainingCost;
    const remainingText = remaining?.amount !== undefined ? String(remaining.amount) : remaining?.label;
    const price = training.price?.amount;
    const sessionElements = sessions.length
      ? sessions.map((session) => this.session(training, session, `${where}/session[${session.id}]`, sessionExtras.get(session.id)))
      : [element('session', [element('periode', [element('debut', '00000000'), element('fin', '99999999')]), this.registrationAddress(undefined, training.provider, where, new Set())])];
    return element('action', [
      element('rythme-formation', this.placeholder(where, 'rythme-formation', '-')),
      ...(audienceCodes.length ? audienceCodes : [this.placeholder(where, 'code-public-vise', anyAudienceFormacode, notInFeed)]).map((code) => element('code-public-vise', code)),
      training.audience ? element('info-public-vise', this.fit(training.audience, 250, where, 'info-public-vise')) : '',
      element('niveau-entree-obligatoire', this.placeholder(where, 'niveau-entree-obligatoire', '0')),
      element('modalites-alternance', this.placeholder(where, 'modalites-alternance', '-')),
      element('modalites-enseignement', codeByMode[first?.mode ?? 'in-person']),
      element(
        'conditions-specifiques',
        training.prerequisites === undefined
          ? this.placeholder(where, 'conditions-specifiques', '-')
          : training.prerequisites.length
            ? (this.html([{ items: training.prerequisites, list: training.prerequisites.length > 1 }], 3000, where, 'conditions-specifiques') ?? '-')
            : '-',
      ),
      element(
        'prise-en-charge-frais-possible',
        // Not said by the feed: 1 when it names funders, else 0 (LHEO has no « unknown »).
        funding?.coverageAvailable === undefined
          ? this.placeholder(where, 'prise-en-charge-frais-possible', lheoFunders.length ? '1' : '0', notInFeed)
          : funding.coverageAvailable
            ? '1'
            : '0',
      ),
      first?.place ? this.placeOf(first.place, where) : '',
      element('modalites-entrees-sorties', first?.permanentEntry ? '1' : '0'),
      ...sessionElements,
      training.accessibility ? element('acces-handicapes', this.fit(training.accessibility, 250, where, 'acces-handicapes')) : '',
      training.language && /^[a-z]{2}$/i.test(training.language) ? element('langue-formation', training.language.toLowerCase()) : '',
      training.access ? element('modalites-recrutement', this.fit(training.access, 3000, where, 'modalites-recrutement')) : '',
      training.methods?.length ? element('modalites-pedagogiques', this.fit(training.methods.join(' '), 200, where, 'modalites-pedagogiques')) : '',
      remainingText ? element('frais-restants', this.fit(remainingText, 200, where, 'frais-restants')) : '',
      price !== undefined && (training.price?.currency ?? 'EUR') === 'EUR' ? this.price(price, where) : '',
      training.duration?.label ? element('duree-indicative', this.fit(training.duration.label, 150, where, 'duree-indicative')) : '',
      // An xs:long: a whole number that JavaScript writes without an exponent.
      training.duration?.hours !== undefined && this.typed(String(training.duration.hours), Number.isSafeInteger(training.duration.hours), where, 'nombre-heures-total', 'whole-hours')
        ? element('nombre-heures-total', String(training.duration.hours))
        : '',
      funding?.conditions ? element('detail-conditions-prise-en-charge', this.fit(funding.conditions, 600, where, 'detail-conditions-prise-en-charge')) : '',
      ...lheoFunders.map((funder) =>
        element('organisme-financeur', [element('code-financeur', funder.code), funder.seats !== undefined ? element('nb-places-financees', String(funder.seats)) : '']),
      ),
      funding?.cpf !== undefined ? element('extras', [element('extra', funding.cpf ? '1' : '0', { info: 'eligibilite-cpf' })], { info: 'eligibilite-cpf' }) : '',
    ]);
  }

  private session(training: Training, session: TrainingSession, where: string, saved: unknown): string {
    const starts = session.dates.map((range) => range);
    const first = [...starts].sort((a, b) => (a.start < b.start ? -1 : 1))[0];
    const last = [...starts].sort((a, b) => ((a.end ?? a.start) > (b.end ?? b.start) ? -1 : 1))[0];
    const openEnded = session.dates.some((range) => range.openEnded);
    const debut = writeLheoDate(first?.start, first?.startPrecision, 'start');
    const fin = openEnded || !last ? '99999999' : writeLheoDate(last.end ?? last.start, last.end ? last.endPrecision : last.startPrecision, 'end');
    const registration =
      session.registrationOpens || session.registrationDeadline
        ? element('periode-inscription', [
            element('periode', [element('debut', writeLheoDate(session.registrationOpens, 'day', 'start')), element('fin', writeLheoDate(session.registrationDeadline, 'day', 'end'))]),
          ])
        : '';
    const notInFeed = new Set<string>();
    // A cancelled session is closed to registration: LHEO has no cancellation (the feed's is kept in the extras).
    const recruitment = session.recruitment ?? (session.cancelled ? 'closed' : undefined);
    if (!session.recruitment && recruitment) notInFeed.add('etat-recrutement');
    return element(
      'session',
      [
        element('periode', [element('debut', debut), element('fin', fin)]),
        this.registrationAddress(session.registrationAddress ?? session.place, training.provider, where, notInFeed),
        session.note ? element('modalites-inscription', this.fit(session.note, 255, where, 'modalites-inscription')) : '',
        registration,
        recruitment ? element('etat-recrutement', codeByRecruitment[recruitment]) : '',
        session.registrationUrl && /^https?:/.test(session.registrationUrl) ? element('url-session', [element('urlweb', this.fit(session.registrationUrl, 400, where, 'url-session'))]) : '',
        ...(session.contacts ?? []).map((person) => this.contact('contact-session', person, undefined)),
        session.seats?.total !== undefined ? element('extras', [element('extra', String(session.seats.total), { info: 'nb-places' })], { info: 'session' }) : '',
        savedExtras('session', saved, notInFeed),
      ],
      { numero: session.id },
    );
  }

  /** LHEO's `adresse`: at least one line, a 5-digit postal code and a town, else undefined. */
  private address(place: Place | undefined, where: string): string | undefined {
    if (!place?.city || !place.postalCode || !/^\d{5}$/.test(place.postalCode)) return undefined;
    const lines = (place.address ?? place.name ?? '-').split(/,\s*/).filter(Boolean);
    return element('adresse', [
      place.name && place.address ? element('denomination', this.fit(place.name, 255, where, 'denomination')) : '',
      ...(lines.length > 4 ? [...lines.slice(0, 3), lines.slice(3).join(', ')] : lines).map((line) => element('ligne', this.fit(line, 50, where, 'ligne'))),
      element('codepostal', place.postalCode),
      element('ville', this.fit(place.city, 50, where, 'ville')),
      place.country && /^[A-Z]{2}$/.test(place.country) ? element('pays', place.country) : '',
      place.geo ? element('geolocalisation', [element('latitude', String(place.geo.latitude)), element('longitude', String(place.geo.longitude))]) : '',
    ]);
  }

  /**
   * LHEO's required `adresse-inscription`: the session's registration address, else its place (which `fromLheo` reads
   * as no other registration address), else the training body's address or LHEO's placeholders, said.
   */
  private registrationAddress(place: Place | undefined, provider: Organisation, where: string, notInFeed: Set<string>): string {
    const own = this.address(place, where);
    const providers = own ? undefined : this.address(provider.address, where);
    if (providers && provider.address) {
      const { address: lines, postalCode, city } = provider.address;
      this.placeholder(where, 'adresse-inscription', [lines, [postalCode, city].filter(Boolean).join(' ')].filter(Boolean).join(', '), notInFeed);
    }
    const address = own ?? providers;
    return element('adresse-inscription', [
      address ??
        element('adresse', [element('ligne', '-'), element('codepostal', this.placeholder(where, 'adresse-inscription/codepostal', '00000')), element('ville', '-')]),
    ]);
  }

  private placeOf(place: Place, where: string): string {
    const address = this.address(place, where);
    const line = place.name ?? (address ? undefined : place.city);
    const name = line ? element('ligne', this.fit(line, 50, where, 'lieu-de-formation/ligne')) : '';
    if (!address && !name) {
      this.report.warn({ code: 'not-exported', where: { path: where }, source: 'lieu-de-formation', value: [place.address, place.city].filter(Boolean).join(', ') });
      return '';
    }
    return element('lieu-de-formation', [element('coordonnees', [name, address ?? ''])]);
  }

  private coordinatesOf(who: Organisation | Person): string[] {
    return [
      who.phone ? element('telfixe', [element('numtel', who.phone.slice(0, 25))]) : '',
      who.email && who.email.length <= 160 ? element('courriel', who.email) : '',
    ];
  }

  private contact(name: 'contact-formation' | 'contact-session', person: Person, type: string | undefined): string {
    return element(name, [
      type ? element('type-contact', type) : '',
      element('coordonnees', [element('nom', person.name.slice(0, 50)), ...this.coordinatesOf(person)]),
    ]);
  }

  private provider(provider: Organisation, where: string): string {
    const address = this.address(provider.address, where);
    const web = provider.url && /^https?:/.test(provider.url) ? element('web', [element('urlweb', provider.url.slice(0, 400))]) : '';
    return element('organisme-formation-responsable', [
      element('numero-activite', provider.activityNumber?.length === 11 ? provider.activityNumber : this.placeholder(where, 'numero-activite', '00000000000')),
      element('SIRET-organisme-formation', [element('SIRET', provider.siret ?? this.placeholder(where, 'SIRET', '00000000000000'))]),
      element('nom-organisme', this.fit(provider.name, 250, where, 'nom-organisme')),
      element('raison-sociale', this.fit(provider.name, 250, where, 'raison-sociale')),
      element('coordonnees-organisme', [element('coordonnees', [address ?? '', ...this.coordinatesOf(provider), web])]),
      element('contact-organisme', [element('coordonnees', this.coordinatesOf(provider))]),
    ]);
  }
}

/** Consecutive sessions that share a mode, a place and their entry rule make one LHEO action. */
function groupSessions(sessions: readonly TrainingSession[]): TrainingSession[][] {
  const groups: TrainingSession[][] = [];
  let key: string | undefined;
  for (const session of sessions) {
    const sessionKey = canonical([session.mode, session.place ?? null, session.permanentEntry ?? false]);
    if (sessionKey === key) groups.at(-1)?.push(session);
    else groups.push([session]);
    key = sessionKey;
  }
  return groups;
}
