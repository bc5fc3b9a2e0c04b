import { indicatorById } from '../catalogue';
import { parseUnit } from '../units';
import { figureUnit } from './figureUnit';

const none = { header: null, label: null, row: null, title: null };
const letterPost = indicatorById('letter-post');
const revenue = indicatorById('telecom-revenue');

describe('figureUnit', () => {
  it('takes the most specific unit stated: header, then label, then the unit column', () => {
    const all = { header: parseUnit('nghìn đồng'), label: parseUnit('tỷ đồng'), row: parseUnit('đồng'), title: null };
    expect(figureUnit(all, revenue)).toMatchObject({ ok: true, unit: { code: 'nghin-dong' } });
    expect(figureUnit({ ...all, header: null }, revenue)).toMatchObject({ ok: true, unit: { code: 'ty-dong' } });
    expect(figureUnit({ ...all, header: null, label: null }, revenue)).toMatchObject({
      ok: true,
      unit: { code: 'dong' },
    });
  });

  it('says when the stated unit is of another kind', () => {
    expect(figureUnit({ ...none, row: parseUnit('Cái') }, letterPost)).toMatchObject({
      ok: false,
      unit: { code: 'cai' },
    });
  });

  it("passes over a stated unit of another kind for one of its own: the column states the other rows' unit", () => {
    const inThousandSubscriptions = { ...none, header: parseUnit('Ngàn TB') };
    expect(figureUnit({ ...inThousandSubscriptions, label: parseUnit('Tr.đồng') }, revenue)).toMatchObject({
      ok: true,
      unit: { code: 'trieu-dong' },
      assumed: false,
    });
    expect(figureUnit({ ...inThousandSubscriptions, row: parseUnit('tỷ đồng') }, revenue)).toMatchObject({
      ok: true,
      unit: { code: 'ty-dong' },
    });
    // Of two of its own kind, the more specific still wins; of none, the first stated is named.
    expect(
      figureUnit(
        { header: parseUnit('nghìn đồng'), label: parseUnit('Ngàn TB'), row: parseUnit('đồng'), title: null },
        revenue,
      ),
    ).toMatchObject({ ok: true, unit: { code: 'nghin-dong' } });
    expect(figureUnit({ ...inThousandSubscriptions, label: parseUnit('Cái') }, revenue)).toMatchObject({
      ok: false,
      unit: { label: parseUnit('Ngàn TB')!.label },
    });
  });

  it('uses a title unit only where its kind fits', () => {
    expect(figureUnit({ ...none, title: parseUnit('nghìn đồng') }, revenue)).toMatchObject({
      ok: true,
      unit: { code: 'nghin-dong' },
      assumed: false,
    });
    expect(figureUnit({ ...none, title: parseUnit('nghìn đồng') }, letterPost)).toMatchObject({
      ok: true,
      unit: { code: 'kg' },
      assumed: false,
    });
  });

  it('assumes triệu đồng for money stated nowhere', () => {
    expect(figureUnit(none, revenue)).toMatchObject({ ok: true, unit: { code: 'trieu-dong' }, assumed: true });
  });
});
