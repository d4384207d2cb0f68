import { Table, type TablePaginationConfig } from 'antd';
import { Link } from 'react-router';
import type { OfficerSummary } from '../api';
import { CertificateStatusTag } from './certificate-status-tag';

interface OfficerTableProps {
  officers: readonly OfficerSummary[];
  loading: boolean;
  pagination: TablePaginationConfig;
}

export function OfficerTable({ officers, loading, pagination }: OfficerTableProps) {
  return (
    <Table<OfficerSummary>
      rowKey="id"
      dataSource={officers}
      loading={loading}
      pagination={pagination}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: '没有符合条件的执法人员' }}
      columns={[
        {
          title: '姓名',
          dataIndex: 'name',
          render: (name: string, officer) => <Link to={`/officers/${officer.id}`}>{name}</Link>,
        },
        { title: '所属机构', dataIndex: 'agencyName' },
        { title: '内设机构', dataIndex: 'unitName', render: (name: string | null) => name ?? '—' },
        { title: '身份证号', dataIndex: 'idNumberMasked' },
        {
          title: '执法证号',
          dataIndex: 'certificateNumber',
          render: (number: string | null) => number ?? '—',
        },
        {
          title: '证件状态',
          dataIndex: 'certificateStatus',
          render: (_, officer) => <CertificateStatusTag status={officer.certificateStatus} />,
        },
        {
          title: '有效期至',
          dataIndex: 'certificateValidTo',
          render: (date: string | null) => date ?? '—',
        },
      ]}
    />
  );
}
