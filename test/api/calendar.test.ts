import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestClient, type TestPlatform } from '../support/platform.js';
import { testBackend } from '../support/test-database.js';

let platform: TestPlatform;
let admin: TestClient;
let officer: TestClient;

beforeAll(async () => {
  platform = await startTestPlatform();
  admin = await platform.signIn('admin');
  officer = await platform.signIn('qs.zhifa1');
});
afterAll(() => platform.close());

const schedule2027 = {
  holidays: [
    { date: '2027-01-01', name: '元旦' },
    { date: '2027-02-05', name: '春节' },
    { date: '2027-02-08', name: '春节' },
  ],
  makeupWorkdays: [{ date: '2027-02-06', name: '春节' }],
};

describe(`工作日历 (${testBackend})`, () => {
  it('ships the official schedules from 2020 on', async () => {
    const years = (await officer.get('/api/calendar/years')).body.items.map(
      (y: { year: number }) => y.year,
    );
    expect(years.slice(0, 7)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    const y2026 = (await officer.get('/api/calendar/years/2026')).body;
    expect(y2026.makeupWorkdays).toContainEqual({ date: '2026-02-14', name: expect.any(String) });
  });

  it.each([
    ['2026-09-25', 5, '2026-10-09'],
    ['2026-02-13', 2, '2026-02-24'],
    ['2026-02-12', 2, '2026-02-14'],
  ])('行政处罚法第八十五条：%s 起 %i 个工作日 → %s', async (from, days, expected) => {
    const response = await officer.get(`/api/calendar/add-workdays?from=${from}&days=${days}`);
    expect(response.body).toEqual({ date: expected, provisional: false });
  });

  it('flags a date in a year with no loaded schedule as provisional, until the year is loaded', async () => {
    const before = (await officer.get('/api/calendar/add-workdays?from=2027-02-04&days=2')).body;
    expect(before).toEqual({ date: '2027-02-08', provisional: true });

    const loaded = await admin.put('/api/calendar/years/2027', schedule2027);
    expect(loaded.status).toBe(200);
    expect(loaded.body.source).toBe('admin');
    const after = (await officer.get('/api/calendar/add-workdays?from=2027-02-04&days=2')).body;
    expect(after).toEqual({ date: '2027-02-09', provisional: false });
    const record = (await admin.get('/api/records?objectType=workdaySchedule&objectId=2027')).body
      .items;
    expect(record).toHaveLength(1);
  });

  it('refuses an inconsistent schedule with the reasons', async () => {
    const response = await admin.put('/api/calendar/years/2028', {
      holidays: [{ date: '2027-10-01', name: '国庆节' }],
      makeupWorkdays: [],
    });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('2027-10-01');
    expect((await admin.get('/api/calendar/years/2028')).status).toBe(404);
  });

  it('lets only an administrator load a year', async () => {
    expect((await officer.put('/api/calendar/years/2027', schedule2027)).status).toBe(403);
  });
});
