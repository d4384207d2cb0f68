import { describe, expect, it } from 'vitest';
import {
  serviceDate,
  serviceViolations,
  type AddressConsent,
  type ServiceAttempt,
  type ServiceFacts,
} from './service.js';

const consent: AddressConsent = {
  consentsToElectronic: true,
  electronicAddresses: [{ channel: 'email', address: 'wangwu@example.cn' }],
};
const facts: ServiceFacts = { consent, failedAttempts: 0, documentIssuedOn: '2026-03-02' };
const direct: ServiceAttempt = { method: 'direct', outcome: 'served', actedOn: '2026-03-02' };

function codes(attempt: Partial<ServiceAttempt>, change: Partial<ServiceFacts> = {}) {
  return serviceViolations({ ...direct, ...attempt }, { ...facts, ...change }).map((v) => v.code);
}

describe('送达方式的法定条件', () => {
  it.each<[string, Partial<ServiceAttempt>, Partial<ServiceFacts>, string[]]>([
    ['直接送达，当事人签收', {}, {}, []],
    [
      '电子送达到确认书载明的邮箱',
      { method: 'electronic', electronicAddress: consent.electronicAddresses[0] },
      {},
      [],
    ],
    ['留置送达，有见证人', { method: 'leftAtAddress', witnesses: ['村委会主任李四'] }, {}, []],
    [
      '留置送达，无见证人但有录像',
      { method: 'leftAtAddress', witnesses: [], recordingEvidenceId: 'e1' },
      {},
      [],
    ],
    ['邮寄送达被退回后公告送达', { method: 'publicNotice' }, { failedAttempts: 1 }, []],
  ])('%s：准予登记', (_name, attempt, change, expected) => {
    expect(codes(attempt, change)).toEqual(expected);
  });

  it.each<[string, Partial<ServiceAttempt>, Partial<ServiceFacts>, string]>([
    [
      '行政处罚法第六十一条第二款：没有送达地址确认书，不得电子送达',
      { method: 'electronic', electronicAddress: consent.electronicAddresses[0] },
      { consent: null },
      'ELECTRONIC_SERVICE_WITHOUT_CONSENT',
    ],
    [
      '行政处罚法第六十一条第二款：确认书未同意电子送达，不得电子送达',
      { method: 'electronic', electronicAddress: consent.electronicAddresses[0] },
      { consent: { consentsToElectronic: false, electronicAddresses: [] } },
      'ELECTRONIC_SERVICE_WITHOUT_CONSENT',
    ],
    [
      '行政处罚法第六十一条第二款：只能发送到确认书载明的地址',
      { method: 'electronic', electronicAddress: { channel: 'sms', address: '13900000000' } },
      {},
      'ELECTRONIC_SERVICE_ADDRESS_NOT_CONFIRMED',
    ],
    [
      '民事诉讼法第八十九条：留置送达既无见证人又无录像',
      { method: 'leftAtAddress', witnesses: [] },
      {},
      'LEFT_AT_ADDRESS_WITHOUT_WITNESS',
    ],
    [
      '民事诉讼法第九十五条：未先用其他方式送达即公告送达',
      { method: 'publicNotice' },
      {},
      'PUBLIC_NOTICE_BEFORE_OTHER_METHODS',
    ],
    [
      '行政处罚法第六十一条：文书作出前不能送达',
      { actedOn: '2026-03-01' },
      {},
      'SERVICE_BEFORE_DOCUMENT_ISSUED',
    ],
  ])('%s', (_name, attempt, change, expected) => {
    const found = serviceViolations({ ...direct, ...attempt }, { ...facts, ...change });
    expect(found.map((v) => v.code)).toEqual([expected]);
    expect(found[0]?.message).toContain(found[0]?.article);
  });
});

describe('送达日期', () => {
  it.each<[string, ServiceAttempt, string | null]>([
    ['直接送达：签收之日', direct, '2026-03-02'],
    [
      '民事诉讼法第九十一条：邮寄送达以回执上注明的收件日期为送达日期',
      { method: 'post', outcome: 'served', actedOn: '2026-03-02', receivedOn: '2026-03-05' },
      '2026-03-05',
    ],
    [
      '交通运输行政执法程序规定：电子送达以系统显示发送成功之日为送达日期',
      { method: 'electronic', outcome: 'served', actedOn: '2026-03-03' },
      '2026-03-03',
    ],
    [
      '民事诉讼法第九十五条：公告送达自发出公告之日起经过三十日视为送达',
      { method: 'publicNotice', outcome: 'served', actedOn: '2026-03-10' },
      '2026-04-09',
    ],
    [
      '未送达成功的，没有送达日期',
      { method: 'post', outcome: 'failed', actedOn: '2026-03-02' },
      null,
    ],
  ])('%s', (_name, attempt, expected) => {
    expect(serviceDate(attempt)).toBe(expected);
  });
});
