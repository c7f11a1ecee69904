import type { StudioStrings } from '../i18n/strings.js';

/** Copies `text`, then says whether it worked (the clipboard is refused on some pages and in some browsers). */
export async function copyText(text: string, say: (message: string) => void, t: StudioStrings['ui']): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    say(t.copied);
  } catch (error) {
    console.warn('[studio] Presse-papiers refusé :', error);
    say(t.copyFailed);
  }
}
