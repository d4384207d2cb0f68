import { z } from '@hono/zod-openapi';
import {
  certificateStandings,
  certificateStatuses,
  enforcementCategories,
} from '../../domain/certificate.js';
import { idNumberSchema } from '../../domain/validators/zod.js';

const isoDate = z.iso.date('日期应为 YYYY-MM-DD 格式').openapi({ example: '2026-01-01' });
const regionCode = z.string().regex(/^\d{6}$/, '行政区划代码应为6位数字');
const category = z.enum(enforcementCategories, '执法门类应为路政、运政、港航、质监、海事或综合');

export const officerInputSchema = z
  .object({
    agencyId: z.uuid('所属机构编号格式不正确'),
    unitId: z.uuid().nullish(),
    name: z.string().trim().min(2, '姓名至少2个字').max(30),
    idNumber: idNumberSchema,
    phone: z
      .string()
      .trim()
      .regex(/^[0-9+\- ]{7,20}$/, '联系电话格式不正确')
      .nullish(),
  })
  .openapi('OfficerInput');
export type OfficerInput = z.infer<typeof officerInputSchema>;

export const officerPatchSchema = officerInputSchema
  .omit({ idNumber: true })
  .partial()
  .openapi('OfficerPatch');
export type OfficerPatch = z.infer<typeof officerPatchSchema>;

export const certificateInputSchema = z
  .object({
    number: z.string().trim().min(4, '执法证号至少4位').max(40),
    issuer: z.string().trim().min(2, '请填写发证机关').max(60),
    categories: z.array(category).min(1, '至少选择一个执法门类'),
    areaCodes: z.array(regionCode).min(1, '至少填写一个执法区域'),
    areaName: z.string().trim().min(2, '请填写执法区域名称').max(60),
    validFrom: isoDate,
    validTo: isoDate,
    lastVerifiedYear: z.number().int().min(2000).max(2100).nullish(),
  })
  .refine((input) => input.validTo >= input.validFrom, {
    message: '有效期止不能早于有效期起',
    path: ['validTo'],
  })
  .openapi('CertificateInput');
export type CertificateInput = z.infer<typeof certificateInputSchema>;

export const certificatePatchSchema = z
  .object({
    status: z.enum(certificateStatuses).optional(),
    lastVerifiedYear: z.number().int().min(2000).max(2100).nullish(),
    validTo: isoDate.optional(),
  })
  .openapi('CertificatePatch');
export type CertificatePatch = z.infer<typeof certificatePatchSchema>;

export const certificateSchema = z
  .object({
    id: z.uuid(),
    officerId: z.uuid(),
    number: z.string(),
    issuer: z.string(),
    categories: z.array(category),
    areaCodes: z.array(z.string()),
    areaName: z.string(),
    validFrom: z.string(),
    validTo: z.string(),
    lastVerifiedYear: z.number().nullable(),
    status: z.enum(certificateStatuses),
    computedStatus: z.enum(certificateStandings),
  })
  .openapi('Certificate');
export type CertificateView = z.infer<typeof certificateSchema>;

export const officerSummarySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    agencyId: z.uuid(),
    agencyName: z.string(),
    unitId: z.uuid().nullable(),
    unitName: z.string().nullable(),
    idNumberMasked: z.string(),
    phone: z.string().nullable(),
    certificateNumber: z.string().nullable(),
    certificateStatus: z.enum(certificateStandings).nullable(),
    certificateValidTo: z.string().nullable(),
  })
  .openapi('OfficerSummary');
export type OfficerSummary = z.infer<typeof officerSummarySchema>;

export const officerSchema = officerSummarySchema
  .extend({ certificates: z.array(certificateSchema) })
  .openapi('Officer');
export type OfficerView = z.infer<typeof officerSchema>;

export const officerListQuerySchema = z.object({
  agencyId: z.uuid().optional(),
  q: z.string().trim().max(40).optional(),
  certificateStatus: z.enum(certificateStandings).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type OfficerListQuery = z.infer<typeof officerListQuerySchema>;

export const eligibilityQuerySchema = z.object({
  category,
  areaCode: regionCode,
  date: isoDate,
});

export const eligibilitySchema = z
  .object({
    allowed: z.boolean(),
    reasons: z.array(z.string()),
    certificateNumber: z.string().nullable(),
  })
  .openapi('Eligibility');
