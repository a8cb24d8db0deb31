// Empties every package's dist/ before a build, so no stale module or chunk is left to be served.
import { rmSync } from 'node:fs';

for (const name of ['sdk', 'signing', 'components', 'sandbox']) {
  rmSync(`packages/${name}/dist`, { recursive: true, force: true });
}
rmSync('dist', { recursive: true, force: true });
