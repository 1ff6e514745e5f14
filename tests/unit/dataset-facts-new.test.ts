import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../scripts/dataset-files';

const ds = loadDataset();
const cell = (topic: string, party: string, cycle: string, kind: string) =>
  ds.positions.cells.find((c) => c.topic === topic && c.party === party && c.cycle === cycle && c.kind === kind);

describe('corrected facts', () => {
  it('dates the 2023 SAG-AFTRA TV/theatrical contract from Nov. 9, 2023, the day the strike ended', () => {
    const c = cell('contract-length', 'sag-aftra', '2023', 'outcome');
    expect(c?.text).toContain('Nov. 9, 2023');
    expect(c?.text).not.toContain('Nov. 8');
    expect(c?.sources.some((s) => s.url.includes('worldscreen.com'))).toBe(true);
  });
});
