import { describe, expect, it } from 'vitest';
import type { CertificateFacts } from '../certificate.js';
import { createWorkdayCalendar } from '../workday-calendar.js';
import { builtinWorkdaySchedules } from '../workday-schedules.js';
import { computeDeadline } from './case-deadlines.js';
import type { CaseStage } from './case-stage.js';
import { approverIsCaseOfficer } from './separation.js';
import {
  emergencyReportViolation,
  extensionViolations,
  investigationOpen,
  isPreservationDecisionLate,
  measureEnd,
  measureStatus,
  measureTermViolation,
  preservationDecisionDue,
  presentOfficers,
  transcriptEvidenceType,
  type MeasureFacts,
  type MeasureTerm,
  type OfficerFacts,
  type SubjectRelation,
  type TranscriptKind,
} from './investigation.js';

const calendar = createWorkdayCalendar(builtinWorkdaySchedules());

const certificate: CertificateFacts = {
  number: '43110221001',
  categories: ['transportAdministration'],
  areaCodes: ['431102'],
  validFrom: '2024-01-01',
  validTo: '2027-12-31',
  lastVerifiedYear: 2025,
  status: 'valid',
};
const zhang: OfficerFacts = { id: 'o1', name: '张三', certificates: [certificate] };
const li: OfficerFacts = {
  id: 'o2',
  name: '李四',
  certificates: [{ ...certificate, number: '43110221002' }],
};
const act = {
  category: 'transportAdministration',
  areaCode: '431102',
  date: '2026-03-02',
} as const;

describe('笔录', () => {
  it.each<[string, OfficerFacts[], string[]]>([
    ['两名持证执法人员', [zhang, li], []],
    ['只有一名执法人员', [zhang], ['TOO_FEW_OFFICERS_PRESENT']],
    ['同一人写了两次', [zhang, zhang], ['TOO_FEW_OFFICERS_PRESENT']],
    [
      '一人执法证已过期',
      [zhang, { ...li, certificates: [{ ...certificate, validTo: '2026-03-01' }] }],
      ['OFFICER_NOT_QUALIFIED'],
    ],
    ['一人没有执法证', [zhang, { ...li, certificates: [] }], ['OFFICER_NOT_QUALIFIED']],
  ])('行政处罚法第四十二条、第五十五条：%s', (_case, officers, expected) => {
    expect(presentOfficers(officers, act).violations.map((v) => v.code)).toEqual(expected);
  });

  it('行政处罚法第五十五条：笔录印出每名执法人员出示的执法证号', () => {
    expect(presentOfficers([zhang, li], act).officers).toEqual([
      { officerId: 'o1', name: '张三', certificateNumber: '43110221001' },
      { officerId: 'o2', name: '李四', certificateNumber: '43110221002' },
    ]);
  });

  it.each<[TranscriptKind, SubjectRelation, string]>([
    ['inquiry', 'party', 'partyStatement'],
    ['inquiry', 'agent', 'partyStatement'],
    ['inquiry', 'witness', 'witnessTestimony'],
    ['inquiry', 'other', 'witnessTestimony'],
    ['site', 'party', 'inspectionOrSiteRecord'],
    ['survey', 'witness', 'inspectionOrSiteRecord'],
  ])('行政处罚法第四十六条：%s 笔录（%s）是 %s', (kind, relation, expected) => {
    expect(transcriptEvidenceType(kind, relation)).toBe(expected);
  });
});

describe('调查取证的阶段', () => {
  it.each<[CaseStage, string | null]>([
    ['investigating', null],
    ['filingPending', 'INVESTIGATION_NOT_OPEN'],
    ['investigationClosed', 'INVESTIGATION_NOT_OPEN'],
    ['decided', 'INVESTIGATION_NOT_OPEN'],
  ])('行政处罚法第五十四条：案件处于 %s 阶段', (stage, expected) => {
    expect(investigationOpen(stage, '制作笔录')?.code ?? null).toBe(expected);
  });
});

describe('查处分离', () => {
  it.each<[string, string | null, string | null]>([
    ['负责人不是本案执法人员', 'h1', null],
    ['负责人是本案执法人员', 'o1', 'APPROVER_IS_CASE_OFFICER'],
    ['负责人不是执法人员', null, null],
  ])('行政处罚法第五十六条：%s', (_case, officerId, expected) => {
    const violation = approverIsCaseOfficer(
      { officerId, name: '王局长' },
      ['o1', 'o2'],
      '先行登记保存',
      '行政处罚法第五十六条',
    );
    expect(violation?.code ?? null).toBe(expected);
    if (violation) expect(violation.message).toContain('行政处罚法第五十六条');
  });
});

