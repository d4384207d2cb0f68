import { apiClient } from '../../lib/api-client';

export interface CalendarYear {
  year: number;
  holidayCount: number;
  makeupWorkdayCount: number;
  /** 'builtin' ships with the software; 'admin' was loaded by a system administrator. */
  source: 'builtin' | 'admin';
}

export interface NamedDate {
  /** YYYY-MM-DD */
  date: string;
  name: string;
}

export interface YearSchedule {
  holidays: NamedDate[];
  makeupWorkdays: NamedDate[];
}

export interface WorkdaySum {
  date: string;
  /** True when the year of the answer has no holiday schedule loaded yet. */
  provisional: boolean;
}

export function fetchCalendarYears(): Promise<{ items: CalendarYear[] }> {
  return apiClient.get('/api/calendar/years');
}

export function fetchYearSchedule(year: number): Promise<YearSchedule & { year: number }> {
  return apiClient.get(`/api/calendar/years/${year}`);
}

export function saveYearSchedule(year: number, schedule: YearSchedule): Promise<unknown> {
  return apiClient.put(`/api/calendar/years/${year}`, schedule);
}

export function addWorkdays(from: string, days: number): Promise<WorkdaySum> {
  return apiClient.get('/api/calendar/add-workdays', { from, days });
}
