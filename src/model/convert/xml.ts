/**
 * A small, read-only XML tree over fast-xml-parser (pure JavaScript, ES modules, the same in Node and the
 * browser). Namespaces are dropped (LHEO 2.2 and 2.3 differ only by theirs), every node knows its line for
 * reports, and a file that is not well-formed is refused with the parser's line and column.
 *
 * The DOCTYPE is read here, not by the parser: internal entities (nested ones too) are expanded within limits,
 * external entities are never loaded, and whatever cannot be expanded refuses the file with its line, so that a
 * reader never sees `&name;` and a hostile file (billion laughs, quadratic blow-up) costs little. Every failure,
 * the parser's own included, is an XmlSyntaxError.
 */
import { decodeHTMLStrict } from 'entities/decode';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** The node's own text (CDATA included), entities decoded, untrimmed. */
  text: string;
  line: number;
}

/** Why a DOCTYPE or an entity reference made the file unreadable (worded by the report's messages). */
export type XmlRefusal =
  | { reason: 'doctype-invalid'; detail: string }
  | { reason: 'entity-external'; name: string; detail: string }
  | { reason: 'entity-undeclared'; name: string }
  | { reason: 'entity-too-large'; name: string; limit: number }
  | { reason: 'entity-nested'; name: string }
  | { reason: 'too-deep'; limit: number };

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number | undefined,
    readonly column: number | undefined,
    readonly refusal?: XmlRefusal,
  ) {
    super(message);
    this.name = 'XmlSyntaxError';
  }
}

/** The longest text one entity may expand to, and all the expansions of a file together (characters). */
export const entityLimits = { entity: 100_000, total: 1_000_000, depth: 32 } as const;

/** How many levels elements may nest, the root being the first (LHEO goes about ten deep): a deeper one is refused. */
export const nestingLimit = 100;

const parserOptions = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  captureMetaData: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  commentPropName: false,
  // The parser refuses an element when more than this many are open around it.
  maxNestedTags: nestingLimit - 1,
} as const;
const metadata = XMLParser.getMetaDataSymbol();

type RawNode = Record<string, unknown> & { ':@'?: Record<string, string> };

type Declared = { value: string } | { external: string };

/** A refusal before its line is known: `at` is where in the DOCTYPE, `reference` the `&name;` met in the document. */
class Refused extends Error {
  reference: string | undefined;
  constructor(
    readonly refusal: XmlRefusal,
    readonly at?: number,
  ) {
    super(refusal.reason);
  }
}

const namePattern = /^[\p{L}_:][\p{L}\p{N}_:.\u00B7\u0300-\u036F\u203F\u2040-]*$/u;
const referencePattern = /&(#x[0-9A-Fa-f]+|#[0-9]+|[^\s&;<>"'%]+);/g;
const predefined = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['quot', '"'],
  ['apos', "'"],
]);

const isXmlChar = (code: number) =>
  code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);

