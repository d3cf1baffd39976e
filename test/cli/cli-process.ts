/**
 * Runs the `onceonly` command as a real process: the TypeScript bin bundled once with esbuild (workspace
 * sources through the tsconfig paths, as test/platform/sigkill.test.ts does), spawned with node.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const root = join(import.meta.dirname, '..', '..');

/** Bundles packages/cli/src/bin.ts into `outfile` (ESM, as the package's bin is). */
export async function bundleCli(outfile: string): Promise<void> {
  await promisify(execFile)(
    join(root, 'node_modules', '.bin', 'esbuild'),
    [
      join(root, 'packages/cli/src/bin.ts'),
      '--bundle',
      '--platform=node',
      '--format=esm',
      '--target=node20',
      '--log-level=error',
      // CommonJS dependencies (commander) call require() on node built-ins.
      "--banner:js=import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
      `--tsconfig=${join(root, 'tsconfig.json')}`,
      `--outfile=${outfile}`,
    ],
    { timeout: 60_000 },
  );
}

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** A running command: its output so far, and its end. */
export interface Running {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  finished: Promise<Finished>;
}

export function start(
  script: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Running {
  const child = spawn(process.execPath, [script, ...args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const finished = new Promise<Finished>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, stdout: () => stdout, stderr: () => stderr, finished };
}

/** Runs to the end, killed (and failing) after `timeoutMs`. */
export async function run(
  script: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<Finished> {
  const running = start(script, args, options);
  return within(running, options.timeoutMs ?? 30_000);
}

export async function within(running: Running, timeoutMs: number): Promise<Finished> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      running.child.kill('SIGKILL');
      reject(new Error(`the command did not end in ${timeoutMs} ms; stderr: ${running.stderr()}`));
    }, timeoutMs);
  });
  try {
    return await Promise.race([running.finished, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Resolves once `ready()` holds, polling; fails after `timeoutMs`. */
export async function until(ready: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
