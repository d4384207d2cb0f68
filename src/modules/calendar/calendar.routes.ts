import { createRoute, z } from '@hono/zod-openapi';
import { commonErrors, jsonBody, jsonContent, newRouter } from '../../http/openapi.js';
import { serviceContext } from '../../http/session.js';
import {
  addWorkdaysQuerySchema,
  scheduleInputSchema,
  scheduleSchema,
  workdayDateSchema,
  yearSummarySchema,
} from './calendar.schemas.js';
import { addWorkdays, getSchedule, listScheduleYears, putSchedule } from './calendar.service.js';

const tags = ['工作日历'];
const yearParam = z.object({
  year: z.coerce
    .number()
    .int()
    .min(2000, '年度应在2000–2100之间')
    .max(2100, '年度应在2000–2100之间')
    .openapi({ param: { name: 'year', in: 'path' }, example: 2027 }),
});

export const calendarRoutes = newRouter();

calendarRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/calendar/years',
    tags,
    summary: '已加载节假日安排的年度',
    responses: {
      200: jsonContent(z.object({ items: z.array(yearSummarySchema) }), '年度列表'),
      ...commonErrors,
    },
  }),
  async (c) => c.json({ items: await listScheduleYears(serviceContext(c)) }, 200),
);

calendarRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/calendar/years/{year}',
    tags,
    summary: '一个年度的法定节假日与调休上班日',
    request: { params: yearParam },
    responses: { 200: jsonContent(scheduleSchema, '节假日安排'), ...commonErrors },
  }),
  async (c) => c.json(await getSchedule(serviceContext(c), c.req.valid('param').year), 200),
);

calendarRoutes.openapi(
  createRoute({
    method: 'put',
    path: '/calendar/years/{year}',
    tags,
    summary: '加载或替换一个年度的节假日安排（国务院办公厅通知）',
    request: { params: yearParam, ...jsonBody(scheduleInputSchema) },
    responses: { 200: jsonContent(scheduleSchema, '已加载'), ...commonErrors },
  }),
  async (c) =>
    c.json(
      await putSchedule(serviceContext(c), c.req.valid('param').year, c.req.valid('json')),
      200,
    ),
);

calendarRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/calendar/add-workdays',
    tags,
    summary: '某日之后第 N 个工作日（行政处罚法第八十五条）；未加载年度的结果标记为暂定',
    request: { query: addWorkdaysQuerySchema },
    responses: { 200: jsonContent(workdayDateSchema, '结果'), ...commonErrors },
  }),
  async (c) => {
    const { from, days } = c.req.valid('query');
    return c.json(await addWorkdays(serviceContext(c), from, days), 200);
  },
);
