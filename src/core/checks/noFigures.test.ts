import type { StandardTable } from '../model';
import { referenceTables } from '../../../test/support/fixtures';
import { checkNoFigures } from './noFigures';

describe('checkNoFigures', () => {
  it('points out rows no enterprise reported', () => {
    const [, postal] = referenceTables();
    const table: StandardTable = {
      ...postal,
      rows: [postal.rows[0], { ...postal.rows[1], increase: null, yoy: null }],
    };
    const issues = checkNoFigures([table], 'vi');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'info', code: 'no-figures', indicator: 'letter-post' });
    expect(issues[0].message).toMatch(/^Dòng 2 – /);
  });
});
