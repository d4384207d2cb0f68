import type { Category, CertificateStatus } from './api';

export const certificateStatusLabels: Record<CertificateStatus, string> = {
  valid: '有效',
  expiringSoon: '即将到期',
  expired: '已过期',
  suspended: '暂扣',
  revoked: '注销',
  unverified: '未年审',
};

/** antd Tag colours; 'default' is the grey tag. */
export const certificateStatusColors: Record<CertificateStatus, string> = {
  valid: 'green',
  expiringSoon: 'orange',
  expired: 'red',
  suspended: 'volcano',
  revoked: 'default',
  unverified: 'gold',
};

export const categoryLabels: Record<Category, string> = {
  roadAdministration: '路政',
  transportAdministration: '运政',
  portAndShipping: '港航',
  qualitySupervision: '质监',
  comprehensive: '综合',
  maritime: '海事',
};
