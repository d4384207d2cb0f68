import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * Configuration: built-in defaults, then an optional JSON file (ZHIFA_CONFIG, or
 * ./zhifa.config.json when present), then environment variables. Every key is
 * documented in the README.
 */
const booleanFlag = z.preprocess(
  (value) => ({ true: true, '1': true, false: false, '0': false })[String(value)] ?? value,
  z.boolean('应为 true 或 false'),
);

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
