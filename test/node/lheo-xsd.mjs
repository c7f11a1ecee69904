/**
 * Validation against the official LHEO 2.3 XSD, with xmllint compiled to WebAssembly (xmllint-wasm): the same
 * libxml2 as the `xmllint` command, nothing to install. The XSD is the project's shared copy (`shared/lheo/`
 * beside the repository, or above a worktree), or the file named by LHEO_XSD.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';

export function findLheoXsd() {
  if (process.env.LHEO_XSD && existsSync(process.env.LHEO_XSD)) return process.env.LHEO_XSD;
  for (let dir = fileURLToPath(new URL('../../', import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'lheo', 'lheo-2.3.xsd');
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** `{ valid, errors }` for `xml` against the XSD at `xsdPath`. */
export async function validateLheo(xml, xsdPath) {
  const result = await validateXML({
    xml: [{ fileName: 'export.xml', contents: xml }],
    schema: [{ fileName: 'lheo-2.3.xsd', contents: readFileSync(xsdPath, 'utf8') }],
  });
  return { valid: result.valid, errors: result.errors.map((error) => error.rawMessage ?? error.message) };
}
