import { Tag } from 'antd';
import type { CertificateStatus } from '../api';
import { certificateStatusColors, certificateStatusLabels } from '../labels';

export function CertificateStatusTag({ status }: { status: CertificateStatus | null }) {
  if (status === null) return <Tag>无执法证</Tag>;
  return <Tag color={certificateStatusColors[status]}>{certificateStatusLabels[status]}</Tag>;
}
