import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import 'dayjs/locale/zh-cn';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.locale('zh-cn');

/** Every time a person reads is Beijing time, wherever the browser is. */
const displayTimeZone = 'Asia/Shanghai';

/** An ISO instant as 'YYYY-MM-DD HH:mm:ss' in Beijing time. */
export function formatInstant(iso: string): string {
  return dayjs(iso).tz(displayTimeZone).format('YYYY-MM-DD HH:mm:ss');
}

/** Today's calendar date in Beijing, as 'YYYY-MM-DD'. */
export function todayInBeijing(): string {
  return dayjs().tz(displayTimeZone).format('YYYY-MM-DD');
}

/** Today in Beijing as a date picker's value, for forms that default to today. */
export function pickerTodayInBeijing(): Dayjs {
  return dayjs(todayInBeijing());
}

/** The current hour in Beijing, for greetings. */
export function hourInBeijing(): number {
  return dayjs().tz(displayTimeZone).hour();
}

export function weekdayLabel(date: string): string {
  return dayjs(date).format('dddd');
}