describe('先行登记保存', () => {
  it('行政处罚法第五十六条、第八十五条：批准后七个工作日内作出处理决定（跨国庆假期）', () => {
    expect(preservationDecisionDue('2026-09-24', calendar)).toEqual({
      date: '2026-10-12',
      provisional: false,
      article: '行政处罚法第五十六条',
    });
  });

  it.each([
    ['期限当日作出', '2026-10-12', false],
    ['期限前作出', '2026-09-30', false],
    ['期限后作出，照实记录并标明逾期', '2026-10-13', true],
  ])('行政处罚法第五十六条：%s', (_case, handledOn, late) => {
    expect(isPreservationDecisionLate(handledOn, '2026-10-12')).toBe(late);
  });
});

describe('行政强制措施', () => {
  it.each([
    [30, null],
    [15, null],
    [31, 'MEASURE_TERM_TOO_LONG'],
  ])('行政强制法第二十五条：期限 %i 日', (days, expected) => {
    expect(measureTermViolation(days)?.code ?? null).toBe(expected);
  });

  it('行政强制法第二十五条：三十日加延长三十日与期限规则一致', () => {
    expect(measureEnd('2026-03-02', 30)).toBe(
      computeDeadline('seizure', '2026-03-02', calendar).date,
    );
    expect(measureEnd('2026-03-02', 30, 30)).toBe(
      computeDeadline('extendedSeizure', '2026-03-02', calendar).date,
    );
  });

  const measure: MeasureTerm = { implementedOn: '2026-03-02', termDays: 30, extensionDays: null };
  it.each<[string, Partial<MeasureTerm>, number, string, string[]]>([
    ['期限内延长三十日', {}, 30, '2026-03-20', []],
    ['期限最后一日延长', {}, 10, '2026-04-01', []],
    ['延长超过三十日', {}, 31, '2026-03-20', ['MEASURE_EXTENSION_TOO_LONG']],
    ['第二次延长', { extensionDays: 10 }, 10, '2026-03-20', ['MEASURE_ALREADY_EXTENDED']],
    ['期限届满后延长', {}, 10, '2026-04-02', ['MEASURE_TERM_EXPIRED']],
  ])('行政强制法第二十五条：%s', (_case, change, days, today, expected) => {
    const codes = extensionViolations({ ...measure, ...change }, days, today).map((v) => v.code);
    expect(codes).toEqual(expected);
  });

  it.each([
    ['实施后二十小时报告', '2026-03-02T10:00:00+08:00', null],
    ['恰好二十四小时报告', '2026-03-02T18:00:00+08:00', null],
    ['二十四小时零一分报告', '2026-03-02T18:01:00+08:00', 'EMERGENCY_MEASURE_REPORT_LATE'],
  ])('行政强制法第十九条：%s', (_case, reportedAt, expected) => {
    const implementedAt = new Date('2026-03-01T18:00:00+08:00');
    expect(emergencyReportViolation(implementedAt, new Date(reportedAt))?.code ?? null).toBe(
      expected,
    );
  });

  const facts: MeasureFacts = {
    approval: 'pending',
    implemented: false,
    lifted: false,
    reportLate: false,
  };
  it.each<[string, Partial<MeasureFacts>, string]>([
    ['申请待批', {}, 'requested'],
    ['不予批准', { approval: 'refused' }, 'refused'],
    ['批准待实施', { approval: 'approved' }, 'approved'],
    ['批准后实施', { approval: 'approved', implemented: true }, 'inForce'],
    ['当场实施待补批', { implemented: true }, 'awaitingApproval'],
    ['当场实施逾期报告', { implemented: true, reportLate: true }, 'mustLift'],
    ['当场实施后负责人不批准', { implemented: true, approval: 'refused' }, 'mustLift'],
    ['已解除', { implemented: true, approval: 'approved', lifted: true }, 'lifted'],
  ])('行政强制法第十八条、第十九条：%s', (_case, change, expected) => {
    expect(measureStatus({ ...facts, ...change })).toBe(expected);
  });
});
