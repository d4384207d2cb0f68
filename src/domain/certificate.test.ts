import { describe, expect, it } from 'vitest';
import {
  areaCovers,
  certificateEligibility,
  certificateStanding,
  pickCertificate,
  type CertificateFacts,
} from './certificate.js';

const certificate: CertificateFacts = {
  number: '43992021001',
  categories: ['roadAdministration'],
  areaCodes: ['439921'],
  validFrom: '2024-01-01',
  validTo: '2026-12-31',
  lastVerifiedYear: 2025,
  status: 'valid',
};
const policy = { expiryWarningDays: 60 };

describe('执法证状态', () => {
  it.each([
    ['2026-06-01', {}, 'valid'],
    ['2026-11-15', {}, 'expiringSoon'],
    ['2027-01-01', {}, 'expired'],
    ['2023-12-31', {}, 'notYetValid'],
    ['2026-06-01', { lastVerifiedYear: 2024 }, 'unverified'],
    ['2024-06-01', { lastVerifiedYear: null }, 'valid'],
    ['2026-06-01', { status: 'suspended' }, 'suspended'],
    ['2026-06-01', { status: 'revoked' }, 'revoked'],
  ] as const)('on %s with %o → %s', (today, change, expected) => {
    expect(certificateStanding({ ...certificate, ...change }, today, policy)).toBe(expected);
  });
});

describe('行政处罚法第四十二条：执法人员须具有行政执法资格（门类、区域、日期）', () => {
  const act = { category: 'roadAdministration', areaCode: '439921', date: '2026-06-01' } as const;

  it.each([
    ['a valid certificate for the 门类 and area', {}, {}, true],
    [
      '综合 covers every 门类',
      { categories: ['comprehensive'] },
      { category: 'transportAdministration' },
      true,
    ],
    ['a city-wide area covers a county in it', { areaCodes: ['439900'] }, {}, true],
    ['the wrong 门类', {}, { category: 'transportAdministration' }, false],
    ['another county', {}, { areaCode: '439922' }, false],
    ['after expiry', {}, { date: '2027-01-05' }, false],
    ['before validity', {}, { date: '2023-05-01' }, false],
    ['a suspended certificate (暂扣)', { status: 'suspended' }, {}, false],
    ['a revoked certificate (注销)', { status: 'revoked' }, {}, false],
    ['a certificate that missed 年度审验', { lastVerifiedYear: 2024 }, {}, false],
  ] as const)('%s', (_case, change, actChange, allowed) => {
    const result = certificateEligibility({ ...certificate, ...change }, { ...act, ...actChange });
    expect(result.allowed).toBe(allowed);
    expect(result.reasons.length === 0).toBe(allowed);
  });

  it('gives every reason in Chinese', () => {
    const result = certificateEligibility(
      { ...certificate, status: 'suspended' },
      { category: 'transportAdministration', areaCode: '439922', date: '2027-02-01' },
    );
    expect(result.reasons).toEqual([
      '执法证 43992021001 已被暂扣',
      '执法证已于 2026-12-31 到期',
      '执法证未通过 2026 年度审验',
      '执法证门类（路政）不含“运政”',
      '执法区域（439921）不含 439922',
    ]);
  });

  it('picks an eligible certificate over a lapsed one', () => {
    const old = { ...certificate, number: 'OLD', validTo: '2025-12-31' };
    const renewed = {
      ...certificate,
      number: 'NEW',
      validFrom: '2026-01-01',
      validTo: '2029-12-31',
    };
    expect(pickCertificate([old, renewed], act).certificate?.number).toBe('NEW');
    expect(pickCertificate([], act).eligibility.reasons).toEqual(['该人员没有执法证']);
  });

  it.each([
    ['440000', '439921', false],
    ['430000', '439921', true],
    ['430000', '431121', true],
    ['439900', '439921', true],
    ['439921', '439921', true],
    ['439921', '439922', false],
  ])('area %s covers %s → %s', (area, actArea, covers) => {
    expect(areaCovers(area, actArea)).toBe(covers);
  });
});
