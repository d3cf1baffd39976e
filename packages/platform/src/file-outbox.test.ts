import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '@onceonly/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { prepareEvent } from './dossier-event.js';
import { fileOutbox } from './file-outbox.js';
import type { Outbox } from './outbox.js';

function event(code = 'H23.01-241122-0001') {
  return prepareEvent({
    dossierCode: code,
    procedureCode: '1.001193',
    status: 'received',
    occurredAt: '2026-11-23T08:00:00+07:00',
    channel: 'online',
    agencyCode: '000.00.00.H23',
  });
}

describe('fileOutbox', () => {
  let dir: string;
  let path: string;
  const open: Outbox[] = [];
  function outbox(options?: Parameters<typeof fileOutbox>[1]): Outbox {
    const box = fileOutbox(path, options);
    open.push(box);
    return box;
  }
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'onceonly-outbox-'));
    path = join(dir, 'monitoring.jsonl');
  });
  afterEach(async () => {
    for (const box of open.splice(0)) await box.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('has the events on disk when append() resolves, and keeps an id once', async () => {
    const box = outbox();
    const [a, b] = [event(), event()];
    await Promise.all([box.append([a]), box.append([b]), box.append([a])]);
    const lines = readFileSync(path, 'utf8').trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).e.id)).toEqual([a.id, b.id]);
    expect(await box.pending()).toBe(2);
  });

  it('claims oldest first, never the same event twice at once, and forgets acknowledged ones', async () => {
    const box = outbox();
    const events = [event(), event(), event()];
    await box.append(events);
    const first = await box.claim(2);
    const second = await box.claim(2);
    expect(first?.events).toEqual(events.slice(0, 2));
    expect(second?.events).toEqual(events.slice(2));
    expect(await box.claim(2)).toBeUndefined();
    await box.release(second!);
    await box.acknowledge(first!);
    expect(await box.pending()).toBe(1);
    expect((await box.claim(5))?.events).toEqual(events.slice(2));
  });

  it('finds the unacknowledged events again after a restart, a torn last line cut off', async () => {
    const box = outbox();
    const events = [event(), event(), event()];
    await box.append(events);
    await box.acknowledge((await box.claim(1))!);
    await box.close();
    appendFileSync(path, '{"e":{"id":"torn'); // the process died mid-write
    const again = outbox();
    expect(await again.pending()).toBe(2);
    expect((await again.claim(10))?.events).toEqual(events.slice(1));
    const more = event();
    await again.append([more]);
    const lines = readFileSync(path, 'utf8').trim().split('\n');
    expect(JSON.parse(lines.at(-1)!).e.id).toBe(more.id);
  });

  it('compacts the file once enough events are acknowledged', async () => {
    const box = outbox({ compactAfter: 3 });
    const events = Array.from({ length: 5 }, () => event());
    await box.append(events);
    await box.acknowledge((await box.claim(3))!);
    const lines = readFileSync(path, 'utf8').trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).e.id)).toEqual(events.slice(3).map((e) => e.id));
    await box.close();
    expect(await outbox().pending()).toBe(2);
  });

  it("refuses a second open of the same file while the first holds it, and takes over a dead owner's lock", async () => {
    outbox();
    expect(() => fileOutbox(path)).toThrow(/open in process/);
    await open.pop()!.close();
    writeFileSync(`${path}.lock`, '2147483646'); // a pid no process has
    const box = outbox();
    await box.append([event()]);
    expect(await box.pending()).toBe(1);
  });

  it('checks its options and refuses appends after close()', async () => {
    expect(() => fileOutbox('')).toThrow(InputError);
    expect(() => fileOutbox(path, { compactAfter: 0 })).toThrow(/compactAfter/);
    const box = fileOutbox(path);
    await box.close();
    expect(() => box.append([event()])).toThrow(/closed/);
  });

  it('refuses a missing directory at start-up, and fails OUTBOX_WRITE_FAILED when the file cannot be written', async () => {
    expect(() => fileOutbox(join(dir, 'missing', 'outbox.jsonl'))).toThrow(/directory exists/);
    const sub = join(dir, 'sub');
    mkdirSync(sub);
    const box = fileOutbox(sub); // a directory where the file should be
    open.push(box);
    await expect(box.append([event()])).rejects.toMatchObject({ code: 'OUTBOX_WRITE_FAILED' });
  });
});
