import { z } from '@hono/zod-openapi';
import { agencyKinds } from '../../domain/agency.js';

const regionCode = z
  .string()
  .regex(/^\d{6}$/, '行政区划代码应为6位数字')
  .openapi({ example: '431100' });

export const agencyInputSchema = z
  .object({
    parentId: z.uuid('上级机构编号格式不正确').nullable(),
    name: z.string().trim().min(2, '机构名称至少2个字').max(60, '机构名称不超过60个字'),
    shortName: z.string().trim().min(1, '请填写机构简称').max(20, '机构简称不超过20个字'),
    kind: z.enum(agencyKinds, '机构层级应为省级、市级、县级、执法大队或执法中队'),
    regionCode,
    address: z.string().trim().max(120).nullish(),
    phone: z.string().trim().max(30).nullish(),
  })
  .openapi('AgencyInput');
export type AgencyInput = z.infer<typeof agencyInputSchema>;

export const agencyPatchSchema = agencyInputSchema
  .omit({ parentId: true })
  .partial()
  .openapi('AgencyPatch');
export type AgencyPatch = z.infer<typeof agencyPatchSchema>;

export const unitInputSchema = z
  .object({
    name: z.string().trim().min(2, '内设机构名称至少2个字').max(40),
    kind: z.string().trim().min(1, '请填写内设机构类别').max(20),
  })
  .openapi('UnitInput');
export type UnitInput = z.infer<typeof unitInputSchema>;

export const unitSchema = z
  .object({ id: z.uuid(), agencyId: z.uuid(), name: z.string(), kind: z.string() })
  .openapi('Unit');

export const agencySchema = z
  .object({
    id: z.uuid(),
    parentId: z.uuid().nullable(),
    name: z.string(),
    shortName: z.string(),
    kind: z.enum(agencyKinds),
    regionCode: z.string(),
    address: z.string().nullable(),
    phone: z.string().nullable(),
    units: z.array(unitSchema),
  })
  .openapi('Agency');
export type AgencyView = z.infer<typeof agencySchema>;
