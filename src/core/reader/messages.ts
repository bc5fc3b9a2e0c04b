import type { Message } from '../issues';

/** The messages of every issue the reader raises, in Vietnamese and English. */
export const MESSAGES = {
  notData: {
    vi: (p) => `Trang "${p.sheet}" không có bảng số liệu (không thấy dòng tiêu đề cột có số liệu bên dưới): bỏ qua`,
    en: (p) => `Sheet "${p.sheet}" holds no data table (no header row with figures under it): skipped`,
  } as Message<{ sheet: string }>,
  numbersWithWords: {
    vi: (p) =>
      `Trang "${p.sheet}" ghi số kèm chữ ("${p.text}" ở dòng "${p.label}"): không đọc được số liệu — hãy ghi số riêng, đơn vị ở cột ĐVT`,
    en: (p) =>
      `Sheet "${p.sheet}" writes its numbers with words ("${p.text}" in the row "${p.label}"): its figures cannot be read — please write the number alone, its unit in a unit column`,
  } as Message<{ sheet: string; label: string; text: string }>,
  noHeader: {
    vi: (p) =>
      `Trang "${p.sheet}" có số liệu ("${p.label}") nhưng không thấy dòng tiêu đề cột (Tăng, Giảm, Hiện có…): không đọc được`,
    en: (p) =>
      `Sheet "${p.sheet}" has figures ("${p.label}") but no header row (increase, decrease, current…): cannot read it`,
  } as Message<{ sheet: string; label: string }>,
  noLabelColumn: {
    vi: (p) => `Trang "${p.sheet}": không tìm thấy cột tên chỉ tiêu trong bảng: không đọc được`,
    en: (p) => `Sheet "${p.sheet}": no column of indicator names in the table: cannot read it`,
  } as Message<{ sheet: string }>,
  noIndicator: {
    vi: (p) => `Trang "${p.sheet}": không dòng nào của bảng là chỉ tiêu đã biết (ví dụ "${p.label}"): không đọc được`,
    en: (p) => `Sheet "${p.sheet}": no row of the table is a known indicator (e.g. "${p.label}"): cannot read it`,
  } as Message<{ sheet: string; label: string }>,
  compilation: {
    vi: (p) =>
      `Trang "${p.sheet}" là bảng tổng hợp nhiều doanh nghiệp (${p.names}): không đọc như báo cáo của một doanh nghiệp`,
    en: (p) =>
      `Sheet "${p.sheet}" is a compilation of several enterprises (${p.names}): not read as one enterprise's submission`,
  } as Message<{ sheet: string; names: string }>,
  periodAssumed: {
    vi: (p) => `Trang không ghi kỳ báo cáo: coi là kỳ ${p.period}`,
    en: (p) => `The sheet states no reporting period: taken as ${p.period}`,
  } as Message<{ period: string }>,
  periodMissing: {
    vi: () => 'Trang không ghi kỳ báo cáo và chưa chọn kỳ: số liệu không gắn được với kỳ nào',
    en: () => 'The sheet states no reporting period and none was chosen: its figures belong to no period',
  } as Message<Record<string, never>>,
  periodContradicted: {
    vi: (p) =>
      `Trang không ghi kỳ báo cáo, mà ghi "${p.text}": không phải kỳ ${p.period} đã chọn — không dùng, hãy ghi rõ kỳ báo cáo`,
    en: (p) =>
      `The sheet states no reporting period but says "${p.text}": not the chosen ${p.period} — not used; please state the period`,
  } as Message<{ text: string; period: string }>,
  unreadableNumber: {
    vi: (p) => `Không đọc được số "${p.text}": bỏ qua ô này`,
    en: (p) => `Cannot read the number "${p.text}": cell skipped`,
  } as Message<{ text: string }>,
  formulaError: {
    vi: (p) => `Ô báo lỗi công thức "${p.text}", không có số: bỏ qua ô này — sửa công thức trong tệp rồi đọc lại`,
    en: (p) =>
      `The cell shows the formula error "${p.text}", not a figure: cell skipped — mend the formula and read the file again`,
  } as Message<{ text: string }>,
  formulaNoResult: {
    vi: (p) => `Công thức "${p.text}" chưa có kết quả trong tệp: bỏ qua ô này — mở tệp bằng Excel, lưu lại rồi đọc lại`,
    en: (p) =>
      `The formula "${p.text}" has no result saved in the file: cell skipped — open the file in Excel, save it and read it again`,
  } as Message<{ text: string }>,
  unexpectedPercent: {
    vi: (p) => `Ô ghi tỷ lệ "${p.text}" trong cột không phải cột %: bỏ qua ô này`,
    en: (p) => `Percentage "${p.text}" in a column that is not a % column: cell skipped`,
  } as Message<{ text: string }>,
  unitMismatch: {
    vi: (p) => `Đơn vị "${p.unit}" không dùng được cho "${p.indicator}" (cần ${p.expected}): bỏ qua số liệu này`,
    en: (p) => `Unit "${p.unitEn}" does not fit "${p.indicatorEn}" (needs ${p.expectedEn}): figure skipped`,
  } as Message<{
    unit: string;
    unitEn: string;
    indicator: string;
    indicatorEn: string;
    expected: string;
    expectedEn: string;
  }>,
  unitAssumed: {
    vi: (p) => `"${p.indicator}" không ghi đơn vị tính: coi là triệu đồng`,
    en: (p) => `"${p.indicatorEn}" states no unit: taken as million VND`,
  } as Message<{ indicator: string; indicatorEn: string }>,
  unknownUnit: {
    vi: (p) => `Không biết đơn vị tính "${p.text}": không dùng`,
    en: (p) => `Unknown unit "${p.text}": not used`,
  } as Message<{ text: string }>,
  unrecognisedRow: {
    vi: (p) => `Dòng "${p.label}" có số liệu nhưng không khớp chỉ tiêu nào: không cộng vào biểu`,
    en: (p) => `Row "${p.label}" has figures but matches no indicator: not added to the tables`,
  } as Message<{ label: string }>,
  notStandard: {
    vi: (p) => `Dòng "${p.label}" là chỉ tiêu ngoài biểu (${p.name}): không cộng vào biểu`,
    en: (p) => `Row "${p.label}" is an indicator outside the tables (${p.name}): not added`,
  } as Message<{ label: string; name: string }>,
  unknownEnterprise: {
    vi: (p) => `Không nhận ra doanh nghiệp trong tiêu đề: dùng tên "${p.name}"`,
    en: (p) => `No known enterprise in the title lines: using the name "${p.name}"`,
  } as Message<{ name: string }>,
  conflictingFigures: {
    vi: (p) =>
      `Hai số khác nhau cho cùng một chỉ tiêu và kỳ: "${p.second}" và "${p.first}" (ô ${p.at}): dùng số ở ô ${p.at}`,
    en: (p) =>
      `Two different figures for the same indicator and period: "${p.second}" and "${p.first}" (cell ${p.at}): using cell ${p.at}`,
  } as Message<{ first: string; second: string; at: string }>,
  cumulativeDiffers: {
    vi: (p) =>
      `Số lũy kế ${p.cumulative} (ô ${p.at}) khác số tính từ các tháng/quý bên cạnh (${p.parts}): dùng số lũy kế, hãy kiểm tra lại`,
    en: (p) =>
      `The cumulative figure ${p.cumulative} (cell ${p.at}) differs from the months or quarters beside it (${p.parts}): the cumulative is used; please check`,
  } as Message<{ cumulative: string; parts: string; at: string }>,
  ambiguousNumber: {
    vi: (p) =>
      `Số "${p.text}" đọc được hai cách (dấu phẩy là phần thập phân hay phân cách hàng nghìn?) và trang không cho biết cách viết số: không dùng — hãy sửa ô này`,
    en: (p) =>
      `"${p.text}" reads two ways (a decimal comma or a thousands separator?) and the sheet gives no evidence of its number format: not used — please fix the cell`,
  } as Message<{ text: string }>,
  readAsCount: {
    vi: (p) =>
      `Số viết như "${p.text}" (trang không cho biết dấu phẩy là phần thập phân hay phân cách hàng nghìn) đọc là số nguyên, vì chỉ tiêu này đếm từng đơn vị (thuê bao, cái, tờ) — hãy kiểm tra`,
    en: (p) =>
      `Numbers written like "${p.text}" (the sheet does not say whether the comma is a decimal mark or a thousands separator) are read as whole numbers, as this indicator counts whole units — please check`,
  } as Message<{ text: string }>,
  countsTellConvention: {
    vi: (p) =>
      `Trang viết số dạng chữ có dấu phẩy phân cách hàng nghìn (1,234 là một nghìn hai trăm ba mươi tư), như các ô đếm thuê bao, cái, tờ cho thấy (${p.cells}: số đếm không có phần lẻ): mọi số dạng chữ trên trang đọc theo cách ấy — hãy kiểm tra`,
    en: (p) =>
      `The sheet writes numbers as text with a comma between thousands (1,234 is one thousand two hundred and thirty-four), as its counts of subscriptions, items or copies show (${p.cells}: a count has no fraction): every number as text on the sheet is read so — please check`,
  } as Message<{ cells: string }>,
  implausibleFigure: {
    vi: (p) => `Số "${p.text}" lớn quá mức có thể có: không dùng`,
    en: (p) => `"${p.text}" is beyond any plausible size: not used`,
  } as Message<{ text: string }>,
  fractionalCount: {
    vi: (p) =>
      `Số "${p.text}" không phải số nguyên, mà chỉ tiêu này đếm từng đơn vị (thuê bao, cái, tờ): không dùng — hãy kiểm tra cách viết số`,
    en: (p) =>
      `"${p.text}" is not a whole number, but this indicator counts whole units: not used — please check how the number is written`,
  } as Message<{ text: string }>,
  sectorUnclear: {
    vi: (p) =>
      `Dòng "${p.label}": trang có cả viễn thông và bưu chính mà bảng này không cho biết của lĩnh vực nào — không dùng; hãy ghi rõ (ví dụ một dòng "II. BƯU CHÍNH" phía trên)`,
    en: (p) =>
      `Row "${p.label}": the sheet has both telecom and postal figures and this table does not say whose — not used; please say so (e.g. a row "II. POSTAL" above it)`,
  } as Message<{ label: string }>,
  negativeDecrease: {
    vi: (p) => `Số giảm trong kỳ ghi số âm ("${p.text}"): dấu trừ chỉ cho biết là số giảm — đọc là giảm ${p.value}`,
    en: (p) =>
      `A decrease written as a negative number ("${p.text}"): the minus only says it is a decrease — read as ${p.value} left`,
  } as Message<{ text: string; value: string }>,
  unitFromNeighbours: {
    vi: (p) => `Cột không ghi đơn vị tính, các cột bên cạnh đều ghi "${p.unit}": coi là ${p.unit} — hãy kiểm tra`,
    en: (p) =>
      `The column states no unit and every other column states "${p.unitEn}": taken as ${p.unitEn} — please check`,
  } as Message<{ unit: string; unitEn: string }>,
  unitShownIn: {
    vi: (p) =>
      `Cột không ghi đơn vị tính, cột bên cạnh ghi "${p.unit}" và ô được định dạng hiển thị theo bội số ấy: coi là ${p.unit} — hãy kiểm tra`,
    en: (p) =>
      `The column states no unit; the column beside states "${p.unitEn}" and the cells are formatted to show that multiple: taken as ${p.unitEn} — please check`,
  } as Message<{ unit: string; unitEn: string }>,
  unitUnclear: {
    vi: (p) =>
      `Cột không ghi đơn vị tính, còn cột bên cạnh ghi "${p.unit}": không rõ số liệu tính theo đơn vị nào — không dùng, hãy ghi rõ đơn vị tính`,
    en: (p) =>
      `The column states no unit while the column beside states "${p.unitEn}": which unit its figures are in is not clear — not used; please state the unit`,
  } as Message<{ unit: string; unitEn: string }>,
  partsDiffer: {
    vi: (p) =>
      `Số tổng ${p.total} (ô ${p.at}) khác tổng các chi nhánh, địa bàn (${p.sum}): dùng số tổng, hãy kiểm tra lại`,
    en: (p) =>
      `The total ${p.total} (cell ${p.at}) differs from the sum of its branches or districts (${p.sum}): the total is used; please check`,
  } as Message<{ total: string; sum: string; at: string }>,
};
