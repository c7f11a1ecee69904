/**
 * The one-widget pages the benchmark loads (layout shift, Lighthouse), written to bench/.data/: a plain article
 * with a heading and a paragraph above the widget and one below, as a training organisation's site would have.
 * Each uses the documented `:not(:defined)` rule (README, "No layout shift"), like a page that wants no shift.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const pages = [
  {
    file: 'session-list.html',
    title: 'Nos sessions de formation',
    intro: 'Toutes les sessions de l’année, par mois. Choisissez une région ou cherchez une ville.',
    widget: '<tf-feed src="../../demo/feed.json"><tf-session-list now="2023-09-01" show-past></tf-session-list></tf-feed>',
    tag: 'tf-session-list',
    outro: 'Une question sur une session ? Écrivez à l’organisme qui la propose : son adresse est sur la fiche.',
  },
  {
    file: 'quiz.html',
    title: 'Avant la formation : faites le point',
    intro: 'Dix minutes pour situer vos pratiques. Vos réponses restent sur votre appareil.',
    widget: '<tf-quiz src="../../demo/feed.json" quiz="positionnement-aller-vers-m1"></tf-quiz>',
    tag: 'tf-quiz',
    outro: 'Vos résultats aident la formatrice à préparer le premier jour.',
  },
  {
    file: 'sheet.html',
    title: 'La formation en détail',
    intro: 'Objectifs, public, dates et contacts de la formation.',
    widget: '<tf-sheet-card src="../../demo/feed.json" training="praxis-aller-vers-m1"></tf-sheet-card>',
    tag: 'tf-sheet-card',
    outro: 'Pour vous inscrire, contactez l’organisme de formation.',
  },
];

/** The README's `:not(:defined)` rule, read from between its markers so that the pages test what it documents. */
function documentedRule() {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  return readme.match(/<!-- not-defined-rule:start -->\s*```css\n([\s\S]*?)```/)?.[1] ?? '';
}

/** Writes the pages; returns, by name, their path on the bench's server and the tag they show. */
export function writePages() {
  const dir = new URL('.data/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  const rule = documentedRule();
  const written = {};
  for (const page of pages) {
    writeFileSync(
      new URL(page.file, dir),
      `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${page.title}</title>
    <meta name="description" content="${page.intro}" />
    <link rel="icon" href="../../demo/favicon.svg" type="image/svg+xml" />
    <script type="module" src="../../dist/training-feed-widgets.js"></script>
    <style>
      body { font: 1rem/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; }
${rule.replace(/^/gm, '      ')}
    </style>
  </head>
  <body>
    <main>
      <h1>${page.title}</h1>
      <p>${page.intro}</p>
      ${page.widget}
      <p>${page.outro}</p>
    </main>
  </body>
</html>
`,
    );
    written[page.file.replace('.html', '')] = { path: `/bench/.data/${page.file}`, tag: page.tag };
  }
  return written;
}
