/**
 * `<tf-feed src="offres.xml">`: an LHEO file converted in the page. Imported on demand by controllers/feed.ts only
 * when a source turns out to be LHEO, so that the converter and its XML parser are a chunk of their own.
 */
import { fromLheo } from '../model/convert/lheo-read.js';
import { ImportError } from '../model/convert/import-result.js';
import { formatReportWith } from '../model/convert/report-words.js';
import type { Feed } from '../model/schema.js';

/**
 * The feed of an LHEO file's bytes (UTF-8 or ISO-8859-1, as declared). The webmaster finds in the console what was
 * carried over and what could not be; a file that cannot be read throws with the report's reasons.
 */
export function feedFromLheo(bytes: Uint8Array, url: string): Feed {
  try {
    const { feed, report } = fromLheo(bytes);
    console.info(`[training-feed-widgets] ${url} lu comme LHEO :\n${formatReportWith(report, 'fr').join('\n')}`);
    return feed;
  } catch (error) {
    throw error instanceof ImportError ? new Error(`LHEO illisible :\n${formatReportWith(error.report, 'fr').join('\n')}`) : error;
  }
}
