import { INDICATORS, indicatorById } from './indicators';

describe('INDICATORS', () => {
  it('holds the 7 telecom and 7 postal rows in the reference order', () => {
    expect(INDICATORS.map((i) => `${i.sector}:${i.stt}:${i.id}`)).toEqual([
      'telecom:1:fixed-wired',
      'telecom:2:fixed-wireless',
      'telecom:3:mobile-postpaid',
      'telecom:4:mobile-prepaid',
      'telecom:5:broadband-xdsl',
      'telecom:6:ftth',
      'telecom:7:telecom-revenue',
      'postal:1:press-distribution',
      'postal:2:letter-post',
      'postal:3:parcels',
      'postal:4:express',
      'postal:5:money-orders',
      'postal:6:money-transferred',
      'postal:7:postal-revenue',
    ]);
  });

  it('writes labels and units exactly as the reference tables do', () => {
    expect(indicatorById('mobile-postpaid')).toMatchObject({ label: 'Điện thoại DD trả sau', unitLabel: '' });
    expect(indicatorById('fixed-wired')).toMatchObject({ label: 'Điện thoại cố định có dây', unitLabel: 'Thuê bao' });
    expect(indicatorById('telecom-revenue')).toMatchObject({
      label: 'Doanh thu',
      unitLabel: 'Triệu đồng',
      kind: 'flow',
      unit: 'trieu-dong',
    });
    expect(indicatorById('money-transferred')).toMatchObject({
      label: 'Số tiền chuyển',
      unitLabel: 'Tr.đồng',
      dimension: 'money',
    });
    expect(indicatorById('letter-post')).toMatchObject({ unitLabel: 'Kg', dimension: 'mass', unit: 'kg' });
    expect(indicatorById('press-distribution')).toMatchObject({ unitLabel: 'Tờ, cuốn', unit: 'to-cuon' });
  });

  it('keeps every label in NFC and every stock in the telecom table', () => {
    for (const i of INDICATORS) {
      expect(i.label).toBe(i.label.normalize('NFC'));
      for (const s of i.synonyms) expect(s).toBe(s.normalize('NFC'));
      expect(i.anchors.length).toBeGreaterThan(0);
      if (i.kind === 'stock') expect(i.sector).toBe('telecom');
    }
  });

  it('finds an indicator by id, and nothing for an unknown id', () => {
    expect(indicatorById('ftth')?.stt).toBe(6);
    expect(indicatorById('bts')).toBeUndefined();
  });
});
