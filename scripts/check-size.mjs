/** The drop-in is paid by every visitor of every page that embeds it: fail the build above the budget. */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const budgetKiB = 30;
const file = 'dist/training-feed-widgets.js';
const source = readFileSync(file);
const gzipKiB = gzipSync(source, { level: 9 }).length / 1024;
console.log(`  ${file}: ${(source.length / 1024).toFixed(1)} KiB minified, ${gzipKiB.toFixed(1)} KiB gzip (budget ${budgetKiB} KiB)`);
if (gzipKiB > budgetKiB) {
  console.error(`  Over budget by ${(gzipKiB - budgetKiB).toFixed(1)} KiB gzip.`);
  process.exit(1);
}
