/**
 * `node scripts/studio-screenshots.mjs` (after `npm run build`): the README's pictures of the feed studio, taken
 * in headless Chromium from dist/studio/ with the demo feed as the draft. Writes docs/studio-*.png.
 * Uses puppeteer-core, which @web/test-runner-chrome already installs.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = 8000 + Math.floor(Math.random() * 900);
const chrome = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
const server = spawn(process.execPath, ['scripts/serve.mjs'], { cwd: root, env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 800));

const browser = await puppeteer.launch({ executablePath: chrome, headless: true, args: ['--no-sandbox', '--disable-gpu', '--lang=fr-FR'] });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1440, height: 1000, deviceScaleFactor: 1 });
  const url = `http://localhost:${port}/dist/studio/`;
  await page.goto(url);
  const feed = JSON.parse(readFileSync(`${root}demo/feed.json`, 'utf8'));
  await page.evaluate((draft) => localStorage.setItem('training-feed-studio:draft', JSON.stringify({ feed: draft, savedAt: new Date().toISOString() })), feed);
  await page.goto(url);
  await page.waitForFunction(() => customElements.get('tf-studio') !== undefined);
  const studio = async (script, ...args) => {
    await page.evaluate(script, ...args);
    await new Promise((resolve) => setTimeout(resolve, 600));
  };

  // 1. A training's form beside the check panel; one problem typed on purpose.
  await studio(async () => {
    const el = document.querySelector('tf-studio');
    el.setAttribute('now', '2023-09-01');
    await el.select(['trainings', 0]);
    el.edit(['trainings', 0, 'registrationDeadline'], '15/09/2023');
  });
  await page.screenshot({ path: `${root}docs/studio-form-and-check.png` });

  // 2. The sessions of that training, with the calendar picking a period.
  await studio(async () => {
    const el = document.querySelector('tf-studio');
    el.edit(['trainings', 0, 'registrationDeadline'], '2023-09-15');
    await el.goTo(['trainings', 0, 'sessions', 0, 'dates', 0, 'start']);
    el.shadowRoot.querySelector('button[data-action="pick-range"]').click();
  });
  await page.screenshot({ path: `${root}docs/studio-calendar.png` });

  // 3. The live preview of the sheet and the snippet builder.
  await studio(async () => {
    const el = document.querySelector('tf-studio');
    el.shadowRoot.querySelector('dialog.calendar').close();
    await el.select(['trainings', 0]);
    window.scrollTo(0, 0);
    el.tab = 'preview';
    el.setPreview({ widget: 'tf-sheet-card', width: 'phone' });
  });
  await page.screenshot({ path: `${root}docs/studio-preview.png` });

  // 4. A quiz's items, previewed in dark.
  await studio(async () => {
    const el = document.querySelector('tf-studio');
    await el.select(['quizzes', 0]);
    window.scrollTo(0, 0);
    el.setPreview({ widget: 'tf-quiz', width: 'phone', theme: 'dark' });
  });
  await page.screenshot({ path: `${root}docs/studio-quiz.png` });
  console.log('docs/studio-*.png written');
} finally {
  await browser.close();
  server.kill();
}
