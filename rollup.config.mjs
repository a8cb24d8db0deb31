// Builds every package as ESM (one module per source file, dependencies external, so bundlers can
// tree-shake) and the self-contained CDN bundle of the components (lit, SDK and every component
// inlined; Hindi strings and heavy parts split into lazily loaded chunks).
// The inputs of each package are the source files its `exports` name, so every public entry (the
// root, each `eo-*` element subpath, `@eoffice/signing/cms`, the sandbox's CLI) is emitted; an entry
// named in package.json but missing from dist/ fails the build instead of the consumer's import.
// Declarations come from `tsc --emitDeclarationOnly` (npm run build:types).
import { existsSync, readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

/** The export condition that points workspace tools at a package's TypeScript sources. */
const SOURCE_CONDITION = '@eoffice/source';

const typescript = (minify, platform = 'browser') =>
  esbuild({
    target: platform === 'node' ? 'node20' : 'es2022',
    tsconfig: 'tsconfig.base.json',
    minify,
    legalComments: 'none',
  });

const manifestOf = (name) => JSON.parse(readFileSync(`packages/${name}/package.json`, 'utf8'));

function externalsOf(manifest) {
  const deps = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies });
  return (id) =>
    id.startsWith('node:') ||
    deps.some((dep) => id === dep || id.startsWith(`${dep}/`)) ||
    id.startsWith('@eoffice/');
}

/** `{ 'eo-file-tracker/index': 'packages/components/src/eo-file-tracker/index.ts', … }` from `exports`. */
function entriesOf(name, manifest) {
  const entries = {};
  for (const [subpath, target] of Object.entries(manifest.exports)) {
    const source = typeof target === 'object' ? target[SOURCE_CONDITION] : undefined;
    if (!source) continue;
    const file = `packages/${name}/${source.replace(/^\.\//, '')}`;
    if (!existsSync(file))
      throw new Error(`${name}: exports["${subpath}"] names ${source}, which does not exist`);
    entries[source.replace(/^\.\/src\//, '').replace(/\.ts$/, '')] = file;
  }
  for (const bin of Object.values(manifest.bin ?? {})) {
    // A bin is a plain .mjs importing dist/<x>.js; build src/<x>.ts for it.
    const imported = /import(?:\s*\(\s*|\s+)'\.\.\/dist\/([\w/-]+)\.js'/.exec(
      readFileSync(`packages/${name}/${bin}`, 'utf8'),
    );
    if (imported) entries[imported[1]] = `packages/${name}/src/${imported[1]}.ts`;
  }
  return entries;
}

/** Copies files read at run time (not imported) beside the modules that read them. */
function copyAssets(assets) {
  return {
    name: 'copy-assets',
    generateBundle() {
      for (const [from, to] of assets)
        this.emitFile({ type: 'asset', fileName: to, source: readFileSync(from) });
    },
  };
}

const packages = [
  { name: 'sdk' },
  { name: 'signing' },
  { name: 'components' },
  {
    name: 'sandbox',
    platform: 'node',
    assets: [['packages/sandbox/src/generated/contract.json', 'generated/contract.json']],
  },
];

const libraries = packages.map(({ name, platform = 'browser', assets = [] }) => {
  const manifest = manifestOf(name);
  return {
    input: entriesOf(name, manifest),
    external: externalsOf(manifest),
    plugins: [
      nodeResolve({ extensions: ['.ts', '.js'], preferBuiltins: platform === 'node' }),
      typescript(false, platform),
      copyAssets(assets),
    ],
    output: {
      dir: `packages/${name}/dist`,
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: `packages/${name}/src`,
      entryFileNames: '[name].js',
      sourcemap: true,
    },
    onwarn(warning, warn) {
      if (warning.code === 'CIRCULAR_DEPENDENCY') throw new Error(warning.message);
      warn(warning);
    },
  };
});

// Its source maps are made without the sources' text (3.4 MB with it) and are left out of the
// tarball by `files` in packages/components/package.json; they serve local debugging of the build.
const cdn = {
  input: { eoffice: 'packages/components/src/cdn.ts' },
  plugins: [
    nodeResolve({ extensions: ['.ts', '.js'], exportConditions: [SOURCE_CONDITION, 'browser'] }),
    typescript(true),
  ],
  output: {
    dir: 'packages/components/dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
    sourcemapExcludeSources: true,
  },
};

export default [...libraries, cdn];
