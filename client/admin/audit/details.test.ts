import { describe, expect, it } from 'vitest';
import { detailLines } from './details.ts';

describe('audit details', () => {
  it('keeps only the fields a versioned change changed', () => {
    const lines = detailLines({
      before: { id: 's1', azimuth_deg: 40, full: false, updated_at: 'a' },
      after: { id: 's1', azimuth_deg: 55, full: false, updated_at: 'b' },
    });
    expect(lines).toEqual([{ field: 'azimuth_deg', before: '40', after: '55' }]);
  });

  it('shows a creation, a role change and plain details', () => {
    expect(detailLines({ before: null, after: { id: 'z', name: 'Nord' } })).toEqual([
      { field: 'id', before: '∅', after: 'z' },
      { field: 'name', before: '∅', after: 'Nord' },
    ]);
    expect(detailLines({ before: 'technician', after: 'admin', sessionsEnded: 2 })).toEqual([
      { field: '', before: 'technician', after: 'admin' },
      { field: 'sessionsEnded', value: '2' },
    ]);
    expect(detailLines(null)).toEqual([]);
  });
});
