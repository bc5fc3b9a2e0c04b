import { plain } from '../../test/support/customFunctionsStub';
import { sumInd } from './functions';

describe('SUMIND over small ranges', () => {
  it('adds up a two-cell header with one data row, named "Chỉ tiêu" or by the indicator', () => {
    expect(
      plain(
        sumInd('ftth', [
          ['Chỉ tiêu', 'Hiện có'],
          ['Thuê bao FTTH', 25126],
        ]),
      ),
    ).toBe(25126);
    expect(
      plain(
        sumInd('ftth', [
          ['Thuê bao FTTH', 'Hiện có'],
          ['Thuê bao FTTH', 25126],
        ]),
      ),
    ).toBe(25126);
    expect(
      plain(
        sumInd(
          'ftth',
          [
            ['Thuê bao FTTH', 'Hiện có'],
            [null, 20000],
          ],
          [
            ['Chỉ tiêu', 'Hiện có'],
            ['Thuê bao FTTH', '5.126'],
          ],
        ),
      ),
    ).toBe(25126);
  });
});
