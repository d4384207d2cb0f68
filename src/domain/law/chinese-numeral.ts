import nzh from 'nzh/cn';

/** 63 → 六十三, as statutes number their 章, 节, 条, 款 and 项 (十, not 一十). */
export function chineseNumeral(n: number): string {
  return nzh.encodeS(n);
}

/** 六十三 → 63; also accepts Arabic digits (第63条). NaN when the text is no numeral. */
export function parseChineseNumeral(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^[零〇一二两三四五六七八九十百千]+$/.test(text)) return Number.NaN;
  return Number(nzh.decodeS(text.replace(/〇/g, '零').replace(/两/g, '二')));
}
