// Generates src/generated/schema.ts (the contract's types) from openapi/eoffice.yaml with
// openapi-typescript. Usage: node packages/sdk/scripts/generate-schema.mjs [outDir]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const here = dirname(fileURLToPath(import.meta.url));
const contract = resolve(here, '../../../openapi/eoffice.yaml');
const outDir = resolve(process.argv[2] ?? join(here, '../src/generated'));

const ast = await openapiTS(pathToFileURL(contract), {
  // Optional members stay optional, not `| undefined`: callers omit them.
  exportType: false,
  // A member with a default stays optional in request bodies: the server fills it in.
  defaultNonNullable: false,
  alphabetize: false,
});
const header =
  '// Generated from openapi/eoffice.yaml by packages/sdk/scripts/generate-schema.mjs. Do not edit.\n\n';
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'schema.ts'), header + astToString(ast));
