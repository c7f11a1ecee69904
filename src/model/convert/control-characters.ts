/**
 * Control characters in text (NUL, BEL, ESC…): no author means them, and a reader would get them as they are,
 * invisible or drawn as boxes. The feed's schema lets them through (checking every text there would weigh on every
 * page), so the toolkit does it: the importers take them out and say where, and `validate` reports each one with its
 * path. Tab, line feed and carriage return are text; every other C0 control, DEL and the C1 controls are not.
 */
import { formatIssuePath } from '../parse-feed.js';
import type { ReportNote } from './import-report.js';

const controlTest = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const controlAll = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** The C0 controls' names (U+0000–U+001F), for a message an author can search for. */
const c0Names = 'NUL SOH STX ETX EOT ENQ ACK BEL BS HT LF VT FF CR SO SI DLE DC1 DC2 DC3 DC4 NAK SYN ETB CAN EM SUB ESC FS GS RS US'.split(' ');

export const hasControls = (text: string): boolean => controlTest.test(text);

/** Whether a code point is one of these controls. */
export const isControlCode = (code: number): boolean => hasControls(String.fromCharCode(code)) && code <= 0x9f;

/** The controls of `text`: how many, and each kind once (`U+0000 NUL, U+0007 BEL ×2`), in order of appearance. */
export function describeControls(text: string): { count: number; list: string } {
  const counts = new Map<string, number>();
  for (const [char] of text.matchAll(controlAll)) counts.set(char, (counts.get(char) ?? 0) + 1);
  const list = [...counts].map(([char, times]) => {
    const code = char.charCodeAt(0);
    const name = code === 0x7f ? 'DEL' : c0Names[code];
    return `U+${code.toString(16).toUpperCase().padStart(4, '0')}${name ? ` ${name}` : ''}${times > 1 ? ` ×${times}` : ''}`;
  });
  return { count: [...counts.values()].reduce((sum, times) => sum + times, 0), list: list.join(', ') };
}

/** `text` without its controls: a vertical tab or a form feed (which separate words) becomes a space, the others go. */
export const withoutControls = (text: string): string => text.replace(controlAll, (char) => (char === '\u000b' || char === '\u000c' ? ' ' : ''));

/** A text of a feed holding controls: its path (`trainings[0].title`, as `validate` names fields) and what they are. */
export interface ControlFinding {
  path: string;
  count: number;
  list: string;
}

/**
 * Every string of `value` (a feed, or any JSON) holding controls, with its path. `leftOut`: paths of array items
 * that are not in `value` any more (the entries parseFeed left out of a partial feed), so that the paths given are
 * those of the file as written. Paths are only written for what is found: a catalogue's feed is walked in the page.
 */
export function findControls(value: unknown, leftOut: ReadonlySet<string> = new Set()): ControlFinding[] {
  const found: ControlFinding[] = [];
  const keys: (string | number)[] = [];
  const walk = (item: unknown): void => {
    if (typeof item === 'string') {
      if (hasControls(item)) found.push({ path: formatIssuePath(keys), ...describeControls(item) });
    } else if (Array.isArray(item)) {
      let written = 0;
      for (const inner of item) {
        if (leftOut.size) while (leftOut.has(formatIssuePath([...keys, written]))) written += 1;
        keys.push(written);
        walk(inner);
        keys.pop();
        written += 1;
      }
    } else if (typeof item === 'object' && item !== null) {
      for (const [key, inner] of Object.entries(item)) {
        keys.push(key);
        walk(inner);
        keys.pop();
      }
    }
  };
  walk(value);
  return found;
}

/** The report's note for a text whose controls were taken out, named by its path in the feed. */
export const controlNote = ({ path, count, list }: ControlFinding): ReportNote => ({ code: 'control-removed', where: { path }, value: list, field: String(count) });

/** `value` (JSON data) with every string's controls taken out, and what was taken out where. */
export function removeControls<T>(value: T): { value: T; removed: ControlFinding[] } {
  const removed = findControls(value);
  if (removed.length === 0) return { value, removed };
  const clean = (item: unknown): unknown =>
    typeof item === 'string'
      ? withoutControls(item)
      : Array.isArray(item)
        ? item.map(clean)
        : typeof item === 'object' && item !== null
          ? Object.fromEntries(Object.entries(item).map(([key, inner]) => [key, clean(inner)]))
          : item;
  return { value: clean(value) as T, removed };
}
