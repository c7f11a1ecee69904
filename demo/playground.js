/**
 * The theme playground: the controls set public `--tf-*` custom properties on the preview, and the same values
 * become the CSS snippet to copy. Presets are read from the shipped theme files themselves, as built in
 * dist/themes/ (the playground works wherever dist/ is served), so it never drifts from them. Plain ES module, no build.
 */

/** The colour tokens, in the order of the form, with their French labels. */
const colours = [
  ['primary', 'Couleur principale (liens, boutons)'],
  ['on-primary', 'Texte sur la couleur principale'],
  ['text', 'Texte'],
  ['text-muted', 'Texte secondaire'],
  ['surface', 'Fond'],
  ['surface-alt', 'Fond des encadrés'],
  ['border', 'Bordures'],
  ['focus', 'Anneau de focus'],
  ['success', 'Succès (« inscriptions ouvertes »)'],
  ['warning', 'Avertissement (« clôture proche »)'],
  ['danger', 'Erreur (« complet », « annulée »)'],
];

/** Pairs that must reach WCAG AA: text 4.5:1, user-interface parts 3:1. */
const contrastPairs = [
  ['text', 'surface', 4.5, 'Texte sur le fond'],
  ['text', 'surface-alt', 4.5, 'Texte sur les encadrés'],
  ['text-muted', 'surface', 4.5, 'Texte secondaire sur le fond'],
  ['text-muted', 'surface-alt', 4.5, 'Texte secondaire sur les encadrés'],
  ['primary', 'surface', 4.5, 'Liens sur le fond'],
  ['on-primary', 'primary', 4.5, 'Texte des boutons'],
  ['success', 'surface', 4.5, 'Succès sur le fond'],
  ['warning', 'surface', 4.5, 'Avertissement sur le fond'],
  ['danger', 'surface', 4.5, 'Erreur sur le fond'],
  ['border', 'surface', 3, 'Bordures sur le fond'],
  ['focus', 'surface', 3, 'Focus sur le fond'],
];

const form = document.querySelector('#theme-form');
const preview = document.querySelector('#preview');
const output = document.querySelector('#css-output');
const copyButton = document.querySelector('#copy-css');
const copyStatus = document.querySelector('#copy-status');
const colourFields = document.querySelector('#colour-fields');
const report = document.querySelector('#contrast-report');
const summary = document.querySelector('#contrast-summary');
const widgetTags = ['tf-session-list', 'tf-sheet-card', 'tf-objectives-checklist', 'tf-quiz', 'tf-programme'];

for (const [name, label] of colours) {
  const field = document.createElement('div');
  field.className = 'colour-field';
  field.innerHTML = `<input type="color" id="colour-${name}" name="${name}" /><label for="colour-${name}"></label><code aria-hidden="true"></code>`;
  field.querySelector('label').textContent = label;
  colourFields.append(field);
}

