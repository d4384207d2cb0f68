import { caseActLabel } from '@domain/case/case-timeline.js';
import type { RecordObjectType } from './api';

export const objectTypeLabels: Record<RecordObjectType, string> = {
  agency: '执法机构',
  unit: '内设机构',
  officer: '执法人员',
  certificate: '执法证',
  user: '用户',
  workdaySchedule: '工作日历',
  import: '数据导入',
  backup: '数据备份',
  lead: '线索',
  case: '案件',
  recusal: '回避申请',
  documentTemplate: '文书模板',
  formNumberRange: '预编号决定书号段',
  summaryDecision: '当场处罚决定',
};

const actionLabels: Record<string, string> = {
  create: '创建',
  update: '修改',
  delete: '删除',
  lock: '锁定',
  unlock: '解锁',
  resetPassword: '重置密码',
  changePassword: '修改密码',
  login: '登录',
  logout: '退出登录',
  loginFailed: '登录失败',
  lockAfterFailures: '多次失败临时锁定',
  import: '导入',
  importAgencies: '导入机构',
  importOfficers: '导入执法人员',
  load: '加载节假日安排',
  download: '下载备份',
  publish: '发布模板版本',
  revert: '恢复模板版本',
  generateDocument: '生成文书',
  issueRange: '发放号段',
  voidNumber: '作废编号',
  decideSummary: '当场处罚决定',
  fileSummary: '当场处罚决定备案',
  'status:valid': '恢复执法证',
  'status:suspended': '暂扣执法证',
  'status:revoked': '注销执法证',
};

/** Objects whose acts the case timeline already names; one table serves both views. */
const caseObjectTypes = new Set(['case', 'lead', 'recusal']);

/** Unknown actions are shown as recorded, so nothing is hidden from a reviewer. */
export function actionLabel(objectType: string, action: string): string {
  if (caseObjectTypes.has(objectType)) return caseActLabel(objectType, action);
  return actionLabels[action] ?? action;
}

const fieldLabels: Record<string, string> = {
  name: '名称',
  shortName: '简称',
  kind: '类别',
  regionCode: '行政区划代码',
  address: '地址',
  phone: '电话',
  parentId: '上级机构',
  agencyId: '所属机构',
  unitId: '内设机构',
  officerId: '执法人员',
  idNumber: '身份证号',
  username: '用户名',
  displayName: '姓名',
  roles: '角色',
  locked: '已锁定',
  status: '状态',
  number: '执法证号',
  issuer: '发证机关',
  categories: '执法门类',
  areaCodes: '执法区域代码',
  areaName: '执法区域',
  validFrom: '有效期起',
  validTo: '有效期至',
  lastVerifiedYear: '年审年度',
  year: '年度',
  holidays: '法定节假日',
  makeupWorkdays: '调休上班日',
  imported: '导入条数',
  source: '案件来源',
  receivedAt: '受案时间',
  cause: '案由',
  summary: '案件基本情况',
  place: '违法地点',
  areaCode: '行政区划代码',
  reporter: '举报人',
  category: '执法门类',
  actAreaCode: '违法行为发生地',
  actEndDate: '违法行为（终了）日期',
  discoveryDate: '发现日期',
  harmCategory: '危害后果',
  limitationException: '时效例外依据',
  party: '当事人',
  officerIds: '执法人员',
  caseNumber: '案号',
  filingDate: '立案日期',
  filingApprovedBy: '立案审批人',
  stage: '阶段',
  reason: '理由',
  caseId: '案件',
  requestedBy: '申请人',
  granted: '同意',
  before: '修改前',
  after: '修改后',
  code: '文书代码',
  version: '版本',
  note: '修改说明',
  revertedFrom: '恢复自版本',
  contentDigest: '模板内容摘要',
  itemId: '文书份次',
  templateVersion: '模板版本',
  format: '格式',
  sha256: '文件指纹',
  size: '文件大小',
};

/** Field names in a change, in Chinese where known. */
export function fieldLabel(field: string): string {
  return fieldLabels[field] ?? field;
}
