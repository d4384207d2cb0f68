import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('configuration', () => {
  it('has working defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      dataDir: './data',
      port: 8080,
      host: '127.0.0.1',
      sessionHours: 8,
    });
    expect(config.databaseUrl).toBeUndefined();
  });

  it('takes environment variables over the config file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zhifa-config-'));
    const file = path.join(dir, 'zhifa.config.json');
    writeFileSync(
      file,
      JSON.stringify({ port: 9000, certificateExpiryWarningDays: 30, secureCookies: true }),
    );
    const config = loadConfig({ ZHIFA_CONFIG: file, PORT: '9100', ZHIFA_SECURE_COOKIES: 'false' });
    expect(config.port).toBe(9100);
    expect(config.certificateExpiryWarningDays).toBe(30);
    expect(config.secureCookies).toBe(false);
  });

  it('explains a bad value in Chinese', () => {
    expect(() => loadConfig({ DATABASE_URL: 'not a url' })).toThrow(/配置有误[\s\S]*databaseUrl/);
    expect(() => loadConfig({ ZHIFA_CONFIG: '/no/such/file.json' })).toThrow('找不到配置文件');
  });

  it('行政处罚法第五十八条、第六十三条：法制审核目录和听证金额可按本地设置，环境变量为 JSON', () => {
    const config = loadConfig({
      ZHIFA_LEGAL_REVIEW_CATALOG: JSON.stringify({
        fineThresholdFen: { citizen: 500_000, organisation: 5_000_000 },
        kinds: ['licenceRevocation'],
        everyHeardCase: false,
      }),
      ZHIFA_STATEMENT_PERIOD_WORKDAYS: '5',
    });
    expect(config.legalReviewCatalog.fineThresholdFen.citizen).toBe(500_000);
    expect(config.hearingConfig.largeFineFen.citizen).toBe(1_000_000);
    expect(config.statementPeriodWorkdays).toBe(5);
    expect(() => loadConfig({ ZHIFA_HEARING_CONFIG: '不是JSON' })).toThrow(/hearingConfig/);
  });
});
