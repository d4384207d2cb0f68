import { describe, expect, it } from 'vitest';
import type { CertificateFacts } from '../certificate.js';
import { filingViolations, type CaseOfficer, type FilingRequest } from './filing.js';

const certificate: CertificateFacts = {
  number: '43110221001',
  categories: ['transportAdministration'],
  areaCodes: ['431102'],
  validFrom: '2024-01-01',
  validTo: '2027-12-31',
  lastVerifiedYear: 2025,
  status: 'valid',
};

const zhang: CaseOfficer = { id: 'o1', name: '张三', certificates: [certificate] };
const li: CaseOfficer = {
  id: 'o2',
  name: '李四',
  certificates: [{ ...certificate, number: '43110221002' }],
};

const request: FilingRequest = {
  category: 'transportAdministration',
  actAreaCode: '431102',
  filingDate: '2026-03-02',
  agency: { name: '永州市零陵区交通运输局', regionCode: '431102' },
  caseOfficers: [zhang, li],
  approver: { id: 'h1', name: '王局长' },
  limitation: { actEndDate: '2026-02-20', discoveryDate: '2026-02-21', harmCategory: 'none' },
};

function codes(change: Partial<FilingRequest>): string[] {
  return filingViolations({ ...request, ...change }).map((violation) => violation.code);
}

describe('立案审查', () => {
  it('行政处罚法第四十二条、第二十二条、第三十六条：条件齐备时可以立案', () => {
    expect(filingViolations(request)).toEqual([]);
  });

  it.each([
    ['两名执法人员', [zhang, li], []],
    ['只有一名执法人员', [zhang], ['TOO_FEW_OFFICERS']],
    ['同一人重复指定不算两人', [zhang, zhang], ['TOO_FEW_OFFICERS']],
    ['没有执法人员', [], ['TOO_FEW_OFFICERS']],
  ] as const)(
    '行政处罚法第四十二条（执法人员不得少于两人）：%s',
    (_case, caseOfficers, expected) => {
      expect(codes({ caseOfficers })).toEqual(expected);
    },
  );

  it.each([
    ['执法证已过期', { validTo: '2026-03-01' }, '执法证已于 2026-03-01 到期'],
    ['执法证门类不含运政', { categories: ['roadAdministration'] }, '不含“运政”'],
    ['执法区域不含违法行为发生地', { areaCodes: ['431103'] }, '执法区域（431103）不含 431102'],
    ['执法证被暂扣', { status: 'suspended' }, '已被暂扣'],
    ['未通过上年度审验', { lastVerifiedYear: 2024 }, '未通过 2025 年度审验'],
  ] as const)('行政处罚法第四十二条（行政执法资格）：%s', (_case, change, reason) => {
    const lapsed = { ...li, certificates: [{ ...certificate, ...change }] };
    const violations = filingViolations({ ...request, caseOfficers: [zhang, lapsed] });
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({
      code: 'OFFICER_NOT_QUALIFIED',
      article: '行政处罚法第四十二条',
    });
    expect(violations[0]?.message).toContain('执法人员李四');
    expect(violations[0]?.message).toContain(reason);
    expect(violations[0]?.message).toContain('行政处罚法第四十二条');
  });

  it.each([
    ['执法证到期当日立案仍有效', { validTo: '2026-03-02' }, []],
    ['没有执法证', null, ['OFFICER_NOT_QUALIFIED']],
  ] as const)('行政处罚法第四十二条（行政执法资格）：%s', (_case, change, expected) => {
    const certificates = change === null ? [] : [{ ...certificate, ...change }];
    expect(codes({ caseOfficers: [zhang, { ...li, certificates }] })).toEqual(expected);
  });

  it('行政处罚法第四十二条：多名执法人员无资格时逐人列出', () => {
    const expired = [{ ...certificate, validTo: '2025-12-31' }];
    const violations = filingViolations({
      ...request,
      caseOfficers: [
        { ...zhang, certificates: expired },
        { ...li, certificates: expired },
      ],
    });
    expect(violations.map((v) => v.message.slice(0, 6))).toEqual(['执法人员张三', '执法人员李四']);
  });

  it.each([
    ['审批人是本案执法人员', { id: 'o1', name: '张三' }, ['APPROVER_IS_CASE_OFFICER']],
    ['审批人不是本案执法人员', { id: 'h1', name: '王局长' }, []],
  ] as const)('交通运输行政执法程序规定第六十三条（查处分离）：%s', (_case, approver, expected) => {
    const violations = filingViolations({ ...request, approver });
    expect(violations.map((v) => v.code)).toEqual(expected);
    for (const violation of violations) {
      expect(violation.message).toContain('交通运输行政执法程序规定第六十三条');
      expect(violation.message).toContain(approver.name);
    }
  });

  it.each([
    ['本区内', '431102', '431102', []],
    ['市局管辖下辖区县', '431100', '431102', []],
    ['邻区', '431102', '431103', ['NO_JURISDICTION']],
    ['区局不管辖市内其他区', '431102', '431100', ['NO_JURISDICTION']],
  ] as const)(
    '行政处罚法第二十二条（违法行为发生地管辖）：%s',
    (_case, regionCode, actAreaCode, expected) => {
      const covering = { ...certificate, areaCodes: ['430000'] };
      const violations = filingViolations({
        ...request,
        actAreaCode,
        agency: { name: '某交通运输局', regionCode },
        caseOfficers: [zhang, li].map((o) => ({ ...o, certificates: [covering] })),
      });
      expect(violations.map((v) => v.code)).toEqual(expected);
      for (const violation of violations) {
        expect(violation.message).toContain('行政处罚法第二十二条');
      }
    },
  );

  it.each([
    ['二年届满当日发现', '2026-02-20', []],
    ['二年届满次日发现', '2026-02-21', ['LIMITATION_EXPIRED']],
  ] as const)('行政处罚法第三十六条（追责时效）：%s', (_case, discoveryDate, expected) => {
    const limitation = { actEndDate: '2024-02-20', discoveryDate, harmCategory: 'none' } as const;
    expect(codes({ limitation })).toEqual(expected);
  });

  it('行政处罚法第四十二条、第二十二条、第三十六条：一次返回全部问题', () => {
    expect(
      codes({
        caseOfficers: [{ ...zhang, certificates: [] }],
        approver: { id: 'o1', name: '张三' },
        actAreaCode: '431103',
        limitation: { actEndDate: '2020-01-01', discoveryDate: '2026-01-01', harmCategory: 'none' },
      }),
    ).toEqual([
      'TOO_FEW_OFFICERS',
      'OFFICER_NOT_QUALIFIED',
      'APPROVER_IS_CASE_OFFICER',
      'NO_JURISDICTION',
      'LIMITATION_EXPIRED',
    ]);
  });
});
