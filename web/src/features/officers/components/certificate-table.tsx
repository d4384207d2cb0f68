import { Button, Space, Table, Tag } from 'antd';
import type { Certificate } from '../api';
import { categoryLabels } from '../labels';
import { CertificateStatusTag } from './certificate-status-tag';

export type CertificateAction = 'verify' | 'suspend' | 'restore' | 'revoke';

interface CertificateTableProps {
  certificates: readonly Certificate[];
  /** Absent when the user may only look. */
  onAction?: (certificate: Certificate, action: CertificateAction) => void;
}

function CertificateActions({
  certificate,
  onAction,
}: {
  certificate: Certificate;
  onAction: NonNullable<CertificateTableProps['onAction']>;
}) {
  if (certificate.status === 'revoked') return null;
  return (
    <Space size={0} wrap>
      <Button type="link" size="small" onClick={() => onAction(certificate, 'verify')}>
        登记年审
      </Button>
      {certificate.status === 'suspended' ? (
        <Button type="link" size="small" onClick={() => onAction(certificate, 'restore')}>
          恢复
        </Button>
      ) : (
        <Button type="link" size="small" onClick={() => onAction(certificate, 'suspend')}>
          暂扣
        </Button>
      )}
      <Button type="link" size="small" danger onClick={() => onAction(certificate, 'revoke')}>
        注销
      </Button>
    </Space>
  );
}

export function CertificateTable({ certificates, onAction }: CertificateTableProps) {
  return (
    <Table<Certificate>
      rowKey="id"
      size="small"
      dataSource={certificates}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: '尚无执法证' }}
      columns={[
        { title: '执法证号', dataIndex: 'number' },
        { title: '发证机关', dataIndex: 'issuer' },
        {
          title: '执法门类',
          dataIndex: 'categories',
          render: (_, certificate) =>
            certificate.categories.map((category) => (
              <Tag key={category}>{categoryLabels[category]}</Tag>
            )),
        },
        {
          title: '执法区域',
          dataIndex: 'areaName',
          render: (_, certificate) =>
            `${certificate.areaName}（${certificate.areaCodes.join('、')}）`,
        },
        {
          title: '有效期',
          dataIndex: 'validTo',
          render: (_, certificate) => `${certificate.validFrom} 至 ${certificate.validTo}`,
        },
        {
          title: '年审年度',
          dataIndex: 'lastVerifiedYear',
          render: (year: number | null) => (year === null ? '—' : `${year} 年`),
        },
        {
          title: '状态',
          dataIndex: 'computedStatus',
          render: (_, certificate) => <CertificateStatusTag status={certificate.computedStatus} />,
        },
        ...(onAction
          ? [
              {
                title: '操作',
                key: 'actions',
                render: (_: unknown, certificate: Certificate) => (
                  <CertificateActions certificate={certificate} onAction={onAction} />
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
