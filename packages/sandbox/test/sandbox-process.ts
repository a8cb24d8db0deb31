// The sandbox CLI as a child process on a database, for the suites that crash, kill or run several
// instances of it (crash-recovery, multi-instance): one command line, their own stdio and environment.
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));

export function spawnSandbox(
  db: string,
  port: number,
  options: { seed: boolean; env: NodeJS.ProcessEnv; stdio: StdioOptions },
): ChildProcess {
  return spawn(
    process.execPath,
    [
      '--conditions=@eoffice/source',
      '--import',
      'tsx',
      CLI,
      '--db',
      db,
      '--port',
      String(port),
      ...(options.seed ? ['--seed'] : []),
    ],
    { stdio: options.stdio, env: options.env },
  );
}
