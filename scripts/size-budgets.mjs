// The size budgets of DESIGN.md, measured: min+gzip of fresh esbuild bundles of the sources, and of
// the CDN bundle as built (`npm run build` first). Sizes are deterministic, so `npm test` enforces them
// (scripts/test/size-budgets.node.test.ts); `npm run bench` prints them with its timings.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const KB = 1024;

/** DESIGN.md's budgets, KB min+gzip. */
export const BUDGETS = {
  element: 20,
  editorReader: 30,
  editingCoreLazy: 60,
  sdk: 9.5,
  cdnEager: 150,
};

/**
 * min+gzip of what a page loads eagerly for `entry`: its chunk and the chunks it imports statically.
 * Code behind `import()` is split into chunks of its own and left out, as the budgets say. With `lazy`
 * (the source path of a module the entry loads with import()), also what that module adds when it
 * loads: its chunk and everything that chunk imports statically, less what was loaded eagerly.
 */
async function minGzipSize(entry, external, lazy, loadedBefore) {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    outdir: 'bench-out',
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    metafile: true,
    external,
    conditions: ['@eoffice/source', 'browser'],
    tsconfig: 'tsconfig.base.json',
    legalComments: 'none',
    logLevel: 'silent',
  });
  const outputs = out.metafile.outputs;
  const files = new Map(out.outputFiles.map((file) => [file.path, file.contents]));
  const pathOf = (relative) => [...files.keys()].find((path) => path.endsWith(`/${relative}`));
  const entryOutput = Object.keys(outputs).find((name) => outputs[name].entryPoint === entry);
  const staticClosure = (start, into = new Set()) => {
    const visit = (name) => {
      if (into.has(name)) return;
      into.add(name);
      for (const imported of outputs[name].imports)
        if (imported.kind === 'import-statement' && outputs[imported.path]) visit(imported.path);
    };
    visit(start);
    return into;
  };
  const gzipped = (names) => {
    let bytes = 0;
    for (const name of names) bytes += gzipSync(files.get(pathOf(name)), { level: 9 }).length;
    return bytes / KB;
  };
  const eager = staticClosure(entryOutput);
  if (!lazy) return { eager: gzipped(eager) };
  const outputOf = (module) => {
    const output = Object.keys(outputs).find((name) => outputs[name].entryPoint === module);
    if (!output) throw new Error(`${entry} does not load ${module} with import()`);
    return output;
  };
  // What loads before `lazy` (`loadedBefore`, another import()) counts as loaded already.
  const before = loadedBefore ? staticClosure(outputOf(loadedBefore), new Set(eager)) : eager;
  const first = [...before].filter((name) => !eager.has(name));
  const added = [...staticClosure(outputOf(lazy))].filter((name) => !before.has(name));
  return { eager: gzipped(eager), before: gzipped(first), lazy: gzipped(added) };
}

/** The editing core both editors share, loaded with import() (src/shared/editing-core/editing.ts). */
const EDITING_CORE = 'packages/components/src/shared/editing-core/editing.ts';

/** The schema that reads a document's body, which an editor may load with import() before editing. */
const READING_SCHEMA = 'packages/components/src/shared/editing-core/schema.ts';

/** Whether an element's folder loads `module` (a path below src/shared/editing-core) with import(). */
function loadsLazily(folder, module) {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.ts'))
    .some((name) =>
      readFileSync(join(folder, name), 'utf8').includes(`import('../shared/editing-core/${module}')`),
    );
}

/** Whether an element's folder loads the shared editing core with import(). */
function usesEditingCore(folder) {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.ts'))
    .some((name) =>
      readFileSync(join(folder, name), 'utf8').includes("import('../shared/editing-core/editing.js')"),
    );
}

/** Every budgeted size: `{ name, value, budget, unit }`, value rounded to 0.1 KB. */
export async function measureSizes({ cdn = true } = {}) {
  const figures = [];
  const record = (name, value, budget) =>
    figures.push({ name, value: Math.round(value * 10) / 10, budget, unit: 'KB' });
  // Each element through its own subpath, without lit, the SDK and its lazily loaded chunks.
  const componentsDir = 'packages/components/src';
  const external = ['lit', 'lit/*', '@lit/*', '@eoffice/sdk', '@eoffice/signing', '../generated/locales/*'];
  for (const folder of readdirSync(componentsDir)
    .filter((name) => name.startsWith('eo-'))
    .sort()) {
    const entry = join(componentsDir, folder, 'index.ts');
    if (usesEditingCore(join(componentsDir, folder))) {
      // An editor: what a reader loads, and the shared editing core that loads when the text becomes
      // editable (one module both editors load, so a page with both downloads it once).
      // An editor that loads the reading schema (ProseMirror's model) only when it first shows a
      // document's body reports that step on its own: the list views never load it, and editing, which
      // starts from a shown document, adds the rest of the core.
      const readingLazily = loadsLazily(join(componentsDir, folder), 'schema.js');
      const { eager, before, lazy } = await minGzipSize(
        entry,
        external,
        EDITING_CORE,
        readingLazily ? READING_SCHEMA : undefined,
      );
      record(
        `component ${folder}, reader (min+gzip, without lit/SDK/lazy chunks)`,
        eager,
        BUDGETS.editorReader,
      );
      if (readingLazily)
        record(
          `component ${folder}, reading schema of the shared core, loaded lazily with the first document shown (min+gzip)`,
          before,
          BUDGETS.editingCoreLazy,
        );
      record(`component ${folder}, editing core loaded lazily (min+gzip)`, lazy, BUDGETS.editingCoreLazy);
    } else {
      const { eager } = await minGzipSize(entry, external);
      record(`component ${folder} (min+gzip, without lit/SDK/lazy chunks)`, eager, BUDGETS.element);
    }
  }
  const { eager: sdk } = await minGzipSize('packages/sdk/src/index.ts', []);
  record('@eoffice/sdk eager runtime with ky (min+gzip)', sdk, BUDGETS.sdk);

  if (cdn) {
    // The CDN bundle as built: its entry file and the chunks it loads eagerly; lazy chunks are excluded.
    const cdnEntry = 'packages/components/dist/cdn/eoffice.js';
    if (!existsSync(cdnEntry))
      throw new Error('Run `npm run build` first: the CDN bundle is measured as built.');
    const entryCode = readFileSync(cdnEntry);
    const staticImports = [
      ...entryCode
        .toString()
        .matchAll(/(?:^|;)\s*import\s*(?:[^"'()]*?from\s*)?["'](\.\/chunks\/[^"']+)["']/g),
    ];
    let bytes = gzipSync(entryCode, { level: 9 }).length;
    for (const [, chunk] of staticImports)
      bytes += gzipSync(readFileSync(join('packages/components/dist/cdn', chunk)), { level: 9 }).length;
    record('CDN bundle, eager part (min+gzip)', bytes / KB, BUDGETS.cdnEager);
  }
  return figures;
}
