// Builds every browser package as ESM (one module per source file, dependencies external, so
// bundlers can tree-shake) and the self-contained CDN bundle of the components (lit, SDK and every
// component inlined; Hindi strings and heavy parts split into lazily loaded chunks).
// Declarations come from `tsc --emitDeclarationOnly` (npm run build:types).
import { readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

const packages = ['sdk', 'signing', 'components'];

// TypeScript in node_modules is compiled too: the `source` condition also reaches dependencies that
// publish their sources under it (eventsource-parser).
const typescript = (minify) =>
  esbuild({
    target: 'es2022',
    tsconfig: 'tsconfig.base.json',
    minify,
    legalComments: 'none',
    exclude: /node_modules\/.*\.[cm]?js$/,
  });

function externalsOf(name) {
  const manifest = JSON.parse(readFileSync(`packages/${name}/package.json`, 'utf8'));
  const deps = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies });
  return (id) => deps.some((dep) => id === dep || id.startsWith(`${dep}/`)) || id.startsWith('@eoffice/');
}

const libraries = packages.map((name) => ({
  input: `packages/${name}/src/index.ts`,
  external: externalsOf(name),
  plugins: [nodeResolve({ extensions: ['.ts', '.js'] }), typescript(false)],
  output: {
    dir: `packages/${name}/dist`,
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: `packages/${name}/src`,
    sourcemap: true,
  },
  onwarn(warning, warn) {
    if (warning.code === 'CIRCULAR_DEPENDENCY') throw new Error(warning.message);
    warn(warning);
  },
}));

const cdn = {
  input: { eoffice: 'packages/components/src/cdn.ts' },
  plugins: [
    nodeResolve({ extensions: ['.ts', '.js'], exportConditions: ['source', 'browser'] }),
    typescript(true),
  ],
  output: {
    dir: 'packages/components/dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
};

export default [...libraries, cdn];
