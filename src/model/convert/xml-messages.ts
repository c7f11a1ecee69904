/**
 * The XML validator's messages (fast-xml-parser, pinned in package.json) in French, for a training body that reads
 * French: « XML mal formé : balise <formation> non fermée » rather than « Unclosed tag 'formation'. ». A message this
 * table does not know (a newer parser) is kept as the parser wrote it. Line and column come with the note, not here.
 */
const tag = (name: string) => `<${name}>`;
const closing = (name: string) => `</${name}>`;
const quoted = (text: string) => `« ${text} »`;

const french: [RegExp, (...parts: string[]) => string][] = [
  [
    /^Expected closing tag '(.*)' \(opened in line (\d+), col (\d+)\) instead of closing tag '(.*)'\.$/s,
    (open, line, column, found) => `${closing(found)} trouvée alors que ${tag(open)} (ouverte ligne ${line}, colonne ${column}) n’est pas fermée`,
  ],
  [/^Closing tag '(.*)' has not been opened\.$/s, (name) => `balise fermante ${closing(name)} sans balise ouvrante`],
  [/^Closing tag '(.*)' doesn't have proper closing\.$/s, (name) => `balise fermante ${closing(name)} mal terminée (« > » attendu)`],
  [/^Closing tag '(.*)' can't have attributes or invalid starting\.$/s, (name) => `balise fermante ${closing(name)} mal formée (une balise fermante n’a pas d’attribut)`],
  [/^Unclosed tag '(.*)'\.$/s, (name) => `balise ${tag(name)} non fermée`],
  [/^Unclosed tags \(innermost first\): (.*)$/s, (names) => `balises non fermées (la plus intérieure d’abord) : ${names}`],
  [/^Tag '(.*)' is an invalid name\.$/s, (name) => `nom de balise invalide : ${quoted(name)}`],
  [/^Invalid space after '<'\.$/s, () => 'espace après « < » (un « < » dans du texte s’écrit &lt;)'],
  [/^Attributes for '(.*)' have open quote\.$/s, (name) => `guillemet non fermé dans les attributs de ${tag(name)}`],
  [/^Attribute '(.*)' has no space in starting\.$/s, (name) => `espace manquante avant l’attribut ${quoted(name)}`],
  [/^Attribute '(.*)' is without value\.$/s, (name) => `attribut ${quoted(name)} sans valeur`],
  [/^boolean attribute '(.*)' is not allowed\.$/s, (name) => `attribut ${quoted(name)} sans valeur (nom="valeur" attendu)`],
  [/^Attribute '(.*)' is an invalid name\.$/s, (name) => `nom d’attribut invalide : ${quoted(name)}`],
  [/^Attribute '(.*)' is repeated\.$/s, (name) => `attribut ${quoted(name)} répété`],
  [/^Multiple possible root nodes found\.$/s, () => 'plusieurs éléments racines (un seul élément doit contenir tout le fichier)'],
  [/^char '&' is not expected\.$/s, () => '« & » seul (dans du texte, il s’écrit &amp;)'],
  [/^char '(.*)' is not expected\.$/s, (char) => `caractère ${quoted(char)} inattendu`],
  [/^Extra text at the end$/s, () => 'du texte après l’élément racine, à la fin du fichier'],
  [/^Start tag expected\.$/s, () => 'balise ouvrante attendue (le fichier est-il bien du XML ?)'],
  [/^no root element$/s, () => 'aucun élément racine'],
  [/^XML declaration allowed only at the start of the \w+\.$/s, () => 'déclaration XML (<?xml …?>) ailleurs qu’au tout début du fichier'],
];

/** `message`, one of the XML validator's, in French; unknown ones as they are. */
export function xmlProblemInFrench(message: string): string {
  for (const [pattern, say] of french) {
    const parts = pattern.exec(message);
    if (parts) return say(...parts.slice(1));
  }
  return message;
}
