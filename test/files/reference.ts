/**
 * The two tables at the end of the reference report (bao-cao-376-BC-STTTT-2015), cell for cell as
 * printed there (tab-separated): what the written report must read like.
 */
export const REFERENCE_TELECOM = `KẾT QUẢ HOẠT ĐỘNG VIỄN THÔNG, INTERNET
STT	Tên chỉ tiêu	Đơn vị tính	Số tăng trong kỳ	Số giảm trong kỳ	So với cùng kỳ	Hiện có trên mạng
1	Điện thoại cố định có dây	Thuê bao	2.907	24.060	-28%	2.907
2	Điện thoại cố định không dây		730	2.907	-57%	24.060
3	Điện thoại DD trả sau		133.638	60.607	47%	142.153
4	Điện thoại DD trả trước		826.963	660.406	68%	1.826.191
5	Thuê bao internet băng thông rộng xDSL		22.481	16.899	38%	106.389
6	Thuê bao FTTH		23.346	6.552	299%	25.126
7	Doanh thu	Triệu đồng			66%	2.466.410`;

export const REFERENCE_POSTAL = `KẾT QUẢ HOẠT ĐỘNG BƯU CHÍNH, CHUYỂN PHÁT
STT	Chỉ tiêu	Đơn vị tính	Số tăng trong kỳ	So với cùng kỳ
1	Sản lượng phát hành báo chí	Tờ, cuốn	7.162.000	-4%
2	Sản lượng Bưu phẩm thường đi, đến trong nước và Quốc tế	Kg	1.013.346	24%
3	Bưu kiện thường đi, đến từ liên tỉnh, quốc tế.	Cái	69.516	11%
4	Bưu gửi, hàng gửi chuyển phát nhanh các loại đi đến trong và ngoài nước	Cái	85.104	124%
5	Thư, điện chuyển tiền từ liên tỉnh, quốc tế đi, đến	Cái, bức	55.230	-11%
6	Số tiền chuyển	Tr.đồng	246.707	-13%
7	Doanh thu	Tr.đồng	74.735	16%`;

/** Header row and body rows of a reference table, split into cells. */
export function referenceRows(table: string): { title: string; header: string[]; rows: string[][] } {
  const [title, header, ...rows] = table.split('\n');
  return { title, header: header.split('\t'), rows: rows.map((r) => r.split('\t')) };
}

/** "2.466.410" → 2466410, "-28%" → -28, "" → null. */
export function referenceNumber(text: string): number | null {
  if (text === '') return null;
  return Number(text.replace(/\./g, '').replace('%', ''));
}
