import { Flex, Input, Select } from 'antd';
import { AgencyTreeSelect, type AgencyChoice } from '../../../components/agency-tree-select';
import { certificateStatuses, type CertificateStatus } from '../api';
import { certificateStatusLabels } from '../labels';

export interface OfficerFilterValues {
  agencyId?: string;
  q?: string;
  certificateStatus?: CertificateStatus;
}

interface OfficerFilterBarProps {
  agencies: readonly AgencyChoice[];
  value: OfficerFilterValues;
  onChange: (change: OfficerFilterValues) => void;
}

const statusOptions = certificateStatuses.map((status) => ({
  value: status,
  label: certificateStatusLabels[status],
}));

const fieldStyle = { flex: '1 1 200px', minWidth: 0 };

export function OfficerFilterBar({ agencies, value, onChange }: OfficerFilterBarProps) {
  return (
    <Flex wrap gap={8} style={{ marginBottom: 16 }}>
      <AgencyTreeSelect
        aria-label="所属机构"
        agencies={agencies}
        placeholder="全部机构"
        value={value.agencyId}
        onChange={(agencyId) => onChange({ agencyId })}
        style={fieldStyle}
      />
      <Input.Search
        aria-label="搜索"
        placeholder="姓名、身份证号或执法证号"
        defaultValue={value.q}
        allowClear
        enterButton="搜索"
        onSearch={(q) => onChange({ q: q.trim() })}
        style={fieldStyle}
      />
      <Select<CertificateStatus>
        aria-label="证件状态"
        placeholder="全部证件状态"
        options={statusOptions}
        value={value.certificateStatus}
        onChange={(certificateStatus) => onChange({ certificateStatus })}
        allowClear
        style={fieldStyle}
      />
    </Flex>
  );
}
