/**
 * A small, read-only XML tree over fast-xml-parser (pure JavaScript, ES modules, the same in Node and the
 * browser). Namespaces are dropped (LHEO 2.2 and 2.3 differ only by theirs), every node knows its line for
 * reports, and a file that is not well-formed is refused with the parser's line and column.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** The node's own text (CDATA included), entities decoded, untrimmed. */
  text: string;
  line: number;
}

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
    this.name = 'XmlSyntaxError';
  }
}

const parser = new XMLParser({
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
});
const metadata = XMLParser.getMetaDataSymbol();

type RawNode = Record<string, unknown> & { ':@'?: Record<string, string> };

/** Parses `xml` into its root element. Throws XmlSyntaxError when it is not well-formed. */
export function parseXml(xml: string): XmlNode {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new XmlSyntaxError(valid.err.msg, valid.err.line, valid.err.col);
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
  const roots = (parser.parse(xml) as RawNode[]).map(build).filter((node): node is XmlNode => node !== undefined);
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
