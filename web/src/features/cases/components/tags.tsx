import { Tag } from 'antd';
import type { CaseStage, CertificateStatus, LeadStatus, RecusalStatus } from '../api';
import {
  caseStageColors,
  caseStageLabels,
  certificateStatusColors,
  certificateStatusLabels,
  leadStatusColors,
  leadStatusLabels,
  recusalStatusColors,
  recusalStatusLabels,
} from '../labels';

export function LeadStatusTag({ status }: { status: LeadStatus }) {
  return <Tag color={leadStatusColors[status]}>{leadStatusLabels[status]}</Tag>;
}

export function CaseStageTag({ stage }: { stage: CaseStage }) {
  return <Tag color={caseStageColors[stage]}>{caseStageLabels[stage]}</Tag>;
}

export function CertificateStatusTag({ status }: { status: CertificateStatus | null }) {
  if (status === null) return <Tag>无执法证</Tag>;
  return <Tag color={certificateStatusColors[status]}>{certificateStatusLabels[status]}</Tag>;
}

export function RecusalStatusTag({ status }: { status: RecusalStatus }) {
  return <Tag color={recusalStatusColors[status]}>{recusalStatusLabels[status]}</Tag>;
}
