import type { DocumentTemplate } from './document-template.schemas.js';
import {
  conditionFields,
  mergeFields,
  resolveField,
  type DocumentData,
} from './document-template.js';

/**
 * Made-up case data for previewing the built-in templates: a citizen who ran a freight service
 * without a road-transport licence. Values are display-ready, as the case service prepares them.
 */
export const sampleFilingData: DocumentData = {
  case: {
    number: '临交罚〔2026〕第17号',
    cause: '涉嫌未取得道路运输经营许可，擅自从事道路普通货物运输经营',
  },
  filing: {
    source: 'inspection',
    receivedAt: '2026年3月2日9时30分',
    summary:
      '2026年3月2日，执法人员在G228国道临海大田检查站对浙J·5K321号轻型厢式货车进行检查，发现该车运载家具一批，驾驶人张晓明未能出示道路运输证和道路运输经营许可证，涉嫌未取得道路运输经营许可擅自从事道路普通货物运输经营。',
    unitOpinion: '建议立案调查。',
    unitOpinionDate: '2026年3月2日',
    headOpinion: '同意立案，由李建国、陈静负责调查。',
    headOpinionDate: '2026年3月3日',
  },
  party: {
    isPerson: true,
    isOrganisation: false,
    name: '张晓明',
    gender: '男',
    age: 37,
    idNumber: '33108219880615231X',
    phone: '138 5765 4321',
    address: '浙江省临海市古城街道紫阳街88号',
  },
};

export const sampleNoticeData: DocumentData = {
  case: { number: '临交罚〔2026〕第17号' },
  agency: {
    name: '临海市交通运输局',
    address: '浙江省临海市大洋街道东方大道599号',
  },
  party: { name: '张晓明' },
  notice: {
    facts:
      '于2026年3月2日驾驶浙J·5K321号轻型厢式货车，在未取得道路运输经营许可的情况下，为他人有偿运输家具，从事道路普通货物运输经营',
    evidence: ['现场笔录', '询问笔录', '现场照片6张', '运费收款记录'],
    violatedProvision: '《中华人民共和国道路运输条例》第二十四条',
    penaltyBasis: '《中华人民共和国道路运输条例》第六十三条第（一）项',
    proposedPenalty: '责令停止经营，并处罚款人民币5000元',
    statementPeriod: '三日',
    hearingRight: true,
    contactPerson: '李建国',
    contactPhone: '0576-8531 2328',
    issuedDate: '2026年3月20日',
  },
};

const sampleDataByCode: Readonly<Record<string, DocumentData>> = {
  filingRegister: sampleFilingData,
  violationNotice: sampleNoticeData,
};

/** Sets `path` in nested objects, creating them; a path through a non-object value is left. */
function setField(data: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop() ?? '';
  let current: Record<string, unknown> = data;
  for (const key of keys) {
    const next = current[key] ?? {};
    if (typeof next !== 'object' || next === null || Array.isArray(next)) return;
    current[key] = next;
    current = next as Record<string, unknown>;
  }
  current[last] = value;
}

/**
 * Data to preview a template with: the sample case of its code, where there is one, and for
 * every field it lacks the field's own path as 〔path〕 and `true` for every condition, so that
 * the preview shows every block an administrator wrote and names what each blank would hold.
 */
export function previewData(template: DocumentTemplate): DocumentData {
  const data = structuredClone(sampleDataByCode[template.code] ?? {}) as Record<string, unknown>;
  const conditions = new Set(conditionFields(template));
  for (const path of mergeFields(template)) {
    if (resolveField(data, path) !== undefined) continue;
    setField(data, path, conditions.has(path) ? true : `〔${path}〕`);
  }
  return data;
}
