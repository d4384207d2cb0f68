export const roles = [
  'officer',
  'legalReviewer',
  'approver',
  'supervisor',
  'disclosureAdmin',
  'systemAdmin',
] as const;

export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  officer: '执法人员',
  legalReviewer: '法制审核人员',
  approver: '负责人',
  supervisor: '监督人员',
  disclosureAdmin: '公示管理员',
  systemAdmin: '系统管理员',
};