/** The DOCTYPE of `xml` (its span and general entities), or undefined when there is none. Throws Refused. */
function readDoctype(xml: string): { start: number; end: number; entities: Map<string, Declared> } | undefined {
  let i = 0;
  const skipSpace = () => {
    while (i < xml.length && /\s/.test(xml[i] ?? '')) i += 1;
  };
  // The prolog: BOM, XML declaration, comments and processing instructions come before the DOCTYPE.
  if (xml.startsWith('\uFEFF')) i = 1;
  for (;;) {
    skipSpace();
    if (xml.startsWith('<?', i)) i = xml.indexOf('?>', i) === -1 ? xml.length : xml.indexOf('?>', i) + 2;
    else if (xml.startsWith('<!--', i)) i = xml.indexOf('-->', i) === -1 ? xml.length : xml.indexOf('-->', i) + 3;
    else break;
  }
  if (!xml.startsWith('<!DOCTYPE', i)) return undefined;
  const start = i;
  const entities = new Map<string, Declared>();
  const invalid = (at: number): never => {
    const close = xml.indexOf('>', at);
    throw new Refused({ reason: 'doctype-invalid', detail: xml.slice(at, Math.min(close === -1 ? xml.length : close + 1, at + 60)).replace(/\s+/g, ' ') }, at);
  };
  const word = () => {
    const from = i;
    while (i < xml.length && !/[\s[\]>"'%;]/.test(xml[i] ?? '')) i += 1;
    return xml.slice(from, i);
  };
  const literal = () => {
    const quote = xml[i];
    if (quote !== '"' && quote !== "'") return invalid(i);
    const close = xml.indexOf(quote, i + 1);
    if (close === -1) return invalid(i);
    const value = xml.slice(i + 1, close);
    i = close + 1;
    return value;
  };
  /** SYSTEM "uri" or PUBLIC "id" "uri": the URI. */
  const externalId = (at: number) => {
    const keyword = word();
    skipSpace();
    if (keyword === 'SYSTEM') return literal();
    if (keyword !== 'PUBLIC') return invalid(at);
    literal();
    skipSpace();
    return literal();
  };
  i += '<!DOCTYPE'.length;
  skipSpace();
  if (!namePattern.test(word())) invalid(start);
  skipSpace();
  if (xml[i] !== '[' && xml[i] !== '>') externalId(start);
  skipSpace();
  if (xml[i] === '[') {
    i += 1;
    for (;;) {
      skipSpace();
      const at = i;
      if (i >= xml.length) invalid(start);
      if (xml[i] === ']') {
        i += 1;
        break;
      }
      if (xml.startsWith('<!--', i) || xml.startsWith('<?', i)) {
        const close = xml.indexOf(xml[i + 1] === '?' ? '?>' : '-->', i + 2);
        if (close === -1) invalid(at);
        i = close + (xml[i + 1] === '?' ? 2 : 3);
      } else if (xml.startsWith('<!ENTITY', i)) {
        i += '<!ENTITY'.length;
        skipSpace();
        // A parameter entity (`<!ENTITY % p "…">`) only serves the DTD, which is not read: skipped.
        const parameter = xml[i] === '%';
        if (parameter) {
          i += 1;
          skipSpace();
        }
        const name = word();
        if (!namePattern.test(name)) invalid(at);
        skipSpace();
        const declared: Declared = xml[i] === '"' || xml[i] === "'" ? { value: literal() } : { external: externalId(at) };
        skipSpace();
        if (xml.startsWith('NDATA', i)) {
          i += 'NDATA'.length;
          skipSpace();
          word();
          skipSpace();
        }
        if (xml[i] !== '>') invalid(at);
        i += 1;
        // The first declaration of a name counts (XML 1.0, 4.2).
        if (!parameter && !entities.has(name)) entities.set(name, declared);
      } else if (xml.startsWith('<!ELEMENT', i) || xml.startsWith('<!ATTLIST', i) || xml.startsWith('<!NOTATION', i)) {
        // Declarations the reader has no use for: skipped up to their `>`, quoted values included.
        while (i < xml.length && xml[i] !== '>') {
          if (xml[i] === '"' || xml[i] === "'") literal();
          else i += 1;
        }
        if (i >= xml.length) invalid(at);
        i += 1;
      } else if (xml[i] === '%') {
        // A parameter entity reference: the DTD is not read.
        const close = xml.indexOf(';', i);
        if (close === -1) invalid(at);
        i = close + 1;
      } else {
        invalid(at);
      }
    }
    skipSpace();
  }
  if (xml[i] !== '>') invalid(start);
  return { start, end: i + 1, entities };
}

/**
 * The entity decoder given to fast-xml-parser: predefined and numeric references, and the DOCTYPE's internal
 * entities expanded (their own references too), within `entityLimits`. HTML's named entities, undeclared but
 * common in LHEO exports, are left for the rich-text reader to decode; any other reference refuses the file.
 */
class EntityExpander {
  private readonly expanded = new Map<string, string>();
  private total = 0;

  constructor(private readonly declared: ReadonlyMap<string, Declared>) {}

  decode(text: string): string {
    if (!text.includes('&')) return text;
    return text.replace(referencePattern, (whole: string, reference: string) => {
      try {
        const value = this.reference(whole, reference, []);
        if (reference[0] !== '#' && !predefined.has(reference)) {
          this.total += value.length;
          if (this.total > entityLimits.total) throw new Refused({ reason: 'entity-too-large', name: reference, limit: entityLimits.total });
        }
        return value;
      } catch (error) {
        if (!(error instanceof Refused) || error.reference !== undefined) throw error;
        // Too large is said of the entity the document uses (`&lol9;`), not of the one inside it that tipped over.
        const refusal = error.refusal.reason === 'entity-too-large' ? { ...error.refusal, name: reference } : error.refusal;
        throw Object.assign(new Refused(refusal), { reference: whole });
      }
    });
  }

  private reference(whole: string, reference: string, stack: string[]): string {
    if (reference[0] === '#') {
      const code = reference[1] === 'x' ? Number.parseInt(reference.slice(2), 16) : Number(reference.slice(1));
      return isXmlChar(code) ? String.fromCodePoint(code) : whole;
    }
    const builtIn = predefined.get(reference);
    if (builtIn !== undefined) return builtIn;
    const declared = this.declared.get(reference);
    if (!declared) {
      if (decodeHTMLStrict(whole) !== whole) return whole;
      throw new Refused({ reason: 'entity-undeclared', name: reference });
    }
    if ('external' in declared) throw new Refused({ reason: 'entity-external', name: reference, detail: declared.external });
    return this.expand(reference, declared.value, stack);
  }

  private expand(name: string, value: string, stack: string[]): string {
    const known = this.expanded.get(name);
    if (known !== undefined) return known;
    if (stack.includes(name) || stack.length >= entityLimits.depth) throw new Refused({ reason: 'entity-nested', name });
    let length = value.length;
    const result = value.replace(referencePattern, (whole: string, reference: string) => {
      const part = this.reference(whole, reference, [...stack, name]);
      length += part.length;
      if (length > entityLimits.entity) throw new Refused({ reason: 'entity-too-large', name, limit: entityLimits.entity });
      return part;
    });
    if (result.length > entityLimits.entity) throw new Refused({ reason: 'entity-too-large', name, limit: entityLimits.entity });
    this.expanded.set(name, result);
    return result;
  }
}

/** The names in the validator's `Invalid '["lheo", "offres"]' found.`, outermost first. */
function unclosedTags(message: string): string[] | undefined {
  const list = /^Invalid '(\[.*\])' found\.$/s.exec(message)?.[1];
  if (list === undefined) return undefined;
  try {
    const names: unknown = JSON.parse(list);
    return Array.isArray(names) && names.every((name) => typeof name === 'string') ? (names as string[]) : undefined;
  } catch {
    return undefined;
  }
}

/** The validator's message with each name it quotes ('…') cut to 60 characters: a hostile name stays a short line. */
const clippedNames = (message: string) => message.replace(/'([^']{60})[^']+'/g, "'$1…'");

const markup = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<(\/?)[^\s/>!?](?:[^>"']|"[^"]*"|'[^']*')*>/g;

/**
 * Where (a character offset) the parser stops for nesting: the first element deeper than `nestingLimit` levels,
 * as fast-xml-parser counts (an empty element, `<a/>`, is never refused).
 */
function tooDeepAt(xml: string): number | undefined {
  let open = 0;
  for (const match of xml.matchAll(markup)) {
    if (match[1] === undefined) continue; // a comment, CDATA or a processing instruction
    if (match[1] === '/') open -= 1;
    else if (!match[0].endsWith('/>')) {
      if (open >= nestingLimit) return match.index;
      open += 1;
    }
  }
  return undefined;
}

/** Parses `xml` into its root element. Throws XmlSyntaxError (and nothing else) when it cannot be read. */
export function parseXml(xml: string): XmlNode {
  const lineStarts = [0];
  for (let i = xml.indexOf('\n'); i !== -1; i = xml.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineAt = (index: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= index) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  const refused = (error: Refused, at: number | undefined) => {
    const line = at === undefined || at < 0 ? undefined : lineAt(at);
    return new XmlSyntaxError(error.refusal.reason, line, undefined, error.refusal);
  };

  let doctype: ReturnType<typeof readDoctype>;
  try {
    doctype = readDoctype(xml);
  } catch (error) {
    if (error instanceof Refused) throw refused(error, error.at);
    throw new XmlSyntaxError(error instanceof Error ? error.message : String(error), undefined, undefined);
  }
  // The DOCTYPE, read above, becomes blanks (lines kept) for the validator and the parser.
  const body = doctype ? xml.slice(0, doctype.start) + xml.slice(doctype.start, doctype.end).replace(/[^\r\n]/g, ' ') + xml.slice(doctype.end) : xml;
  const valid = XMLValidator.validate(body);
  if (valid !== true) {
    // Several unclosed elements: the validator lists them as JSON at a made-up line 1, column 1.
    const unclosed = unclosedTags(valid.err.msg);
    // In the validator's words, as every message here (xml-messages.ts says them in French).
    if (unclosed) throw new XmlSyntaxError(`Unclosed tags (innermost first): ${unclosed.reverse().join(', ')}`, undefined, undefined);
    throw new XmlSyntaxError(clippedNames(valid.err.msg), valid.err.line, valid.err.col);
  }

  const expander = new EntityExpander(doctype?.entities ?? new Map());
  const parser = new XMLParser({
    ...parserOptions,
    entityDecoder: {
      decode: (text) => expander.decode(text),
      addInputEntities: () => undefined,
      setExternalEntities: () => undefined,
      reset: () => undefined,
      setXmlVersion: () => undefined,
    },
  });
  let parsed: RawNode[];
  try {
    parsed = parser.parse(body) as RawNode[];
  } catch (error) {
    if (error instanceof Refused) throw refused(error, error.reference === undefined ? undefined : xml.indexOf(error.reference, doctype?.end ?? 0));
    // Too deep: the parser says neither where nor in French; the element it stopped at is found here.
    if (error instanceof Error && error.message === 'Maximum nested tags exceeded') {
      const at = tooDeepAt(body);
      throw new XmlSyntaxError(error.message, at === undefined ? undefined : lineAt(at), undefined, { reason: 'too-deep', limit: nestingLimit });
    }
    // Whatever else the parser throws is a file it cannot read, never a crash.
    throw new XmlSyntaxError(error instanceof Error ? error.message : String(error), undefined, undefined);
  }

  const build = (raw: RawNode): XmlNode | undefined => {
    const name = Object.keys(raw).find((key) => key !== ':@' && key !== '#text');
    if (name === undefined) return undefined;
    const start = (raw[metadata as unknown as string] as { startIndex?: number } | undefined)?.startIndex ?? 0;
    const node: XmlNode = { name, attrs: { ...raw[':@'] }, children: [], text: '', line: lineAt(start) };
    for (const child of (raw[name] as RawNode[]) ?? []) {
      if ('#text' in child) node.text += String(child['#text']);
      else {
        const built = build(child);
        if (built) node.children.push(built);
      }
    }
    return node;
  };
  const roots = parsed.map(build).filter((node): node is XmlNode => node !== undefined);
  const root = roots[0];
  if (!root) throw new XmlSyntaxError('no root element', 1, 1);
  return root;
}

/** The children of `node` named `name`. */
export const childrenOf = (node: XmlNode | undefined, name: string): XmlNode[] => node?.children.filter((child) => child.name === name) ?? [];

/** The first child named `name`, following a path of names (`child(formation, 'action', 'session')`). */
export function child(node: XmlNode | undefined, ...path: string[]): XmlNode | undefined {
  let current = node;
  for (const name of path) current = current?.children.find((c) => c.name === name);
  return current;
}

/** The trimmed text of the element at `path`, undefined when absent or blank. */
export function textAt(node: XmlNode | undefined, ...path: string[]): string | undefined {
  const text = child(node, ...path)?.text.trim();
  return text ? text : undefined;
}
