#!/usr/bin/env node
// Runs the built sandbox (dist/, made by `npm run build`); nothing is compiled at run time.
try {
  await import('../dist/cli.js');
} catch (error) {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli.js')) {
    console.error('eoffice-sandbox: dist/ is missing; in the repository, run `npm run build` first.');
    process.exit(1);
  }
  throw error;
}
