import { describe, expect, it } from 'vitest';
import { createProgress } from './progress.js';

function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  const stream = { isTTY, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream;
  return { stream, written };
}

describe('createProgress', () => {
  it('draws a bar with rate and ETA on a terminal', () => {
    let t = 0;
    const { stream, written } = fakeStream(true);
    const progress = createProgress(stream, 100, () => t);
    t = 10_000;
    progress.tick(50);
    expect(written.at(-1)).toBe(`\r[${'#'.repeat(12)}${'.'.repeat(12)}] 50/100 5/s ETA 10s `);
    progress.finish(100);
    expect(written.at(-1)).toBe('\n');
  });

  it('writes plain lines, at most every few seconds, when not a terminal', () => {
    let t = 0;
    const { stream, written } = fakeStream(false);
    const progress = createProgress(stream, undefined, () => t);
    t = 1000;
    progress.tick(10);
    expect(written).toEqual([]);
    t = 6000;
    progress.tick(60);
    expect(written).toEqual(['progress: 60 rows, 10/s\n']);
  });
});
