import { Flex, Select, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useRequest } from '../../../lib/use-request';
import { fetchOfficerChoices, type OfficerChoice } from '../api';
import { certificateStatusColors, certificateStatusLabels } from '../labels';
import { CertificateStatusTag } from './tags';

interface OfficerSelectProps {
  /** Officers of this agency are listed first: the case's own. */
  agencyId: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  id?: string;
}

function OfficerOption({ officer }: { officer: OfficerChoice }) {
  return (
    <Flex vertical style={{ padding: '2px 0' }}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text strong>{officer.name}</Typography.Text>
        <CertificateStatusTag status={officer.certificateStatus} />
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'normal' }}>
        {officer.unitName ? `${officer.agencyName} · ${officer.unitName}` : officer.agencyName}
        {officer.certificateNumber ? ` · 执法证 ${officer.certificateNumber}` : ''}
      </Typography.Text>
    </Flex>
  );
}

/**
 * 执法人员 for a case: several officers, each shown with the standing of the certificate,
 * so an officer whose certificate is suspended or expired is seen before 立案 is refused.
 */
export function OfficerSelect({ agencyId, value, onChange, id }: OfficerSelectProps) {
  const officers = useRequest(fetchOfficerChoices, []);
  const items = useMemo(() => {
    const all = officers.data?.items ?? [];
    const own = (officer: OfficerChoice) => (officer.agencyId === agencyId ? 0 : 1);
    return [...all].sort((a, b) => own(a) - own(b));
  }, [officers.data, agencyId]);
  const byId = new Map(items.map((officer) => [officer.id, officer]));

  return (
    <Select<string[]>
      id={id}
      mode="multiple"
      value={value}
      onChange={onChange}
      loading={officers.loading}
      placeholder="选择执法人员（不少于两人）"
      notFoundContent={officers.error ? officers.error.message : '没有可选的执法人员'}
      showSearch={{ optionFilterProp: 'label' }}
      options={items.map((officer) => ({ value: officer.id, label: officer.name }))}
      optionRender={(option) => {
        const officer = byId.get(String(option.value));
        return officer ? <OfficerOption officer={officer} /> : option.label;
      }}
      tagRender={({ value: officerId, label, closable, onClose }) => {
        const status = byId.get(String(officerId))?.certificateStatus ?? null;
        return (
          <Tag
            color={status ? certificateStatusColors[status] : undefined}
            closable={closable}
            onClose={onClose}
            style={{ marginInlineEnd: 4 }}
          >
            {label}（{status ? certificateStatusLabels[status] : '无执法证'}）
          </Tag>
        );
      }}
      style={{ width: '100%' }}
    />
  );
}
