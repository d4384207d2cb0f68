import { AppError } from './app-error.js';
import type { Role } from './role.js';

/** Everything a user may be allowed to do, and which roles allow it. */
const grants = {
  'agency.read': 'anyone',
  'agency.manage': ['systemAdmin'],
  'officer.read': 'anyone',
  'officer.manage': ['systemAdmin'],
  'user.read': ['systemAdmin'],
  'user.manage': ['systemAdmin'],
  'record.read': ['supervisor', 'approver', 'legalReviewer', 'systemAdmin'],
  'calendar.read': 'anyone',
  'calendar.manage': ['systemAdmin'],
  /** 法律法规库: statute texts are public. */
  'law.read': 'anyone',
  'import.run': ['systemAdmin'],
  'backup.run': ['systemAdmin'],
  'case.read': 'anyone',
  'case.handle': ['officer'],
  'case.approve': ['approver'],
  /** 法制审核 (行政处罚法第五十八条). */
  'case.legalReview': ['legalReviewer'],
  'lead.readReporter': ['approver', 'supervisor'],
  /** 督办: officers see the deadlines of their own cases, the others of their whole scope. */
  'supervision.read': ['officer', 'legalReviewer', 'approver', 'supervisor'],
  'supervision.readScope': ['legalReviewer', 'approver', 'supervisor'],
  'documentTemplate.read': ['systemAdmin', 'supervisor'],
  'documentTemplate.manage': ['systemAdmin'],
  /** 预编号当场处罚决定书 issued to officers in numbered ranges. */
  'formNumber.issue': ['approver', 'systemAdmin'],
  'case.archive': ['officer', 'approver'],
  /** 备注: the one addition a sealed case file still takes. */
  'case.annotate': ['officer', 'approver', 'legalReviewer', 'supervisor'],
  /** 执法事项目录: the violation catalogue, 裁量基准 and the 不予/从轻/减轻 lists. */
  'catalogue.read': 'anyone',
  'catalogue.manage': ['systemAdmin', 'legalReviewer'],
  /** 电子技术监控设备: the registry, its reviews, calibrations, status and station tokens. */
  'device.read': 'anyone',
  'device.manage': ['systemAdmin'],
  /** 法制审核 of a device is the legal reviewers'; 技术审核 is entered by the administrators. */
  'device.legalReview': ['legalReviewer'],
  /** 检测记录, the station dashboard and per-plate history. */
  'detection.read': 'anyone',
  /** 复核 of the leads 初筛 made (行政处罚法第四十一条第二款). */
  'lead.recheck': ['officer', 'legalReviewer'],
  /** 一超四罚: the counters, and 抄告 to the home authority. */
  'overlimit.read': ['officer', 'approver', 'supervisor', 'legalReviewer'],
  'overlimit.copyNotice': ['officer', 'approver'],
} as const satisfies Record<string, 'anyone' | readonly Role[]>;

export type Permission = keyof typeof grants;

export function isAllowed(userRoles: readonly Role[], permission: Permission): boolean {
  const allowed: 'anyone' | readonly Role[] = grants[permission];
  return allowed === 'anyone' || userRoles.some((role) => allowed.includes(role));
}

export function assertAllowed(userRoles: readonly Role[], permission: Permission): void {
  if (!isAllowed(userRoles, permission)) {
    throw new AppError('FORBIDDEN', '您的角色无权进行此操作。如需权限，请联系系统管理员。');
  }
}
