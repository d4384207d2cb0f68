import { z } from '@hono/zod-openapi';
import { electronicChannels, serviceMethods } from '../../domain/case/service.js';

const isoDate = z.iso.date('日期应为 YYYY-MM-DD 格式');
const text = (what: string, max = 200) =>
  z.string().trim().min(1, `请填写${what}`).max(max, `${what}不超过${max}个字`);

const electronicAddressSchema = z.object({
  channel: z.enum(electronicChannels, '电子送达方式应为电子邮件、手机短信、传真或电子送达平台'),
  address: text('电子送达地址', 120),
});

export const addressConfirmationInputSchema = z
  .object({
    recipient: text('受送达人', 100),
    signedOn: isoDate,
    postalAddress: z.string().trim().max(200).nullish(),
    phone: z.string().trim().max(30).nullish(),
    consentsToElectronic: z.boolean(),
    electronicAddresses: z.array(electronicAddressSchema).max(5).default([]),
    evidenceId: z.uuid('证据编号格式不正确').nullish(),
  })
  .refine((input) => input.consentsToElectronic === input.electronicAddresses.length > 0, {
    message: '同意电子送达的，请至少填写一个电子送达地址；不同意的，不要填写',
    path: ['electronicAddresses'],
  })
  .openapi('ServiceAddressConfirmationInput');
export type AddressConfirmationInput = z.infer<typeof addressConfirmationInputSchema>;

const commonServiceFields = {
  documentCode: z
    .string()
    .regex(/^[a-zA-Z]+$/, '文书代码格式不正确')
    .openapi({ example: 'decision', description: "送达的文书：'decision' 为本案决定书" }),
  documentItemId: z.uuid('文书编号格式不正确').nullish(),
  recipient: text('受送达人', 100),
  /** The day of the act: handed over, left, posted, sent, or published. */
  actedOn: isoDate,
  outcome: z.enum(['served', 'failed']).default('served'),
  failureReason: z.string().trim().max(500).nullish(),
  serverOfficerIds: z.array(z.uuid()).min(1, '请选择送达人').max(4),
  note: z.string().trim().max(500).nullish(),
};

export const serviceInputSchema = z
  .discriminatedUnion(
    'method',
    [
      z.object({
        method: z.literal('direct'),
        ...commonServiceFields,
        place: text('送达地点'),
        signer: z.string().trim().max(50).nullish(),
        signerRelation: z.string().trim().max(50).nullish(),
      }),
      z.object({
        method: z.literal('leftAtAddress'),
        ...commonServiceFields,
        place: text('送达地点'),
        refusalReason: text('拒收事由', 500),
        witnesses: z.array(text('见证人', 100)).max(5).default([]),
        recordingEvidenceId: z.uuid('证据编号格式不正确').nullish(),
      }),
      z.object({
        method: z.literal('post'),
        ...commonServiceFields,
        postalAddress: text('邮寄地址'),
        trackingNumber: text('邮件单号', 50),
        receivedOn: isoDate.nullish(),
      }),
      z.object({
        method: z.literal('electronic'),
        ...commonServiceFields,
        channel: electronicAddressSchema.shape.channel,
        address: electronicAddressSchema.shape.address,
      }),
      z.object({
        method: z.literal('publicNotice'),
        ...commonServiceFields,
        medium: text('公告方式（公告栏、报纸或网站名称）'),
      }),
    ],
    { error: '送达方式应为直接、留置、邮寄、电子或公告送达' },
  )
  .superRefine((input, ctx) => {
    if (input.outcome === 'failed') {
      if (!input.failureReason) {
        ctx.addIssue({ code: 'custom', path: ['failureReason'], message: '请写明未能送达的原因' });
      }
      if (input.method === 'leftAtAddress' || input.method === 'publicNotice') {
        ctx.addIssue({
          code: 'custom',
          path: ['outcome'],
          message: '留置送达和公告送达一经实施即视为送达，不登记为未送达',
        });
      }
      return;
    }
    if (input.method === 'direct' && !input.signer) {
      ctx.addIssue({ code: 'custom', path: ['signer'], message: '请填写签收人' });
    }
    if (input.method === 'post') {
      if (!input.receivedOn) {
        ctx.addIssue({
          code: 'custom',
          path: ['receivedOn'],
          message: '请填写回执上的收件日期；尚未收到回执的，收到后再登记',
        });
      } else if (input.receivedOn < input.actedOn) {
        ctx.addIssue({ code: 'custom', path: ['receivedOn'], message: '收件日期不能早于寄出日期' });
      }
    }
  })
  .openapi('ServiceInput');
export type ServiceInput = z.infer<typeof serviceInputSchema>;

const officerRef = z.object({ id: z.uuid(), name: z.string() });

export const serviceSchema = z
  .object({
    id: z.uuid(),
    documentCode: z.string(),
    documentItemId: z.string().nullable(),
    documentTitle: z.string(),
    method: z.enum(serviceMethods),
    methodLabel: z.string(),
    outcome: z.enum(['served', 'failed']),
    recipient: z.string(),
    actedOn: z.string(),
    servedOn: z.string().nullable().openapi({ description: '法定送达日期；未送达成功为 null' }),
    details: z.record(z.string(), z.unknown()),
    failureReason: z.string().nullable(),
    servers: z.array(officerRef),
    createdAt: z.string(),
  })
  .openapi('Service');
export type ServiceView = z.infer<typeof serviceSchema>;

export const addressConfirmationSchema = z
  .object({
    id: z.uuid(),
    recipient: z.string(),
    signedOn: z.string(),
    postalAddress: z.string().nullable(),
    phone: z.string().nullable(),
    consentsToElectronic: z.boolean(),
    electronicAddresses: z.array(electronicAddressSchema),
    evidenceId: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('ServiceAddressConfirmation');
export type AddressConfirmationView = z.infer<typeof addressConfirmationSchema>;

export const servableDocumentSchema = z
  .object({
    code: z.string(),
    itemId: z.string().nullable(),
    title: z.string(),
    issuedOn: z.string(),
    servedOn: z.string().nullable(),
    failedAttempts: z.number().int(),
  })
  .openapi('ServableDocument');
export type ServableDocument = z.infer<typeof servableDocumentSchema>;

export const serviceOverviewSchema = z
  .object({
    documents: z.array(servableDocumentSchema),
    services: z.array(serviceSchema),
    addressConfirmations: z.array(addressConfirmationSchema),
    decisionServiceDue: z
      .object({ date: z.string(), provisional: z.boolean(), article: z.string() })
      .nullable()
      .openapi({ description: '当事人不在场时送达决定书的期限（七个工作日）；已送达为 null' }),
  })
  .openapi('ServiceOverview');
export type ServiceOverview = z.infer<typeof serviceOverviewSchema>;
