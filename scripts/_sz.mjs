import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const entry = process.argv[2];
const out = await build({ entryPoints: [entry], bundle: true, splitting: true, outdir: 'bench-out', minify: true, format: 'esm', target: 'es2022', write: false, metafile: true, external: ['lit', 'lit/*', '@lit/*', '@lit-labs/*', '@eoffice/sdk', '@eoffice/sdk/*'], conditions: ['@eoffice/source', 'browser'], tsconfig: 'tsconfig.base.json', legalComments: 'none', logLevel: 'silent' });
const outputs = out.metafile.outputs;
const files = new Map(out.outputFiles.map((f) => [f.path, f.contents]));
const entryOutput = Object.keys(outputs).find((n) => outputs[n].entryPoint === entry);
const seen = new Set();
const visit = (n) => { if (seen.has(n)) return; seen.add(n); for (const i of outputs[n].imports) if (i.kind === 'import-statement' && outputs[i.path]) visit(i.path); };
visit(entryOutput);
let total = 0;
for (const n of seen) { const p = [...files.keys()].find((k) => k.endsWith('/' + n)); const gz = gzipSync(files.get(p), { level: 9 }).length; total += gz; console.log(gz, n, Object.entries(outputs[n].inputs).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput).slice(0,8).map(([k,v])=>k.replace('packages/components/src/','')+':'+v.bytesInOutput).join(' ')); }
console.log('total', total, (total/1024).toFixed(3));
