import type { StandardTable } from '../model';
import { checkNoFigures } from './noFigures';

describe('checkNoFigures', () => {
  it('points out rows no enterprise reported', () => {
    const table: StandardTable = {
      id: 'postal',
      title: 'x',
      columns: ['increase', 'yoy'],
      rows: [
        {
          stt: 1,
          indicator: 'press-distribution',
          label: 'Sản lượng phát hành báo chí',
          unit: 'Tờ, cuốn',
          increase: 100,
          yoy: null,
        },
        { stt: 2, indicator: 'letter-post', label: 'Bưu phẩm', unit: 'Kg', increase: null, yoy: null },
      ],
    };
    const issues = checkNoFigures([table], 'vi');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'info', code: 'no-figures', indicator: 'letter-post' });
    expect(issues[0].message).toMatch(/^Dòng 2 – /);
  });
});
