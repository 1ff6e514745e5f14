import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { diffEntries, sha256, zipBytes, type ArchiveEntry } from '../../scripts/archive';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const entries: ArchiveEntry[] = [
  { path: 'b/two.js', data: enc('console.log(2)') },
  { path: 'a.json', data: enc('{"a":1}') },
  { path: 'run', data: enc('#!/bin/sh'), executable: true },
];
const date = new Date('2026-11-29T06:54:00Z');

describe('reproducible zips', () => {
  it('gives the same bytes whatever the order the files were found in', () => {
    expect(sha256(zipBytes(entries, date))).toBe(sha256(zipBytes([...entries].reverse(), date)));
  });

  it('writes the date in UTC, whatever the time zone, and the files sorted by path', () => {
    const bytes = zipBytes(entries, date);
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    // First local header: DOS time at offset 10, date at 12.
    const time = view.getUint16(10, true);
    const day = view.getUint16(12, true);
    expect([(day >> 9) + 1980, (day >> 5) & 15, day & 31, time >> 11, (time >> 5) & 63]).toEqual([2026, 11, 29, 6, 54]);
    expect(Object.keys(unzipSync(bytes))).toEqual(['a.json', 'b/two.js', 'run']);
  });

  it('changes when a file or the date changes', () => {
    const base = sha256(zipBytes(entries, date));
    expect(sha256(zipBytes(entries, new Date('2026-11-30T06:54:00Z')))).not.toBe(base);
    expect(sha256(zipBytes([...entries.slice(1), { path: 'b/two.js', data: enc('console.log(3)') }], date))).not.toBe(base);
  });

  it('marks scripts executable and other files 0644', () => {
    const bytes = zipBytes(entries, date);
    const modes: Record<string, number> = {};
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    for (let i = 0; i < bytes.length - 46; i++) {
      if (view.getUint32(i, true) !== 0x02014b50) continue;
      const nameLength = view.getUint16(i + 28, true);
      const name = new TextDecoder().decode(bytes.subarray(i + 46, i + 46 + nameLength));
      modes[name] = view.getUint32(i + 38, true) >>> 16;
    }
    expect(modes).toEqual({ 'a.json': 0o100644, 'b/two.js': 0o100644, run: 0o100755 });
  });
});

describe('diffEntries', () => {
  it('names the files that differ or are missing on one side', () => {
    const other: ArchiveEntry[] = [{ path: 'a.json', data: enc('{"a":2}') }, { path: 'run', data: enc('#!/bin/sh') }, { path: 'c.css', data: enc('') }];
    expect(diffEntries(entries, other)).toEqual(['a.json', 'b/two.js (only in first)', 'c.css (only in second)']);
    expect(diffEntries(entries, [...entries])).toEqual([]);
  });
});
