import { z } from '@hono/zod-openapi';

const namedDate = z.object({
  date: z.iso.date('日期应为 YYYY-MM-DD 格式'),
  name: z.string().trim().min(1, '请填写节假日名称').max(20),
});

export const scheduleInputSchema = z
  .object({ holidays: z.array(namedDate), makeupWorkdays: z.array(namedDate) })
  .openapi('WorkdayScheduleInput');
export type ScheduleInput = z.infer<typeof scheduleInputSchema>;

export const scheduleSchema = scheduleInputSchema
  .extend({ year: z.number().int(), source: z.enum(['builtin', 'admin']) })
  .openapi('WorkdaySchedule');

export const yearSummarySchema = z
  .object({
    year: z.number().int(),
    holidayCount: z.number().int(),
    makeupWorkdayCount: z.number().int(),
    source: z.enum(['builtin', 'admin']),
  })
  .openapi('WorkdayYearSummary');

export const addWorkdaysQuerySchema = z.object({
  from: z.iso.date('日期应为 YYYY-MM-DD 格式'),
  days: z.coerce.number().int('工作日数应为整数').min(0).max(366),
});

export const workdayDateSchema = z
  .object({ date: z.string(), provisional: z.boolean() })
  .openapi('WorkdayDate');