/** The light and dark palettes and the other properties of a theme file, read from the file itself. */
async function readTheme(file) {
  const text = (await (await fetch(`../dist/themes/${file}`)).text()).replace(/\/\*[\s\S]*?\*\//g, '');
  const blocks = [...text.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map(([, selector, body]) => ({
    selector: selector.trim(),
    values: Object.fromEntries([...body.matchAll(/(--tf-[\w-]+)\s*:\s*([^;]+);/g)].map(([, name, value]) => [name, value.trim()])),
  }));
  const light = blocks.find((block) => block.selector.startsWith(':root'))?.values ?? {};
  const dark = blocks.find((block) => block.selector.includes("[theme='dark']"))?.values ?? light;
  return file === 'dark.css' ? { light: dark, dark, extra: light } : { light, dark, extra: light };
}

let theme = { light: {}, dark: {}, extra: {} };

function mode() {
  return form.elements.mode.value;
}

async function loadPreset() {
  theme = await readTheme(form.elements.preset.value);
  if (form.elements.preset.value === 'dark.css') form.elements.mode.value = 'dark';
  fillColours();
  const extra = theme.extra;
  const font = extra['--tf-font-family'] ?? 'inherit';
  const fontSelect = form.elements.font;
  if (![...fontSelect.options].some((option) => option.value === font)) fontSelect.add(new Option(font, font));
  fontSelect.value = font;
  form.elements.radius.value = parseFloat(extra['--tf-radius'] ?? '0.375');
  form.elements.space.value = parseFloat(extra['--tf-space'] ?? '1');
  update();
}

function fillColours() {
  const palette = theme[mode()];
  for (const [name] of colours) form.elements[name].value = normaliseHex(palette[`--tf-color-${name}`] ?? '#000000');
}

function normaliseHex(value) {
  const hex = value.trim().toLowerCase();
  return /^#[0-9a-f]{3}$/.test(hex) ? `#${[...hex.slice(1)].map((digit) => digit + digit).join('')}` : hex;
}

/** The custom properties the controls describe now. */
function currentProperties() {
  const properties = {};
  for (const [name] of colours) properties[`--tf-color-${name}`] = form.elements[name].value;
  properties['--tf-font-family'] = form.elements.font.value;
  properties['--tf-radius'] = `${form.elements.radius.value}em`;
  properties['--tf-space'] = `${form.elements.space.value}em`;
  return properties;
}

function update() {
  const properties = currentProperties();
  for (const [name, value] of Object.entries(properties)) preview.style.setProperty(name, value);
  for (const tag of widgetTags) preview.querySelectorAll(tag).forEach((element) => element.setAttribute('theme', mode()));
  preview.classList.toggle('preview--dark', mode() === 'dark');
  preview.lang = form.elements.lang.value;
  for (const [name] of colours) form.elements[name].parentElement.querySelector('code').textContent = form.elements[name].value;
  document.querySelector('#radius-value').textContent = `${formatNumber(form.elements.radius.value)} em`;
  document.querySelector('#space-value').textContent = `${formatNumber(form.elements.space.value)} em`;
  output.value = cssSnippet(properties);
  updateContrastReport(properties);
}

function formatNumber(value) {
  return Number(value).toLocaleString('fr-FR', { maximumFractionDigits: 3 });
}

function cssSnippet(properties) {
  const lines = Object.entries(properties).map(([name, value]) => `  ${name}: ${value};`);
  const scheme = mode() === 'dark' ? 'sombre' : 'claire';
  return [
    `/* Thème training-feed-widgets (palette ${scheme}), créé avec l’atelier de thèmes.`,
    '   Ces propriétés publiques traversent le shadow DOM des éléments. Pour une variante claire et une sombre,',
    '   voyez dist/themes/partner-ocean.css\u00a0: la seconde palette va dans @media (prefers-color-scheme: dark)',
    '   { [theme=\'auto\'] { … } } et sur [theme=\'dark\']. */',
    ':root {',
    ...lines,
    '}',
    '',
  ].join('\n');
}

function luminance(hex) {
  const channels = [1, 3, 5].map((index) => parseInt(hex.slice(index, index + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a, b) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

function updateContrastReport(properties) {
  let failures = 0;
  report.replaceChildren(
    ...contrastPairs.map(([foreground, background, minimum, label]) => {
      const ratio = contrast(properties[`--tf-color-${foreground}`], properties[`--tf-color-${background}`]);
      const passes = ratio >= minimum;
      if (!passes) failures += 1;
      const item = document.createElement('li');
      item.className = passes ? 'contrast contrast--pass' : 'contrast contrast--fail';
      item.textContent = `${label} : ${formatNumber(ratio.toFixed(2))}:1 — ${passes ? 'conforme' : `insuffisant (${formatNumber(minimum)}:1 requis)`}`;
      return item;
    }),
  );
  summary.textContent =
    failures === 0 ? 'Tous les contrastes sont conformes.' : `${failures} contraste${failures > 1 ? 's' : ''} insuffisant${failures > 1 ? 's' : ''}.`;
}

async function copyCss() {
  try {
    await navigator.clipboard.writeText(output.value);
    copyStatus.textContent = 'CSS copié dans le presse-papiers.';
  } catch {
    output.focus();
    output.select();
    copyStatus.textContent = 'Copie automatique impossible : le texte est sélectionné, copiez-le avec Ctrl+C (ou Cmd+C).';
  }
}

form.addEventListener('input', (event) => {
  if (event.target.name === 'preset') return;
  if (event.target.name === 'mode') fillColours();
  update();
});
form.addEventListener('change', (event) => {
  if (event.target.name === 'preset') void loadPreset();
});
form.addEventListener('submit', (event) => event.preventDefault());
copyButton.addEventListener('click', () => void copyCss());

void loadPreset();
