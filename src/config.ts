import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { defaultHearingConfig } from './domain/case/hearing.js';
import { defaultLegalReviewCatalog } from './domain/case/legal-review.js';
import { penaltyKinds } from './domain/case/penalty.js';
import { defaultStatementPeriodWorkdays } from './domain/case/prior-notice.js';

/**
 * Configuration: built-in defaults, then an optional JSON file (ZHIFA_CONFIG, or
 * ./zhifa.config.json when present), then environment variables. Every key is
 * documented in the README.
 */
const booleanFlag = z.preprocess(
  (value) => ({ true: true, '1': true, false: false, '0': false })[String(value)] ?? value,
  z.boolean('应为 true 或 false'),
);

/** A structured setting: an object in the config file, JSON text in an environment variable. */
function jsonSetting<T extends z.ZodType>(schema: T) {
  return z.preprocess(
    (value) => (typeof value === 'string' ? parseJsonOrKeep(value) : value),
    schema,
  );
}

/** Text that is not JSON stays text, so that the schema reports it in Chinese. */
function parseJsonOrKeep(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

const fen = z.number().int().min(0);
const byPartyKind = z.object({ citizen: fen, organisation: fen });
const penaltyKindList = z.array(z.enum(penaltyKinds, '处罚种类不正确')).readonly();

const configSchema = z.object({
  dataDir: z.string().min(1).default('./data'),
  databaseUrl: z.url('DATABASE_URL 应为 postgres://用户@主机:端口/数据库 形式').optional(),
  /** Evidence files; defaults to a `blobs` folder inside the data folder. */
  blobDir: z.string().min(1).optional(),
  host: z.string().default('127.0.0.1'),
  port: z.coerce.number().int().min(0).max(65535).default(8080),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  secureCookies: booleanFlag.default(false),
  sessionHours: z.coerce.number().positive().max(72).default(8),
  loginMaxFailures: z.coerce.number().int().min(1).max(20).default(5),
  loginLockMinutes: z.coerce.number().int().min(1).max(1440).default(15),
  certificateExpiryWarningDays: z.coerce.number().int().min(0).max(365).default(60),
  /** 督办: a pending deadline is 临期 from this many days before its last day. */
  deadlineWarningDays: z.coerce.number().int().min(0).max(60).default(3),
  /** 重大执法决定法制审核目录: amounts in fen, "以上" inclusive. */
  legalReviewCatalog: jsonSetting(
    z.object({
      fineThresholdFen: byPartyKind,
      kinds: penaltyKindList,
      everyHeardCase: z.boolean(),
    }),
  ).default(defaultLegalReviewCatalog),
  /** 听证 较大数额 of the province (行政处罚法第六十三条), amounts in fen. */
  hearingConfig: jsonSetting(
    z.object({
      largeFineFen: byPartyKind,
      largeConfiscationFen: byPartyKind,
      kinds: penaltyKindList,
    }),
  ).default(defaultHearingConfig),
  /** Working days the 违法行为通知书 gives for a written 陈述、申辩. */
  statementPeriodWorkdays: z.coerce
    .number()
    .int()
    .min(1)
    .max(30)
    .default(defaultStatementPeriodWorkdays),
  /**
   * 超限运输车辆行驶公路管理规定第四十三条 fines 500 yuan per 1,000 kg over the limit; whether a
   * part tonne is dropped or counted as a whole tonne is not settled nationally.
   */
  overloadTonneRounding: z.enum(['down', 'up']).default('down'),
  /** 类案同罚: a fine this share above or below its peers' median is flagged. */
  consistencyMargin: z.coerce.number().min(0.05).max(5).default(0.3),
  /** 行政处罚法第四十一条: days between a device's 公告 and its first record used as evidence. */
  deviceNoticePeriodDays: z.coerce.number().int().min(0).max(365).default(30),
  /** Warn this many days before a device's 计量检定 certificate expires. */
  calibrationWarningDays: z.coerce.number().int().min(0).max(365).default(30),
  /** 复核: hours a lead made by 初筛 may wait for a person to confirm or reject it. */
  recheckHours: z.coerce.number().int().min(1).max(720).default(48),
  /**
   * Working days from 立案 of an off-site case to notifying the owner (第四十一条第三款 sets
   * no number; the default follows the police rule's five days by analogy, legal-facts §1.4).
   */
  offSiteNoticeWorkdays: z.coerce.number().int().min(1).max(30).default(5),
  rootAgencyName: z.string().min(2).default('交通运输局'),
  rootAgencyRegionCode: z
    .string()
    .regex(/^\d{6}$/)
    .default('000000'),
});

export type Config = z.infer<typeof configSchema>;

const environmentKeys: Record<keyof Config, string> = {
  dataDir: 'ZHIFA_DATA_DIR',
  databaseUrl: 'DATABASE_URL',
  blobDir: 'ZHIFA_BLOB_DIR',
  host: 'HOST',
  port: 'PORT',
  logLevel: 'LOG_LEVEL',
  secureCookies: 'ZHIFA_SECURE_COOKIES',
  sessionHours: 'ZHIFA_SESSION_HOURS',
  loginMaxFailures: 'ZHIFA_LOGIN_MAX_FAILURES',
  loginLockMinutes: 'ZHIFA_LOGIN_LOCK_MINUTES',
  certificateExpiryWarningDays: 'ZHIFA_CERT_EXPIRY_WARNING_DAYS',
  deadlineWarningDays: 'ZHIFA_DEADLINE_WARNING_DAYS',
  legalReviewCatalog: 'ZHIFA_LEGAL_REVIEW_CATALOG',
  hearingConfig: 'ZHIFA_HEARING_CONFIG',
  statementPeriodWorkdays: 'ZHIFA_STATEMENT_PERIOD_WORKDAYS',
  overloadTonneRounding: 'ZHIFA_OVERLOAD_TONNE_ROUNDING',
  consistencyMargin: 'ZHIFA_CONSISTENCY_MARGIN',
  deviceNoticePeriodDays: 'ZHIFA_DEVICE_NOTICE_PERIOD_DAYS',
  calibrationWarningDays: 'ZHIFA_CALIBRATION_WARNING_DAYS',
  recheckHours: 'ZHIFA_RECHECK_HOURS',
  offSiteNoticeWorkdays: 'ZHIFA_OFF_SITE_NOTICE_WORKDAYS',
  rootAgencyName: 'ZHIFA_ROOT_AGENCY_NAME',
  rootAgencyRegionCode: 'ZHIFA_ROOT_AGENCY_REGION_CODE',
};

export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<Config> = {},
): Config {
  const fromFile = readConfigFile(env.ZHIFA_CONFIG);
  const fromEnv = Object.fromEntries(
    Object.entries(environmentKeys)
      .map(([key, variable]) => [key, env[variable]])
      .filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = configSchema.safeParse({ ...fromFile, ...fromEnv, ...overrides });
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new Error(`配置有误：\n${problems.join('\n')}`);
  }
  return parsed.data;
}

function readConfigFile(explicitPath: string | undefined): Record<string, unknown> {
  const file = explicitPath ?? path.resolve('zhifa.config.json');
  if (!existsSync(file)) {
    if (explicitPath) throw new Error(`找不到配置文件 ${explicitPath}`);
    return {};
  }
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}
