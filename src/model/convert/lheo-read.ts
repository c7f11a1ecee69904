/**
 * LHEO (2.2 and 2.3) to the feed: full catalogues (`<lheo><offres><formation>…`) and Intercarif's summaries
 * (`<lheo-index><resumes-offres><resume-offre>…`), in UTF-8 or ISO-8859-1. formation → training, action → its
 * sessions' place and mode plus the training's practical facts, session → session. Every element read is marked;
 * what is left is listed in the report as unmapped, with its line.
 */
import * as z from 'zod/mini';
import { linkPattern, type ContentBlock, type DateRange, type Feed, type Organisation, type Person, type Place, type Training, type TrainingSession } from '../schema.js';
import { frenchNumber, isDurationAmount } from './text.js';
import { decodeText, decodingNotes, xmlDeclaredEncoding, type TextSource } from './decode.js';
import { applySaved, compact, finishImport, type ImportResult, ImportError, uniqueId } from './import-result.js';
import {
  disabilityReferentContactType,
  extrasInfo,
  modeByCode,
  notInFeedInfo,
  opcoFunderCode,
  readLheoDate,
  recruitmentByCode,
} from './lheo-codes.js';
import { blocksToLines, cleanText, htmlToBlocks, type TextBlock } from './rich-text.js';
import { ReportBuilder, type Location, type ReportNote } from './import-report.js';
import { describeControls, hasControls, isControlCode, withoutControls } from './control-characters.js';
import { feedLink, withoutMailto } from './links.js';
import { child, childrenOf, parseXml, XmlSyntaxError, type XmlNode } from './xml.js';

export interface ImportOptions {
  /** Called after each offer read: for progress bars on big catalogues. */
  onProgress?: (done: number, total: number) => void;
}

const isEmail = (value: string) => z.email().safeParse(value).success;
/** A web address the feed's schema accepts (its link rule, http or https): z.url would also weigh on every page. */
const isUrl = (value: string) => /^https?:/.test(value) && linkPattern.test(value);
/** `&#7;`, `&#x1B;`: a character reference, which may name a control character. */
const characterReference = /&#(?:[xX]([0-9a-fA-F]{1,6})|(\d{1,7}));/g;

/** Reads an LHEO document. Throws ImportError (with its report) when the file is not well-formed LHEO. */
export function fromLheo(source: TextSource, options: ImportOptions = {}): ImportResult {
  const decoded = decodeText(source, xmlDeclaredEncoding);
  const { text, encoding } = decoded;
  const report = new ReportBuilder('lheo');
  decodingNotes(decoded).forEach((note) => report.warn(note));
  let root: XmlNode;
  try {
    root = parseXml(text);
  } catch (error) {
    // parseXml throws nothing else; anything unexpected is still a file that cannot be read, never a crash.
    const syntax = error instanceof XmlSyntaxError ? error : new XmlSyntaxError(error instanceof Error ? error.message : String(error), undefined, undefined);
    report.error(xmlErrorNote(syntax));
    throw new ImportError(report.build({ trainings: 0, sessions: 0, encoding }));
  }
  if (root.name !== 'lheo' && root.name !== 'lheo-index') {
    report.error({ code: 'not-lheo', where: { line: root.line, path: root.name }, value: root.name });
    throw new ImportError(report.build({ trainings: 0, sessions: 0, encoding }));
  }
  return new LheoReader(report).read(root, encoding, options);
}

/** The report's note for a file the XML reader refused: the DOCTYPE's and entities' refusals have their own wording. */
function xmlErrorNote(error: XmlSyntaxError): ReportNote {
  const where: Location = compact<Location>({ line: error.line, column: error.column });
  const refusal = error.refusal;
  switch (refusal?.reason) {
    case 'doctype-invalid':
      return { code: 'doctype-invalid', where, value: refusal.detail };
    case 'entity-external':
      return { code: 'entity-external', where, source: refusal.name, value: refusal.detail };
    case 'entity-too-large':
      return { code: 'entity-too-large', where, source: refusal.name, field: String(refusal.limit) };
    case 'entity-undeclared':
    case 'entity-nested':
      return { code: refusal.reason, where, source: refusal.name };
    case 'too-deep':
      return { code: 'xml-too-deep', where, field: String(refusal.limit) };
    default:
      return { code: 'not-well-formed', where, value: error.message };
  }
}

class LheoReader {
  private readonly used = new Set<XmlNode>();
  /** Elements read whose value did not reach the feed: a warning or an error says so, the report counts none. */
  private readonly dropped = new Set<XmlNode>();
  private readonly ids = new Set<string>();
  private readonly sessionIds = new Set<string>();
  /** Elements whose values went to another feed object than their place in LHEO says (`destinationOf`). */
  private readonly owners = new Map<XmlNode, string>();

  constructor(private readonly report: ReportBuilder) {}

  read(root: XmlNode, encoding: string, options: ImportOptions): ImportResult {
    this.removeControls(root, root.name);
    this.use(root);
    const container = this.use(root.children.find((node) => node.name === 'offres' || node.name === 'resumes-offres'));
    const offers = container?.children.filter((node) => node.name === 'formation' || node.name === 'resume-offre') ?? [];
    if (offers.length === 0) this.report.warn({ code: 'no-offer', where: { line: root.line, path: root.name } });
    const trainings: Training[] = [];
    offers.forEach((offer, index) => {
      const training = offer.name === 'formation' ? this.formation(offer, index) : this.summary(offer, index);
      if (training) trainings.push(training);
      options.onProgress?.(index + 1, offers.length);
    });
    // Offers there were, none could be shown: nothing usable is left.
    if (offers.length > 0 && trainings.length === 0) throw new ImportError(this.report.build({ trainings: 0, sessions: 0, encoding }));
    let feed: Feed = { version: 1, trainings, quizzes: [], programmes: [] };
    const saved = this.savedExtras(root, 'feed');
    if (saved) feed = applySaved(feed, saved);
    this.reportUnused(root, '', root.name);
    return finishImport(feed, this.report, encoding);
  }

