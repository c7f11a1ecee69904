import puppeteer from 'puppeteer-core';
import { createDemoServer } from '../scripts/serve.mjs';
const server = createDemoServer();
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'] });
const page = await browser.newPage();
page.on('console', (m) => console.log('console', m.text()));
await page.goto(`${origin}/demo/`);
console.log(await page.evaluate(async () => {
  const m = await import('/bench/.data/dbg.js');
  const bytes = await (await fetch('/test/fixtures/lheo/catalogue-2.3-iso-8859-1.xml')).arrayBuffer();
  const d = m.decodeText(bytes, (h) => /encoding="([^"]+)"/.exec(h)?.[1]);
  const r = m.fromLheo(bytes);
  return [d.encoding, d.text.slice(300, 400), r.report.encoding, r.feed.trainings[0].title, new Uint8Array(bytes).slice(0, 10).join(',')];
}));
await browser.close(); server.close();
