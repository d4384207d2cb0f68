const chinaDateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date ('YYYY-MM-DD') in China at the given instant. */
export function chinaDate(instant: Date = new Date()): string {
  return chinaDateFormat.format(instant);
}
