export {
  enforcementCategoryLabels as categoryLabels,
  certificateStandingLabels as certificateStatusLabels,
} from '@domain/certificate.js';
import type { CertificateStatus } from './api';

/** antd Tag colours; 'default' is the grey tag. */
export const certificateStatusColors: Record<CertificateStatus, string> = {
  valid: 'green',
  expiringSoon: 'orange',
  expired: 'red',
  suspended: 'volcano',
  revoked: 'default',
  unverified: 'gold',
  notYetValid: 'blue',
};
