// Every code block of every README is checked, so none can rot (a quick start once crashed on a
// movement without `to`):
// - each TypeScript or JavaScript block is type-checked, strict, as a portal's code would be. A block
//   that starts with an import is a whole module; any other block is a fragment that continues its
//   README's prelude (scripts/readme-preludes/<readme>.ts declares the `client`, ids and signer the
//   fragments talk about);
// - each whole module that runs in Node (no DOM, no elements) is run against a freshly seeded sandbox,
//   with the README's sandbox address replaced by the test sandbox's, and must exit 0;
// - every `npm run <script>` a README mentions exists.
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startSandbox, type RunningSandbox } from '@eoffice/sandbox';
import { freshDatabase, type TestDatabase } from '../../packages/sandbox/test/database.js';

const root = join(import.meta.dirname, '..', '..');
const work = join(root, '.tmp', 'readme-examples');
const sandboxAddress = 'http://localhost:4100/api/v1';

interface Block {
  readme: string;
  line: number;
  lang: string;
  code: string;
}

function readmes(): string[] {
  const found = ['README.md', 'openapi/README.md'];
  for (const name of readdirSync(join(root, 'packages'))) {
    if (existsSync(join(root, 'packages', name, 'README.md'))) found.push(`packages/${name}/README.md`);
  }
  return found.filter((file) => existsSync(join(root, file)));
}

function blocksOf(readme: string): Block[] {
  const lines = readFileSync(join(root, readme), 'utf8').split('\n');
  const blocks: Block[] = [];
  let open: Block | undefined;
  lines.forEach((text, index) => {
    const fence = /^```(\w*)\s*$/.exec(text);
    if (!fence) {
      if (open) open.code += `${text}\n`;
    } else if (open) {
      blocks.push(open);
      open = undefined;
    } else {
      open = { readme, line: index + 1, lang: fence[1] ?? '', code: '' };
    }
  });
  return blocks;
}

const scriptBlocks = (blocks: Block[]) =>
  blocks.filter((b) => ['ts', 'typescript', 'js', 'javascript', 'mjs'].includes(b.lang));
const isModule = (block: Block) => /^\s*import\s/m.test(block.code.split('\n').find((l) => l.trim()) ?? '');
const runsInNode = (block: Block) =>
  isModule(block) && !/@eoffice\/components|\bdocument\b|\bwindow\b|customElements/.test(block.code);
const slug = (block: Block) =>
  `${block.readme.replace(/\/README\.md$|README\.md$/, '').replace(/\W+/g, '-') || 'root'}-L${block.line}`;
const preludeOf = (readme: string) =>
  join(
    root,
    'scripts',
    'readme-preludes',
    `${readme.replace(/\/?README\.md$/, '').replace(/\W+/g, '-') || 'root'}.ts`,
  );

const all = readmes().flatMap(blocksOf);

/** The scripts of a workspace named by folder (`packages/sdk`) or package name (`@eoffice/sdk`). */
function workspaceScripts(workspace: string): string[] {
  for (const name of readdirSync(join(root, 'packages'))) {
    const manifest = join(root, 'packages', name, 'package.json');
    if (!existsSync(manifest)) continue;
    const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { name: string; scripts?: object };
    if (pkg.name === workspace || `packages/${name}` === workspace.replace(/\/$/, ''))
      return Object.keys(pkg.scripts ?? {});
  }
  return [];
}

describe('README code blocks', () => {
  before(() => {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
  });

  it('finds the code blocks it checks', () => {
    assert.ok(scriptBlocks(all).length >= 8, `only ${scriptBlocks(all).length} blocks found`);
    assert.ok(scriptBlocks(all).some(runsInNode), 'no README block runs in Node');
  });

  it('type-checks every TypeScript and JavaScript block, strict', () => {
    const files: string[] = [];
    for (const block of scriptBlocks(all)) {
      const file = join(work, `${slug(block)}.ts`);
      let source = block.code;
      if (!isModule(block)) {
        const prelude = preludeOf(block.readme);
        assert.ok(
          existsSync(prelude),
          `${block.readme}:${block.line} is a fragment, but ${relative(root, prelude)} does not exist to declare what it uses`,
        );
        source = `${readFileSync(prelude, 'utf8')}\n// ---- ${block.readme}:${block.line}\n${source}`;
      }
      writeFileSync(file, `${source}\nexport {};\n`);
      files.push(file);
    }
    writeFileSync(
      join(work, 'tsconfig.json'),
      JSON.stringify({
        extends: '../../tsconfig.base.json',
        compilerOptions: { noEmit: true, types: ['node'], noUnusedLocals: false, allowJs: true },
        files: files.map((f) => relative(work, f)),
      }),
    );
    const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', work], {
      encoding: 'utf8',
    });
    assert.equal(tsc.status, 0, `README blocks do not type-check:\n${tsc.stdout}${tsc.stderr}`);
  });

  describe('runs the blocks that run in Node against a seeded sandbox', () => {
    let sandbox: RunningSandbox;
    let database: TestDatabase;
    before(async () => {
      // SQLite in memory, or a PostgreSQL database of its own in the PostgreSQL pass of test-node.mjs.
      database = await freshDatabase();
      sandbox = await startSandbox({ db: database.location, seed: true });
    });
    after(async () => {
      await sandbox.close();
      await database.drop();
    });

    for (const block of scriptBlocks(all).filter(runsInNode)) {
      it(`${block.readme}:${block.line}`, async () => {
        const file = join(work, `${slug(block)}.run.mts`);
        writeFileSync(file, block.code.replaceAll(sandboxAddress, sandbox.url));
        // Asynchronous: the sandbox answers from this very process.
        const args = [...process.execArgv.filter((a) => !a.startsWith('--test')), file];
        const run = await promisify(execFile)(process.execPath, args, { timeout: 60_000, cwd: root }).catch(
          (failure: { stdout?: string; stderr?: string; message: string }) => {
            assert.fail(
              `${block.readme}:${block.line} failed:\n${failure.stdout ?? ''}${failure.stderr ?? failure.message}`,
            );
          },
        );
        assert.ok(run);
      });
    }
  });

  it('names only npm scripts that exist', () => {
    const scripts = Object.keys(
      JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts as object,
    );
    const missing: string[] = [];
    for (const readme of readmes()) {
      const text = readFileSync(join(root, readme), 'utf8');
      for (const [, name, workspace] of text.matchAll(/npm run ([\w:-]+)(?:\s+-w\s+([\w/@.-]+))?/g)) {
        const known = workspace ? workspaceScripts(workspace) : scripts;
        if (name && !known.includes(name))
          missing.push(`${readme}: npm run ${name}${workspace ? ` -w ${workspace}` : ''}`);
      }
    }
    assert.deepEqual(missing, []);
  });
});
