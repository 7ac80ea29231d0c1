// Bundles the CLI and the Action into self-contained ESM files (they run with no node_modules).
import { chmodSync } from 'node:fs';
import { build } from 'esbuild';

const outdir = process.argv[2] ?? 'dist';

// Bundled CommonJS dependencies call require(); give the ESM output a real one.
const requireShim =
  "import { createRequire as __kpCreateRequire } from 'node:module'; const require = __kpCreateRequire(import.meta.url);";

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  charset: 'utf8',
};

await Promise.all([
  build({
    ...common,
    entryPoints: ['src/cli.ts'],
    outfile: `${outdir}/cli.js`,
    banner: { js: `#!/usr/bin/env node\n${requireShim}` },
  }),
  build({
    ...common,
    entryPoints: ['src/index.ts'],
    outfile: `${outdir}/index.js`,
    banner: { js: requireShim },
  }),
]);
chmodSync(`${outdir}/cli.js`, 0o755);
