#!/usr/bin/env node
// Runs the sandbox from its TypeScript sources through tsx, so no build step is needed. tsx is a
// devDependency of the workspace root; a published package would point this at dist/ instead.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
