/**
 * One process per outbox file: a lock file beside it holds the owner's pid. A lock left by a process
 * that no longer runs (killed with SIGKILL) is taken over, so a restarted portal finds its events.
 */
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { InputError } from '@onceonly/core';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the lock at `lockPath`; returns the function that gives it back.
 * @throws InputError `INVALID_CONFIG` when another running process holds it.
 */
export function takeFileLock(lockPath: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        try {
          if (readFileSync(lockPath, 'utf8') === String(process.pid)) unlinkSync(lockPath);
        } catch {
          // Already gone: nothing to give back.
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new InputError({
          code: 'INVALID_CONFIG',
          message: `fileOutbox: cannot create the lock file beside the outbox (${(error as NodeJS.ErrnoException).code ?? 'error'}); check that the directory exists and is writable.`,
          cause: error,
        });
      }
      const owner = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
      if (Number.isInteger(owner) && (owner === process.pid || alive(owner))) {
        throw new InputError({
          code: 'INVALID_CONFIG',
          message: `fileOutbox: the outbox is open in process ${owner}; one process per file (use postgresOutbox for several instances).`,
        });
      }
      unlinkSync(lockPath);
    }
  }
  throw new InputError({ code: 'INVALID_CONFIG', message: 'fileOutbox: could not take the outbox lock.' });
}
