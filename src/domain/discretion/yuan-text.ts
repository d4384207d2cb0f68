/**
 * Sums in the plain way benchmarks print them: 元 without thousands separators, and no
 * trailing 「.00」 for whole yuan (30000, 20.5). Amounts are kept in fen everywhere else.
 */
export function plainYuan(fen: number): string {
  return String(fen / 100);
}

/** The fen a plain yuan number stands for, or null when it is not one (at most 2 decimals). */
export function fenFromPlainYuan(text: string): number | null {
  const yuan = /^\d+(\.\d{1,2})?$/.exec(text.replaceAll(',', ''));
  return yuan ? Math.round(Number(yuan[0]) * 100) : null;
}
