import { Card, Descriptions } from 'antd';
import type { Officer } from '../api';
import { CertificateStatusTag } from './certificate-status-tag';

export function OfficerProfile({ officer }: { officer: Officer }) {
  return (
    <Card title="基本信息">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 3 }}
        items={[
          { key: 'name', label: '姓名', children: officer.name },
          { key: 'agency', label: '所属机构', children: officer.agencyName },
          { key: 'unit', label: '内设机构', children: officer.unitName ?? '—' },
          { key: 'idNumber', label: '身份证号', children: officer.idNumberMasked },
          { key: 'phone', label: '手机号', children: officer.phone ?? '—' },
          {
            key: 'status',
            label: '证件状态',
            children: <CertificateStatusTag status={officer.certificateStatus} />,
          },
        ]}
      />
    </Card>
  );
}
