// Fails when a generated file is stale: the Hindi locale modules (from xliff/), the xliff itself
// (from the sources' msg() calls, with every string translated), the custom-elements manifest with the
// JSX typings and editor data made from it (from the elements' JSDoc), the SDK's schema types, the
// sandbox's contract bundle (from openapi/) and the API reports (api/*.api.md, from the packages' entries).
// Each generator runs into a scratch copy and the outputs are compared byte for byte.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = process.cwd();
const scratch = join(root, '.tmp-check-generated');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const problems = [];

function run(command, args, cwd) {
  try {
    execFileSync(command, args, { cwd, stdio: 'pipe' });
  } catch (error) {
    console.error(`${relative(root, command)} ${args.join(' ')} failed:\n${error.stdout}${error.stderr}`);
    process.exit(1);
  }
}

function listFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path).map((f) => join(name, f)) : [name];
  });
}

function compareTrees(committed, fresh, hint) {
  const names = new Set([...listFiles(committed), ...listFiles(fresh)]);
  for (const name of names) {
    const a = join(committed, name);
    const b = join(fresh, name);
    if (!existsSync(a)) problems.push(`${relative(root, a)} is missing (${hint})`);
    else if (!existsSync(b)) problems.push(`${relative(root, a)} is no longer generated (${hint})`);
    else if (!readFileSync(a).equals(readFileSync(b)))
      problems.push(`${relative(root, a)} is stale (${hint})`);
  }
}

function checkLocales() {
  const pkg = join(root, 'packages', 'components');
  const copy = join(scratch, 'components');
  mkdirSync(copy, { recursive: true });
  for (const part of ['lit-localize.json', 'tsconfig.build.json', 'src', 'xliff']) {
    cpSync(join(pkg, part), join(copy, part), { recursive: true });
  }
  // The copy sits two levels below the root, as the package does, so "../../tsconfig.base.json" holds.
  run(bin('lit-localize'), ['extract'], copy);
  compareTrees(
    join(pkg, 'xliff'),
    join(copy, 'xliff'),
    'run `npm run localize:extract -w @eoffice/components`',
  );
  rmSync(join(copy, 'src', 'generated'), { recursive: true, force: true });
  run(bin('lit-localize'), ['build'], copy);
  compareTrees(join(pkg, 'src', 'generated'), join(copy, 'src', 'generated'), 'run `npm run generate`');

  for (const file of listFiles(join(pkg, 'xliff'))) {
    const xliff = readFileSync(join(pkg, 'xliff', file), 'utf8');
    for (const unit of xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
      const target = /<target>([\s\S]*?)<\/target>/.exec(unit[2] ?? '');
      if (!target || target[1]?.trim() === '') {
        const source = /<source>([\s\S]*?)<\/source>/.exec(unit[2] ?? '')?.[1];
        problems.push(`xliff/${file}: "${source}" (${unit[1]}) has no translation`);
      }
    }
  }
}

// The custom-elements manifest and what is made from it (JSX typings, VS Code custom data, web-types), from the
// element classes' JSDoc.
function checkElementsManifest() {
  const pkg = join(root, 'packages', 'components');
  const copy = join(scratch, 'components-manifest');
  mkdirSync(copy, { recursive: true });
  for (const part of ['custom-elements-manifest.config.mjs', 'package.json', 'src']) {
    cpSync(join(pkg, part), join(copy, part), { recursive: true });
  }
  run(bin('cem'), ['analyze', '--litelement', '--config', 'custom-elements-manifest.config.mjs'], copy);
  const hint = 'run `npm run generate`';
  compareTrees(join(pkg, 'vscode'), join(copy, 'vscode'), hint);
  for (const file of [
    'custom-elements.json',
    'web-types.json',
    'types/jsx.d.ts',
    'types/solid.d.ts',
    'types/vue.d.ts',
  ]) {
    const committed = join(pkg, file);
    if (!existsSync(committed)) problems.push(`${relative(root, committed)} is missing (${hint})`);
    else if (!readFileSync(committed).equals(readFileSync(join(copy, file))))
      problems.push(`${relative(root, committed)} is stale (${hint})`);
  }
}

// Each package whose src/generated/ comes from the contract, with the script that makes it.
const fromContract = [
  ['sdk', 'generate-schema.mjs'],
  ['sandbox', 'bundle-contract.mjs'],
];

function checkContractOutputs() {
  for (const [pkg, script] of fromContract) {
    const fresh = join(scratch, `${pkg}-generated`);
    mkdirSync(fresh, { recursive: true });
    run(process.execPath, [join(root, 'packages', pkg, 'scripts', script), fresh], root);
    compareTrees(join(root, 'packages', pkg, 'src', 'generated'), fresh, 'run `npm run generate`');
  }
}

// The API reports (api/*.api.md) list each package's public names; a stale one means the public surface
// changed without the report, which reviewers read to see that change.
function checkApiReports() {
  try {
    execFileSync(process.execPath, [join(root, 'scripts', 'api-report.mjs'), '--check'], {
      cwd: root,
      stdio: 'pipe',
    });
  } catch (error) {
    problems.push(`${String(error.stderr).trim()} (API report)`);
  }
}

rmSync(scratch, { recursive: true, force: true });
try {
  checkLocales();
  checkElementsManifest();
  checkContractOutputs();
  checkApiReports();
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

if (problems.length > 0) {
  console.error(`Generated files are out of date:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  'Generated files are up to date (locale modules, xliff, custom-elements manifest and its typings, SDK schema types, sandbox contract bundle, API reports).',
);
