/** Reports progress on stderr: a bar with rate and ETA on a terminal, plain lines otherwise. */
export interface Progress {
  tick(done: number): void;
  finish(done: number): void;
}

const PLAIN_EVERY_MS = 5000;
const BAR_EVERY_MS = 200;
const BAR_WIDTH = 24;

/**
 * `total` is the number of rows to ask this run (unknown: no ETA). Only counts go out, never data.
 */
export function createProgress(
  stream: NodeJS.WriteStream,
  total: number | undefined,
  now: () => number = Date.now,
): Progress {
  const started = now();
  let last = started;
  const render = (done: number): string => {
    const seconds = Math.max((now() - started) / 1000, 0.001);
    const rate = done / seconds;
    if (!stream.isTTY) return `progress: ${done}${total ? `/${total}` : ''} rows, ${rate.toFixed(0)}/s\n`;
    const share = total ? Math.min(done / total, 1) : 0;
    const filled = Math.round(share * BAR_WIDTH);
    const eta = total && rate > 0 ? formatSeconds((total - done) / rate) : '?';
    return `\r[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${done}/${total ?? '?'} ${rate.toFixed(0)}/s ETA ${eta} `;
  };
  return {
    tick(done) {
      const t = now();
      if (t - last < (stream.isTTY ? BAR_EVERY_MS : PLAIN_EVERY_MS)) return;
      last = t;
      stream.write(render(done));
    },
    finish(done) {
      stream.write(render(done));
      if (stream.isTTY) stream.write('\n');
    },
  };
}

function formatSeconds(seconds: number): string {
  const s = Math.round(seconds);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}