  /**
   * Control characters (BEL, NUL…, raw or written `&#7;`) taken out of every element's text before anything is read:
   * no reader should get them. Each element that had some is warned with its line.
   */
  private removeControls(node: XmlNode, path: string): void {
    const text = node.text.includes('&#')
      ? node.text.replace(characterReference, (whole: string, hex: string | undefined, decimal: string | undefined) => {
          const code = hex === undefined ? Number(decimal) : Number.parseInt(hex, 16);
          // &#128;–&#159; are Windows-1252's characters for HTML (€, ’…), decoded as such later.
          return code < 0x80 && isControlCode(code) ? String.fromCharCode(code) : whole;
        })
      : node.text;
    if (hasControls(text)) {
      const { count, list } = describeControls(text);
      // Paths as the other warnings give them, from the offer: `formation[F1]/intitule-formation`.
      const where = this.where(node, path.replace(/^lheo(-index)?\/(offres|resumes-offres)\//, ''));
      this.report.warn({ code: 'control-removed', where, value: list, field: String(count) });
      node.text = withoutControls(text);
    }
    const counts = new Map<string, number>();
    for (const childNode of node.children) {
      const index = (counts.get(childNode.name) ?? 0) + 1;
      counts.set(childNode.name, index);
      const numero = childNode.attrs.numero;
      this.removeControls(childNode, `${path}/${childNode.name}${numero ? `[${numero}]` : index > 1 ? `[${index}]` : ''}`);
    }
  }

  // ── Marking what is read ──────────────────────────────────────────────────────────────────────────────────────

  private use<T extends XmlNode | undefined>(node: T): T {
    if (node) this.used.add(node);
    return node;
  }

  private child(node: XmlNode | undefined, ...path: string[]): XmlNode | undefined {
    let current = node;
    for (const name of path) current = this.use(current?.children.find((c) => c.name === name));
    return current;
  }

  private all(node: XmlNode | undefined, name: string): XmlNode[] {
    return childrenOf(node, name).map((found) => this.use(found));
  }

  /**
   * Trimmed plain text; LHEO's "-" placeholder counts as absent. An element with no value is not counted as
   * carried: the report lists it with what was not used.
   */
  private text(node: XmlNode | undefined, ...path: string[]): string | undefined {
    const found = this.child(node, ...path);
    if (!found) return undefined;
    const text = cleanText(blocksToLines(htmlToBlocks(found.text)).join(' '));
    if (text && text !== '-') return text;
    this.unuse(found);
    return undefined;
  }

  private blocks(node: XmlNode | undefined, ...path: string[]): TextBlock[] {
    const found = this.child(node, ...path);
    const blocks = found ? htmlToBlocks(found.text) : [];
    if (blocks.length === 0 || (blocks.length === 1 && blocks[0]?.kind === 'paragraph' && blocks[0].text === '-')) {
      if (found) this.unuse(found);
      return [];
    }
    return blocks;
  }

  /** Marks `node` and what is under it as not read: listed in the report as not carried, with its line. */
  private unuse(node: XmlNode): void {
    this.used.delete(node);
    node.children.forEach((childNode) => this.unuse(childNode));
  }

  /**
   * A value read but not carried: warned (`value-invalid`, or `code`) with its element and line, and left out of
   * what the report counts as carried. `names` is the path of the element under `node`.
   */
  private drop(
    node: XmlNode | undefined,
    names: string[],
    path: string,
    value: string | undefined,
    code: 'value-invalid' | 'date-invalid' | 'mode-defaulted' = 'value-invalid',
    expected?: string,
  ): void {
    const found = childAt(node, names);
    if (!found) return;
    this.dropped.add(found);
    this.report.warn({
      code,
      where: this.where(found, names.length ? `${path}/${names.join('/')}` : path),
      source: found.name,
      value: value ?? found.text.trim(),
      ...(expected ? { field: expected } : {}),
    });
  }

  /** A value left out that another note already reports: not counted as carried. */
  private discard(node: XmlNode | undefined, names: string[]): void {
    const found = childAt(node, names);
    if (found) this.dropped.add(found);
  }

  /** LHEO's placeholders for "none" (00000 postal code, 000… SIRET, 999… activity number): the element is not carried. */
  private placeholder(node: XmlNode | undefined, names: string[]): undefined {
    const found = childAt(node, names);
    if (found) this.unuse(found);
    return undefined;
  }

  private lines(node: XmlNode | undefined, ...path: string[]): string[] | undefined {
    const lines = blocksToLines(this.blocks(node, ...path));
    return lines.length ? lines : undefined;
  }

  private where(node: XmlNode, path: string): Location {
    return { line: node.line, path };
  }

  /**
   * Every element nobody read, under `node`, goes to the report; every leaf read that holds a value, with the feed
   * field it went to.
   */
  private reportUnused(node: XmlNode, parentSource: string, path: string, owner?: string): void {
    const counts = new Map<string, number>();
    for (const childNode of node.children) {
      const label = labelOf(childNode);
      const index = (counts.get(childNode.name) ?? 0) + 1;
      counts.set(childNode.name, index);
      const numero = childNode.attrs.numero;
      const childPath = `${path}/${childNode.name}${numero ? `[${numero}]` : index > 1 ? `[${index}]` : ''}`;
      const source = parentSource ? `${parentSource}/${label}` : `${node.name}/${label}`;
      if (this.dropped.has(childNode)) continue;
      if (this.used.has(childNode)) {
        const childOwner = this.owners.get(childNode) ?? owner;
        if (childNode.children.length) this.reportUnused(childNode, source, childPath, childOwner);
        // An empty element carried nothing, and lost nothing.
        else if (childNode.text.trim()) this.report.mapped(source, destinationOf(source, childOwner));
      } else this.report.unmapped(source, this.where(childNode, childPath), childNode.children.length ? undefined : childNode.text);
    }
  }

  /** The `<extras info=group><extra info=name>` element, marked as read. */
  private extraNode(node: XmlNode, group: string, name: string): XmlNode | undefined {
    for (const extras of childrenOf(node, 'extras')) {
      if (extras.attrs.info !== group) continue;
      const extra = extras.children.find((c) => c.name === 'extra' && c.attrs.info === name);
      if (!extra) continue;
      this.use(extras);
      return this.use(extra);
    }
    return undefined;
  }

  private extra(node: XmlNode, group: string, name: string): string | undefined {
    return this.extraNode(node, group, name)?.text.trim();
  }

  /**
   * The LHEO elements under `node` that `toLheo` wrote without a value of the feed (its placeholders), as it listed
   * them in its extras: not read, so listed as not carried. The list itself is no fact of the offer.
   */
  private notInFeed(node: XmlNode): ReadonlySet<string> {
    const extra = this.extraNode(node, extrasInfo, notInFeedInfo);
    if (!extra) return new Set();
    this.dropped.add(extra);
    return new Set(extra.text.split(/\s+/).filter(Boolean));
  }

  /** The JSON that `toLheo` saved in `<extras info="training-feed-widgets">`, if any. */
  private savedExtras(node: XmlNode, key: string): Record<string, unknown> | undefined {
    const extra = this.extraNode(node, extrasInfo, key);
    if (!extra) return undefined;
    try {
      const value: unknown = JSON.parse(extra.text);
      if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    } catch {
      // reported below
    }
    this.report.warn({ code: 'value-invalid', where: this.where(extra, `extras[${extrasInfo}]/extra[${key}]`), value: extra.text });
    return undefined;
  }

  // ── Values ────────────────────────────────────────────────────────────────────────────────────────────────────

  /** `urlweb`: a web address (http or https; its scheme in lower case, `www.…` completed with https://). */
  private url(node: XmlNode | undefined, path: string): string | undefined {
    const raw = this.text(node, 'urlweb');
    if (!raw || !node) return undefined;
    const link = feedLink(raw);
    if (!link || !isUrl(link.link)) {
      this.drop(node, ['urlweb'], path, raw);
      return undefined;
    }
    if (link.completed) this.report.warn({ code: 'url-completed', where: this.where(node, path), source: node.name, value: raw, field: link.link });
    return link.link;
  }

  private number(node: XmlNode | undefined, name: string, path: string): number | undefined {
    const raw = this.text(node, name);
    if (raw === undefined || !node) return undefined;
    const value = Number(raw.replace(/\s|€|EUR/gi, '').replace(',', '.'));
    if (Number.isFinite(value) && value >= 0) return value;
    this.drop(node, [name], path, raw);
    return undefined;
  }

  /**
   * A number of seats (`nb-places`, `extras[session]/extra[nb-places]`, a funder's `nb-places-financees`): a whole
   * number. Any other value (`12,5`, `-3`, `12 places`, `1e3`, `0x10`) is left out and reported with its element and
   * line, never rounded nor read as another number; an empty element is no value, `-` a placeholder.
   */
  private seatCount(found: XmlNode | undefined, name: string, path: string): number | undefined {
    if (!found) return undefined;
    const raw = cleanText(found.text);
    if (raw === '') return undefined;
    if (raw === '-') {
      this.unuse(found);
      return undefined;
    }
    if (/^\d{1,6}$/.test(raw)) return Number(raw);
    this.dropped.add(found);
    this.report.warn({ code: 'value-invalid', where: this.where(found, path), source: name, value: raw });
    return undefined;
  }

  /** A duration: 0 (an export's « unknown ») or a trace of one is left out and reported, never shown as « 0 h ». */
  private duration(node: XmlNode | undefined, name: string, path: string): number | undefined {
    const value = this.number(node, name, path);
    if (value === undefined || isDurationAmount(value)) return value;
    this.drop(node, [name], path, this.text(node, name));
    return undefined;
  }

  private date(node: XmlNode | undefined, name: string, side: 'start' | 'end', path: string) {
    const raw = this.text(node, name);
    if (raw === undefined || !node) return { kind: 'unknown' as const };
    const date = readLheoDate(raw, side);
    if (date.kind === 'invalid') this.drop(node, [name], path, raw, 'date-invalid');
    return date;
  }

  private address(adresse: XmlNode | undefined): Place | undefined {
    if (!adresse) return undefined;
    const lines = this.all(adresse, 'ligne').flatMap((l) => {
      const line = cleanText(l.text);
      if (line && line !== '-') return [line];
      this.unuse(l);
      return [];
    });
    const latitude = this.text(adresse, 'geolocalisation', 'latitude');
    const longitude = this.text(adresse, 'geolocalisation', 'longitude');
    const geo = geoOf(Number(latitude?.replace(',', '.')), Number(longitude?.replace(',', '.')));
    if (!geo && (latitude !== undefined || longitude !== undefined)) {
      if (latitude === '0' && longitude === '0') this.placeholder(adresse, ['geolocalisation']);
      else {
        // A latitude without its longitude (or out of range) places nothing.
        this.drop(adresse, ['geolocalisation', 'latitude'], 'adresse', latitude);
        this.drop(adresse, ['geolocalisation', 'longitude'], 'adresse', longitude);
      }
    }
    const postalCode = this.text(adresse, 'codepostal');
    return compact<Place>({
      name: this.text(adresse, 'denomination'),
      address: lines.join(', ') || undefined,
      postalCode: postalCode && isPlaceholderCode(postalCode) ? this.placeholder(adresse, ['codepostal']) : postalCode,
      city: this.text(adresse, 'ville'),
      country: this.text(adresse, 'pays'),
      geo,
    });
  }

  /**
   * The e-mail address of `courriel` under `node`: the first valid one when it holds several (`a@b.fr; c@d.fr`),
   * the others warned as left out; none valid, the whole value is warned as left out.
   */
  private email(node: XmlNode | undefined, path: string): string | undefined {
    const raw = this.text(node, 'courriel');
    if (raw === undefined) return undefined;
    const candidates = raw.split(/[\s;,]+/).filter(Boolean).map(withoutMailto);
    const email = candidates.find(isEmail);
    if (email === undefined) this.drop(node, ['courriel'], path, raw);
    else if (candidates.length > 1) {
      const courriel = childAt(node, ['courriel']);
      const rest = candidates.filter((candidate) => candidate !== email).join(' ');
      if (courriel) this.report.warn({ code: 'value-invalid', where: this.where(courriel, `${path}/courriel`), source: 'courriel', value: rest });
    }
    return email;
  }

  private person(coordonnees: XmlNode | undefined, fallbackName: string | undefined, path: string, role?: string): Person | undefined {
    if (!coordonnees) return undefined;
    const name = [this.text(coordonnees, 'civilite'), this.text(coordonnees, 'prenom'), this.text(coordonnees, 'nom')].filter(Boolean).join(' ');
    const email = this.email(coordonnees, path);
    const phone = this.text(coordonnees, 'telfixe', 'numtel') ?? this.text(coordonnees, 'portable', 'numtel');
    const firstLine = this.all(coordonnees, 'ligne').map((l) => cleanText(l.text)).find((l) => l && l !== '-');
    const shown = name || firstLine || fallbackName;
    if (!shown || (!email && !phone && !name)) {
      // No one to show: what was read is listed as not carried (a refused address is already warned).
      this.unuse(coordonnees);
      return undefined;
    }
    return compact<Person>({ name: shown, role, email, phone });
  }

  private contacts(node: XmlNode, name: string, fallbackName: string | undefined, path = node.name) {
    const contacts: Person[] = [];
    let referent: Person | undefined;
    for (const contact of this.all(node, name)) {
      const type = this.text(contact, 'type-contact');
      const person = this.person(this.child(contact, 'coordonnees'), fallbackName, `${path}/${name}/coordonnees`);
      if (!person) {
        this.unuse(contact);
        continue;
      }
      if (type === disabilityReferentContactType && !referent) referent = person;
      else contacts.push(person);
    }
    return { contacts, referent };
  }

  private certification(node: XmlNode) {
    const all = this.all(node, 'certification');
    const first = all[0];
    all.slice(1).forEach((extra, index) => this.report.unmapped(`${node.name}/certification`, this.where(extra, `certification[${index + 2}]`)));
    if (!first) return undefined;
    const code = (name: string, prefix: string) => {
      const raw = this.text(first, name);
      const digits = raw?.replace(new RegExp(`^${prefix}`, 'i'), '');
      if (digits && /^\d{1,6}$/.test(digits)) return `${prefix}${digits}`;
      if (raw !== undefined) this.drop(first, [name], `${node.name}/certification`, raw);
      return undefined;
    };
    return compact<NonNullable<Training['certification']>>({
      rncp: code('code-RNCP', 'RNCP'),
      rs: code('code-RS', 'RS'),
      certifInfo: this.text(first, 'code-CERTIFINFO'),
    });
  }

  private classification(node: XmlNode, audience: string[]): Training['classification'] {
    const domain = this.child(node, 'domaine-formation');
    const codes = (name: string) => {
      const list = this.all(domain, name).map((c) => c.text.trim()).filter(Boolean);
      return list.length ? list : undefined;
    };
    const classification = compact<NonNullable<Training['classification']>>({
      formacode: codes('code-FORMACODE'),
      nsf: codes('code-NSF'),
      rome: codes('code-ROME'),
      audienceFormacode: audience.length ? audience : undefined,
    });
    return Object.keys(classification).length ? classification : undefined;
  }

  private id(raw: string | undefined, fallback: string, node: XmlNode, path: string, taken: Set<string>): string {
    const { id, generated, renamed } = uniqueId(raw, fallback, taken);
    if (generated) this.report.warn({ code: 'id-generated', where: this.where(node, path), field: id });
    else if (renamed) this.report.warn({ code: 'id-renamed', where: this.where(node, path), value: raw, field: id });
    return id;
  }

  // ── formation → training ──────────────────────────────────────────────────────────────────────────────────────

  /**
   * An offer without a training body is refused (readers would not know who gives it): an error says so, and
   * nothing of it counts as carried.
   */
  private skip(node: XmlNode, path: string, source: string): undefined {
    this.dropped.add(node);
    this.report.error({ code: 'offer-skipped', where: this.where(node, path), source });
    return undefined;
  }

  private formation(node: XmlNode, index: number): Training | undefined {
    this.use(node);
    const path = `formation${node.attrs.numero ? `[${node.attrs.numero}]` : `[${index + 1}]`}`;
    const provider = this.provider(this.child(node, 'organisme-formation-responsable'), `${path}/organisme-formation-responsable`);
    if (!provider) return this.skip(node, path, 'organisme-formation-responsable/nom-organisme');
    const id = this.id(node.attrs.numero, `formation-${index + 1}`, node, path, this.ids);
    const notInFeed = this.notInFeed(node);
    const { contacts, referent } = notInFeed.has('contact-formation') ? { contacts: [], referent: undefined } : this.contacts(node, 'contact-formation', provider.name, path);
    const certification = this.certification(node);
    const certifying = notInFeed.has('certifiante') ? undefined : this.flag(node, 'certifiante', path);
    const actions = this.all(node, 'action');
    const practical = new ActionFacts(this.report);
    const audienceCodes = new Set<string>();
    const cpfStatements: (CpfStatement | undefined)[] = [];
    const sessions = actions.flatMap((action, a) => this.action(action, `${path}/action[${a + 1}]`, id, practical, audienceCodes, notInFeed, cpfStatements));
    const cpf = this.cpf(cpfStatements, node, path);
    const url = this.url(this.child(node, 'url-formation'), `${path}/url-formation`);
    // url-action is the training's link only without url-formation: another address is then not carried.
    if (url) actions.forEach((action) => childrenOf(action, 'url-action').forEach((found) => feedLink(this.text(found, 'urlweb') ?? '')?.link !== url && this.unuse(found)));
    const facts = practical.facts();
    const funding = cpf === undefined ? facts.funding : { ...facts.funding, cpf };

    const training: Training = compact<Training>({
      id,
      title: this.text(node, 'intitule-formation') ?? id,
      provider,
      updated: isoDateOf(node.attrs.datemaj),
      objectives: this.lines(node, 'objectif-formation')?.map((text, o) => ({ id: `objectif-${o + 1}`, text })),
      outcomes: this.lines(node, 'resultats-attendus'),
      content: contentOf(this.blocks(node, 'contenu-formation')),
      certifying,
      certification,
      contacts: contacts.length ? contacts : undefined,
      disabilityReferent: referent,
      url: url ?? practical.url,
      classification: this.classification(node, [...audienceCodes]),
      ...facts,
      funding,
      sessions,
    });
    if (this.text(node, 'intitule-formation') === undefined) this.report.warn({ code: 'title-from-id', where: this.where(node, path), source: 'intitule-formation', field: id });
    const saved = this.savedExtras(node, 'training');
    return saved ? applySaved(training, saved) : training;
  }

  /** The training body; undefined when it has no name (neither nom-organisme nor raison-sociale). */
  private provider(node: XmlNode | undefined, path: string): Organisation | undefined {
    const name = this.text(node, 'nom-organisme') ?? this.text(node, 'raison-sociale');
    if (name === undefined || !node) return undefined;
    const coordinates = this.child(node, 'coordonnees-organisme', 'coordonnees');
    const contact = this.child(node, 'contact-organisme', 'coordonnees');
    const email = this.email(coordinates, `${path}/coordonnees-organisme/coordonnees`) ?? this.email(contact, `${path}/contact-organisme/coordonnees`);
    const phone = this.text(coordinates, 'telfixe', 'numtel') ?? this.text(contact, 'telfixe', 'numtel');
    const raisonSociale = this.text(node, 'raison-sociale');
    // A company name other than the name shown is not carried: the report lists it.
    if (raisonSociale && raisonSociale !== name) this.placeholder(node, ['raison-sociale']);
    return compact<Organisation>({
      name,
      siret: this.siret(node, ['SIRET-organisme-formation', 'SIRET'], path),
      activityNumber: this.activityNumber(node),
      email,
      phone,
      url: this.url(this.child(coordinates, 'web'), `${path}/coordonnees-organisme/coordonnees/web`),
      address: this.address(this.child(coordinates, 'adresse')),
    });
  }

  /** A SIRET: 14 digits; zeros only is LHEO's placeholder. */
  /** `modalites-enseignement`: 0 in person (also when absent), 1 blended, 2 remote. */
  private mode(node: XmlNode, path: string): TrainingSession['mode'] {
    const code = this.text(node, 'modalites-enseignement');
    const mode = modeByCode[code ?? '0'];
    if (mode) return mode;
    this.drop(node, ['modalites-enseignement'], path, code, 'mode-defaulted', '0, 1, 2');
    return 'in-person';
  }

  /** A 0/1 element; anything else is warned and left out. */
  private flag(node: XmlNode, name: string, path: string): boolean | undefined {
    const value = this.text(node, name);
    if (value === '1' || value === '0') return value === '1';
    if (value !== undefined) this.drop(node, [name], path, value);
    return undefined;
  }

  private siret(node: XmlNode, names: string[], path: string): string | undefined {
    const siret = this.text(node, ...names);
    if (siret === undefined) return undefined;
    if (isPlaceholderCode(siret)) return this.placeholder(node, names);
    const digits = siret.replace(/\s/g, '');
    if (/^\d{14}$/.test(digits)) return digits;
    this.drop(node, names, path, siret);
    return undefined;
  }

  /** The declaration number (11 digits in LHEO); zeros or nines only is a placeholder. */
  private activityNumber(node: XmlNode): string | undefined {
    const value = this.text(node, 'numero-activite');
    if (value === undefined) return undefined;
    if (isPlaceholderCode(value)) return this.placeholder(node, ['numero-activite']);
    return value;
  }

  // ── action → sessions (and the training's practical facts) ───────────────────────────────────────────────────

  private action(
    node: XmlNode,
    path: string,
    trainingId: string,
    facts: ActionFacts,
    audienceCodes: Set<string>,
    notInFeed: ReadonlySet<string>,
    cpf: (CpfStatement | undefined)[],
  ): TrainingSession[] {
    const mode = this.mode(node, path);
    const permanentEntry = this.text(node, 'modalites-entrees-sorties') === '1';
    const places = this.all(node, 'lieu-de-formation');
    if (places.length > 1) this.report.warn({ code: 'several-places', where: this.where(node, path), value: String(places.length) });
    const placeNode = this.child(places[0], 'coordonnees');
    const place = placeNode ? compact<Place>({ name: this.text(placeNode, 'ligne'), ...this.address(this.child(placeNode, 'adresse')) }) : undefined;
    if (!notInFeed.has('code-public-vise')) this.all(node, 'code-public-vise').forEach((code) => code.text.trim() && audienceCodes.add(code.text.trim()));

    const funders = this.all(node, 'organisme-financeur').flatMap((funder) => {
      const code = this.text(funder, 'code-financeur');
      if (!code || !/^\d{1,2}$/.test(code)) {
        // No funder without its code: the code is warned, the rest listed as not carried.
        if (code) this.drop(funder, ['code-financeur'], `${path}/organisme-financeur`, code);
        this.unuse(funder);
        return [];
      }
      const seats = this.seatCount(this.child(funder, 'nb-places-financees'), 'nb-places-financees', `${path}/organisme-financeur/nb-places-financees`);
      return [compact({ code, seats })];
    });
    const remaining = this.text(node, 'frais-restants');
    const remainingAmount = remaining !== undefined && /^\s*\d+([.,]\d+)?\s*(€|EUR)?\s*$/i.test(remaining) ? this.number(node, 'frais-restants', path) : undefined;
    const hours = this.duration(node, 'nombre-heures-total', path);
    const durationLabel = this.text(node, 'duree-indicative');
    const price = this.number(node, 'prix-total-TTC', path);
    facts.add(path, {
      audience: this.text(node, 'info-public-vise'),
      prerequisites: this.lines(node, 'conditions-specifiques'),
      access: this.text(node, 'modalites-recrutement'),
      methods: this.lines(node, 'modalites-pedagogiques'),
      accessibility: this.text(node, 'acces-handicapes'),
      language: this.text(node, 'langue-formation')?.toLowerCase(),
      price: price === undefined ? undefined : { amount: price, currency: 'EUR' },
      duration:
        hours === undefined && durationLabel === undefined
          ? undefined
          : compact({ label: durationLabel ?? `${frenchNumber(hours ?? 0)} h`, hours }),
      funding: compact({
        coverageAvailable: notInFeed.has('prise-en-charge-frais-possible') ? undefined : this.flag(node, 'prise-en-charge-frais-possible', path),
        conditions: this.text(node, 'detail-conditions-prise-en-charge'),
        remainingCost: remaining === undefined ? undefined : remainingAmount !== undefined ? { amount: remainingAmount, currency: 'EUR' } : { label: remaining },
        funders: funders.length ? funders : undefined,
        opco: funders.some((f) => f.code === opcoFunderCode) ? true : undefined,
      }),
      url: this.url(this.child(node, 'url-action'), `${path}/url-action`),
    }, (member) => {
      // Not kept (the warning above says so): the elements it came from do not count as carried.
      const key = Object.keys(actionSources).filter((candidate) => member === candidate || member.startsWith(`${candidate}.`)).sort((a, b) => b.length - a.length)[0];
      for (const names of key ? (actionSources[key] ?? []) : []) {
        const [first, ...rest] = names;
        if (first) childrenOf(node, first).forEach((found) => this.discard(found, rest));
      }
    });

    // CPF eligibility, session by session (where Carif exports put it), else the action's.
    const actionCpf = cpfStatement(node);
    const sessionNodes = this.all(node, 'session');
    if (sessionNodes.length === 0) cpf.push(actionCpf);
    sessionNodes.forEach((session) => cpf.push(cpfStatement(session) ?? actionCpf));
    return sessionNodes.map((session, s) => this.session(session, `${path}/session[${session.attrs.numero ?? s + 1}]`, trainingId, { mode, permanentEntry, place }));
  }

  /**
   * The training's CPF eligibility from its sessions' (`funding.cpf` is the training's): what the sessions that state
   * it say, as for the action's facts a session that says nothing contradicts none (said); when they say different
   * things, none, said (the elements are then listed as not carried).
   */
  private cpf(statements: readonly (CpfStatement | undefined)[], node: XmlNode, path: string): boolean | undefined {
    const stated = statements.filter((statement): statement is CpfStatement => statement !== undefined);
    if (stated.length === 0) return undefined;
    const eligible = stated.filter((statement) => statement.eligible).length;
    if (eligible === 0 || eligible === stated.length) {
      stated.forEach((statement) => statement.read.forEach((read) => this.use(read)));
      if (stated.length < statements.length) this.report.warn({ code: 'cpf-partial', where: this.where(node, path), field: String(stated.length), value: String(statements.length) });
      return eligible > 0;
    }
    this.report.warn({ code: 'cpf-differs', where: this.where(node, path), field: String(eligible), value: String(stated.length - eligible) });
    return undefined;
  }

  private session(node: XmlNode, path: string, trainingId: string, action: { mode: TrainingSession['mode']; permanentEntry: boolean; place: Place | undefined }): TrainingSession {
    const id = this.id(node.attrs.numero, `${trainingId}-session-${this.sessionIds.size + 1}`, node, path, this.sessionIds);
    const notInFeed = this.notInFeed(node);
    const dates = this.periode(this.child(node, 'periode'), `${path}/periode`, node, action.permanentEntry);
    const registration = this.child(node, 'periode-inscription', 'periode');
    const opens = this.date(registration, 'debut', 'start', `${path}/periode-inscription`);
    const closes = this.date(registration, 'fin', 'end', `${path}/periode-inscription`);
    // 00000000 and 99999999 say "no date": not carried.
    if (opens.kind === 'unknown' || opens.kind === 'open') this.placeholder(registration, ['debut']);
    if (closes.kind === 'unknown' || closes.kind === 'open') this.placeholder(registration, ['fin']);
    const recruitment = notInFeed.has('etat-recrutement') ? undefined : this.text(node, 'etat-recrutement');
    if (recruitment !== undefined && !(recruitment in recruitmentByCode)) this.drop(node, ['etat-recrutement'], path, recruitment);
    const { contacts } = this.contacts(node, 'contact-session', undefined, path);
    const seats =
      this.seatCount(this.child(node, 'nb-places'), 'nb-places', `${path}/nb-places`) ??
      this.seatCount(this.extraNode(node, 'session', 'nb-places'), 'nb-places', `${path}/extras[session]/extra[nb-places]`);
    const session: TrainingSession = compact<TrainingSession>({
      id,
      mode: action.mode,
      place: action.place && Object.keys(action.place).length ? action.place : undefined,
      dates,
      permanentEntry: action.permanentEntry || undefined,
      registrationOpens: opens.kind === 'date' ? opens.iso : undefined,
      registrationDeadline: closes.kind === 'date' ? closes.iso : undefined,
      registrationUrl: this.url(this.child(node, 'url-session'), `${path}/url-session`),
      registrationAddress: notInFeed.has('adresse-inscription') ? undefined : this.registrationAddress(node, action.place),
      recruitment: recruitment && recruitment in recruitmentByCode ? recruitmentByCode[recruitment as keyof typeof recruitmentByCode] : undefined,
      seats: seats === undefined ? undefined : { total: seats },
      contacts: contacts.length ? contacts : undefined,
      note: this.text(node, 'modalites-inscription'),
    });
    const saved = this.savedExtras(node, 'session');
    return saved ? applySaved(session, saved) : session;
  }

  /** The session's `adresse-inscription`, unless it repeats the place: its values are then the place's, for the report. */
  private registrationAddress(session: XmlNode, place: Place | undefined): Place | undefined {
    const node = this.child(session, 'adresse-inscription', 'adresse');
    const address = this.address(node);
    const distinct = distinctFrom(address, place);
    if (node && !distinct) this.owners.set(node, 'sessions[].place');
    return distinct;
  }

  /** A `periode` as date ranges: none when the start is unknown, open-ended when the end is. */
  private periode(node: XmlNode | undefined, path: string, session: XmlNode, permanentEntry = false): DateRange[] {
    const start = this.date(node, 'debut', 'start', path);
    const end = this.date(node, 'fin', 'end', path);
    if (start.kind !== 'date') {
      // Permanent entry needs no dates: the session is shown as "Entrées et sorties permanentes".
      if (!permanentEntry) this.report.warn({ code: 'date-unknown', where: this.where(node ?? session, path), value: node ? `${this.text(node, 'debut') ?? ''}–${this.text(node, 'fin') ?? ''}` : undefined });
      // Neither date is carried: a date is covered by the warning above, a placeholder is listed as not carried.
      for (const [name, date] of [['debut', start], ['fin', end]] as const) {
        if (date.kind === 'date') this.discard(node, [name]);
        else if (date.kind !== 'invalid') this.placeholder(node, [name]);
      }
      return [];
    }
    const range: DateRange = { start: start.iso };
    if (start.precision !== 'day') range.startPrecision = start.precision;
    if (end.kind === 'date') {
      if (end.iso < start.iso) {
        this.report.warn({ code: 'end-before-start', where: this.where(node ?? session, path), value: `${start.iso} > ${end.iso}` });
        this.discard(node, ['fin']);
      } else if (end.iso !== start.iso || end.precision !== start.precision) {
        range.end = end.iso;
        if (end.precision !== 'day') range.endPrecision = end.precision;
      }
    } else if (end.kind === 'open') {
      range.openEnded = true;
    } else {
      // An unknown end (00000000, empty, absent) with a known start: shown « À partir du … », as an open end is.
      if (!permanentEntry) this.report.warn({ code: 'end-unknown', where: this.where(node ?? session, `${path}/fin`), value: this.text(node, 'fin') });
      range.openEnded = true;
    }
    return [range];
  }

  // ── resume-offre → training ───────────────────────────────────────────────────────────────────────────────────

  private summary(node: XmlNode, index: number): Training | undefined {
    this.use(node);
    const path = `resume-offre${node.attrs.numero ? `[${node.attrs.numero}]` : `[${index + 1}]`}`;
    const providerName = this.text(node, 'nom-organisme');
    if (providerName === undefined) return this.skip(node, path, 'nom-organisme');
    const id = this.id(node.attrs.numero, `offre-${index + 1}`, node, path, this.ids);
    const siret = this.siret(node, ['SIRET'], path);
    const latitude = numberOf(this.extra(node, 'geolocalisation', 'latitude'));
    const longitude = numberOf(this.extra(node, 'geolocalisation', 'longitude'));
    const postalCode = this.text(node, 'codepostal');
    const place = compact<Place>({
      postalCode: postalCode && isPlaceholderCode(postalCode) ? this.placeholder(node, ['codepostal']) : postalCode,
      city: this.text(node, 'ville'),
      geo: geoOf(latitude, longitude),
    });
    const mode = this.mode(node, path);
    const hours = this.duration(node, 'nombre-heures-total', path);
    const coverage = this.flag(node, 'prise-en-charge-frais-possible', path);
    const certifying = this.flag(node, 'certifiante', path);
    const audience = this.all(node, 'code-public-vise').map((c) => c.text.trim()).filter(Boolean);
    const href = node.attrs.href;
    const { contacts } = this.contacts(node, 'contact-formation-resume', undefined, path);
    const sessions = this.all(node, 'session').map((session, s) => {
      const sessionPath = `${path}/session[${session.attrs.numero ?? s + 1}]`;
      return compact<TrainingSession>({
        id: this.id(session.attrs.numero, `${id}-session-${s + 1}`, session, sessionPath, this.sessionIds),
        mode,
        place: Object.keys(place).length ? place : undefined,
        dates: this.periode(this.child(session, 'periode'), `${sessionPath}/periode`, session),
        registrationAddress: this.registrationAddress(session, place),
      });
    });
    if (this.text(node, 'intitule-formation') === undefined) this.report.warn({ code: 'title-from-id', where: this.where(node, path), source: 'intitule-formation', field: id });
    return compact<Training>({
      id,
      title: this.text(node, 'intitule-formation') ?? id,
      provider: compact<Organisation>({ name: providerName, siret }),
      url: href && isUrl(href) && !/^https?:\/\/www\.intercariforef\.org\/?$/.test(href) ? href : undefined,
      duration: hours === undefined ? undefined : { label: `${frenchNumber(hours)} h`, hours },
      certifying,
      certification: this.certification(node),
      funding: coverage === undefined ? undefined : { coverageAvailable: coverage },
      contacts: contacts.length ? contacts : undefined,
      classification: this.classification(node, audience),
      sessions,
    });
  }
}

/** The training's practical facts, read from each action: the first action that states one sets it. */
class ActionFacts {
  private readonly values: Partial<Training> & { url?: string } = {};

  constructor(private readonly report: ReportBuilder) {}

  /** `onDiffers` hears of each member (`funding.conditions`) whose value is not kept because an earlier action set another. */
  add(path: string, found: Partial<Training> & { url?: string | undefined }, onDiffers: (member: string) => void): void {
    this.merge(this.values as Record<string, unknown>, found, path, '', onDiffers);
  }

  /** Member by member: objects (funding…) merge, a different value for a member already set is reported. */
  private merge(target: Record<string, unknown>, found: Record<string, unknown>, path: string, prefix: string, onDiffers: (member: string) => void): void {
    for (const [key, value] of Object.entries(found)) {
      if (value === undefined) continue;
      const current = target[key];
      const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
      if (current === undefined) {
        if (!isObject || Object.keys(value).length) target[key] = value;
      } else if (isObject && typeof current === 'object' && current !== null && !Array.isArray(current)) {
        this.merge(current as Record<string, unknown>, value as Record<string, unknown>, path, `${prefix}${key}.`, onDiffers);
      } else if (JSON.stringify(current) !== JSON.stringify(value)) {
        this.report.warn({ code: 'action-differs', where: { path }, source: `${prefix}${key}`, value: JSON.stringify(value) });
        onDiffers(`${prefix}${key}`);
      }
    }
  }

  get url(): string | undefined {
    return this.values.url;
  }

  facts(): Partial<Training> {
    const { url: _url, ...facts } = this.values;
    return facts;
  }
}

/** The elements under `action` each practical fact comes from (a path of names; every element of the first name). */
const actionSources: Record<string, string[][]> = {
  audience: [['info-public-vise']],
  prerequisites: [['conditions-specifiques']],
  access: [['modalites-recrutement']],
  methods: [['modalites-pedagogiques']],
  accessibility: [['acces-handicapes']],
  language: [['langue-formation']],
  price: [['prix-total-TTC']],
  'duration.label': [['duree-indicative']],
  'duration.hours': [['nombre-heures-total']],
  'funding.coverageAvailable': [['prise-en-charge-frais-possible']],
  'funding.conditions': [['detail-conditions-prise-en-charge']],
  'funding.remainingCost': [['frais-restants']],
  'funding.funders': [['organisme-financeur']],
  url: [['url-action', 'urlweb']],
};

/** The feed field each LHEO element fills, for the report, wherever it is (`destinationOf` for the others). */
const fieldOf: Record<string, string> = {
  'intitule-formation': 'title',
  'objectif-formation': 'objectives',
  'resultats-attendus': 'outcomes',
  'contenu-formation': 'content',
  certifiante: 'certifying',
  'code-RNCP': 'certification.rncp',
  'code-RS': 'certification.rs',
  'code-CERTIFINFO': 'certification.certifInfo',
  'code-FORMACODE': 'classification.formacode',
  'code-NSF': 'classification.nsf',
  'code-ROME': 'classification.rome',
  'code-public-vise': 'classification.audienceFormacode',
  'info-public-vise': 'audience',
  'modalites-enseignement': 'sessions[].mode',
  'modalites-entrees-sorties': 'sessions[].permanentEntry',
  'conditions-specifiques': 'prerequisites',
  'modalites-recrutement': 'access',
  'modalites-pedagogiques': 'methods',
  'acces-handicapes': 'accessibility',
  'langue-formation': 'language',
  'prix-total-TTC': 'price.amount',
  'frais-restants': 'funding.remainingCost',
  'detail-conditions-prise-en-charge': 'funding.conditions',
  'prise-en-charge-frais-possible': 'funding.coverageAvailable',
  'code-financeur': 'funding.funders[].code',
  'nb-places-financees': 'funding.funders[].seats',
  'nombre-heures-total': 'duration.hours',
  'duree-indicative': 'duration.label',
  'etat-recrutement': 'sessions[].recruitment',
  'modalites-inscription': 'sessions[].note',
  'nb-places': 'sessions[].seats.total',
  'nom-organisme': 'provider.name',
  'raison-sociale': 'provider.name',
  SIRET: 'provider.siret',
  'numero-activite': 'provider.activityNumber',
  'type-contact': 'disabilityReferent',
};

/** The member of a place, an address or a person each element of LHEO's coordinates fills. */
const memberOf: Record<string, string> = {
  ligne: 'address',
  denomination: 'name',
  codepostal: 'postalCode',
  ville: 'city',
  pays: 'country',
  latitude: 'geo.latitude',
  longitude: 'geo.longitude',
  courriel: 'email',
  numtel: 'phone',
  urlweb: 'url',
  nom: 'name',
  prenom: 'name',
  civilite: 'name',
};

/** `latitude` of the label `extra[latitude]`. */
const infoOf = (label: string | undefined) => /\[(.*)\]$/.exec(label ?? '')?.[1];

/**
 * The feed field the leaf at `source` went to (its labels from the root: `…/action/session/url-session/urlweb`),
 * for the report: by its name, its extras' `info`, or the object its ancestors fill (`owner` when the reader put it
 * elsewhere: a registration address that repeats the place).
 */
function destinationOf(source: string, owner: string | undefined): string {
  const labels = source.split('/');
  const name = labels.at(-1) ?? '';
  const parent = labels.at(-2) ?? '';
  const under = (label: string) => labels.includes(label);
  if (name.startsWith('extra[')) {
    const group = infoOf(parent);
    const info = infoOf(name);
    if (group === 'geolocalisation') return `sessions[].place.geo.${info ?? ''}`;
    if (group === 'eligibilite-cpf') return 'funding.cpf';
    if (group === 'session' && info === 'nb-places') return 'sessions[].seats.total';
    // What toLheo kept aside, restored.
    if (group === extrasInfo) return info === 'feed' ? '(feed)' : info === 'session' ? 'sessions[]' : 'trainings[]';
    return 'extras';
  }
  if (name === 'debut' || name === 'fin') {
    const start = name === 'debut';
    return under('periode-inscription') ? `sessions[].${start ? 'registrationOpens' : 'registrationDeadline'}` : `sessions[].dates[].${start ? 'start' : 'end'}`;
  }
  const member = memberOf[name];
  if (!member) return fieldOf[name] ?? fieldOf[parent] ?? parent;
  if (name === 'urlweb') return under('url-session') ? 'sessions[].registrationUrl' : under('organisme-formation-responsable') ? 'provider.url' : 'url';
  const object =
    owner ??
    (under('lieu-de-formation')
      ? 'sessions[].place'
      : under('adresse-inscription')
        ? 'sessions[].registrationAddress'
        : under('contact-session')
          ? 'sessions[].contacts[]'
          : under('contact-formation') || under('contact-formation-resume')
            ? 'contacts[]'
            : under('organisme-formation-responsable')
              ? under('adresse') ? 'provider.address' : 'provider'
              : 'sessions[].place');
  // A place's own line (`coordonnees/ligne`, beside its address) is its name.
  return `${object}.${name === 'ligne' && parent === 'coordonnees' ? 'name' : member}`;
}

/** What an element says of CPF eligibility: its value, and the elements that say it (counted as carried when kept). */
interface CpfStatement {
  eligible: boolean;
  read: XmlNode[];
}

/**
 * The CPF eligibility `node` states in its `<extras info="eligibilite-cpf">`: `<extra info="eligibilite-cpf">` 1 or
 * 0 (oui, non), or an entry of a CPF list (source, validity, public, `france-entiere` or its regions…), which makes
 * the training eligible, nationwide or in those regions. Undefined when it says nothing.
 */
function cpfStatement(node: XmlNode): CpfStatement | undefined {
  const groups = childrenOf(node, 'extras').filter((extras) => extras.attrs.info === 'eligibilite-cpf');
  const extraOf = (group: XmlNode, info: string) => group.children.find((extra) => extra.name === 'extra' && extra.attrs.info === info);
  for (const group of groups) {
    const extra = extraOf(group, 'eligibilite-cpf');
    const value = extra?.text.trim().toLowerCase();
    if (extra && (value === '1' || value === 'oui' || value === '0' || value === 'non')) return { eligible: value === '1' || value === 'oui', read: [group, extra] };
  }
  const read = groups.flatMap((group) => {
    // Its france-entiere (1 nationwide, 0 in its regions), else whatever it holds.
    const entry = extraOf(group, 'france-entiere') ?? group.children.find((extra) => extra.name === 'extra' && extra.attrs.info !== 'eligibilite-cpf');
    return entry ? [group, entry] : [];
  });
  return read.length ? { eligible: true, read } : undefined;
}

/** The label of an element in the report: extras by their `info`. */
function labelOf(node: XmlNode): string {
  return node.name === 'extras' || node.name === 'extra' ? `${node.name}[${node.attrs.info ?? ''}]` : node.name;
}

/** Content blocks from HTML: a short line ending with ":" (or a bold line) titles the list that follows it. */
function contentOf(blocks: readonly TextBlock[]): ContentBlock[] | undefined {
  const content: ContentBlock[] = [];
  let loose: string[] = [];
  const flushLoose = () => {
    if (loose.length) content.push({ items: loose });
    loose = [];
  };
  for (let index = 0; index < blocks.length; index += 1) {
    const block = blocks[index];
    const next = blocks[index + 1];
    if (!block) continue;
    if (block.kind === 'list') {
      flushLoose();
      content.push({ items: block.items });
    } else if (next?.kind === 'list' && block.text.length <= 200 && (block.heading || /:\s*$/.test(block.text))) {
      flushLoose();
      content.push({ title: block.text.replace(/\s*:\s*$/, ''), items: next.items });
      index += 1;
    } else {
      loose.push(block.text);
    }
  }
  flushLoose();
  return content.length ? content : undefined;
}

/** The registration address, unless it only repeats the place of the training (LHEO requires one for each session). */
function distinctFrom(address: Place | undefined, place: Place | undefined): Place | undefined {
  if (!address || Object.keys(address).length === 0) return undefined;
  if (!place) return address;
  const same = (Object.keys(address) as (keyof Place)[]).every((key) => key === 'name' || JSON.stringify(address[key]) === JSON.stringify(place[key]));
  return same ? undefined : address;
}

/** The element at `names` under `node` (itself when `names` is empty). */
const childAt = (node: XmlNode | undefined, names: string[]): XmlNode | undefined => (names.length ? child(node, ...names) : node);

/** A code made of zeros only, or nines only: LHEO's placeholder for a code nobody filled in. */
const isPlaceholderCode = (value: string) => /^(0+|9+)$/.test(value);

function numberOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value.replace(',', '.'));
  return Number.isFinite(number) ? number : undefined;
}

function geoOf(latitude: number | undefined, longitude: number | undefined): Place['geo'] {
  if (latitude === undefined || longitude === undefined || !Number.isFinite(latitude) || !Number.isFinite(longitude)) return undefined;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180 || (latitude === 0 && longitude === 0)) return undefined;
  return { latitude, longitude };
}

/** `datemaj`: `AAAAMMJJ`, ISO 8601 or `JJ/MM/AAAA` in real files; the calendar day. */
function isoDateOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const compactForm = /^(\d{4})(\d{2})(\d{2})/.exec(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  const french = /^(\d{2})\/(\d{2})\/(\d{4})/.exec(value);
  const [year, month, day] = compactForm ? compactForm.slice(1) : iso ? iso.slice(1) : french ? [french[3], french[2], french[1]] : [];
  if (!year || !month || !day) return undefined;
  const candidate = `${year}-${month}-${day}`;
  return z.iso.date().safeParse(candidate).success ? candidate : undefined;
}
