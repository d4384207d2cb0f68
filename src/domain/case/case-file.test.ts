import { describe, expect, it } from 'vitest';
import {
  buildFileIndex,
  checkFileComplete,
  fileGaps,
  sealDigest,
  type FileFacts,
} from './case-file.js';

const decided: FileFacts = {
  outcome: { kind: 'decided', decision: 'penalty' },
  filed: true,
  documentTitles: ['立案登记表', '违法行为通知书', '行政处罚决定书', '送达回证', '结案报告'],
  evidenceCount: 2,
};

describe('交通运输行政执法程序规定（案件终结）：一案一卷', () => {
  it('lists the documents in procedure order with running page numbers, then the evidence', () => {
    const index = buildFileIndex(
      [
        {
          code: 'filingRegister',
          title: '立案登记表',
          label: '立案登记表',
          itemId: null,
          pages: 1,
        },
        { code: 'inquiry', title: '询问笔录', label: '询问笔录（王五）', itemId: 'i1', pages: 3 },
        { code: 'closureReport', title: '结案报告', label: '结案报告', itemId: null, pages: null },
      ],
      [{ id: 'e1', title: '现场照片', typeLabel: '视听资料' }],
    );
    expect(index).toEqual([
      { seq: 1, title: '立案登记表', pages: '第1页' },
      { seq: 2, title: '询问笔录（王五）', pages: '第2–4页' },
      { seq: 3, title: '结案报告', pages: '' },
      { seq: 4, title: '视听资料：现场照片', pages: '1件' },
    ]);
  });

  it.each<[string, Partial<FileFacts>, string[]]>([
    ['处罚决定案卷齐全', {}, []],
    [
      '缺少送达回证和证据',
      {
        documentTitles: ['立案登记表', '违法行为通知书', '行政处罚决定书', '结案报告'],
        evidenceCount: 0,
      },
      ['缺少送达回证', '缺少证据材料'],
    ],
    [
      '不予处罚决定不需要违法行为通知书',
      {
        outcome: { kind: 'decided', decision: 'noPenalty' },
        documentTitles: ['立案登记表', '不予行政处罚决定书', '送达回证', '结案报告'],
      },
      [],
    ],
    [
      '未立案即不予立案：无须立案登记表',
      { outcome: { kind: 'dismissed' }, filed: false, documentTitles: [] },
      [],
    ],
    [
      '撤销立案：须有立案登记表',
      { outcome: { kind: 'dismissed' }, documentTitles: [] },
      ['缺少立案登记表'],
    ],
    [
      '移送公安机关：缺少移送书与立案通知',
      {
        outcome: {
          kind: 'transferred',
          transfer: 'crime',
          gaps: ['缺少公安机关立案通知（移送规定第八条）'],
        },
        documentTitles: ['立案登记表'],
        evidenceCount: 0,
      },
      ['缺少涉嫌犯罪案件移送书', '缺少公安机关立案通知（移送规定第八条）'],
    ],
    [
      '移送有管辖权的机关：案卷齐全',
      {
        outcome: { kind: 'transferred', transfer: 'jurisdiction', gaps: [] },
        documentTitles: ['立案登记表', '案件移送函'],
      },
      [],
    ],
  ])('交通运输行政执法程序规定（案件终结）：%s', (_case, change, gaps) => {
    expect(fileGaps({ ...decided, ...change })).toEqual(gaps);
  });

  it('交通运输行政执法程序规定（案件终结）：案卷不齐全不得归档，并写明缺少什么', () => {
    expect(checkFileComplete([])).toBeNull();
    const violation = checkFileComplete(['缺少送达回证']);
    expect(violation).toMatchObject({ code: 'CASE_FILE_INCOMPLETE' });
    expect(violation?.message).toContain('缺少送达回证');
  });

  it('seals the same content to the same digest, and any change to another', () => {
    const seal = {
      caseId: 'c1',
      caseNumber: '清综罚〔2026〕第1号',
      index: [{ seq: 1, title: '立案登记表', pages: '第1页' }],
      documents: [{ code: 'filingRegister', itemId: null, sha256: 'a'.repeat(64) }],
      evidence: [{ id: 'e1', fileSha256: null }],
    };
    expect(sealDigest(seal)).toMatch(/^[0-9a-f]{64}$/);
    expect(sealDigest({ ...seal })).toBe(sealDigest(seal));
    expect(sealDigest({ ...seal, evidence: [{ id: 'e1', fileSha256: 'b'.repeat(64) }] })).not.toBe(
      sealDigest(seal),
    );
  });
});
