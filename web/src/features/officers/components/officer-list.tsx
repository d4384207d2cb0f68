import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useRequest } from '../../../lib/use-request';
import {
  certificateStatuses,
  fetchOfficers,
  type CertificateStatus,
  type OfficerFilters,
} from '../api';
import { OfficerCreateModal, type AgencyWithUnits } from './officer-create-modal';
import { OfficerFilterBar, type OfficerFilterValues } from './officer-filter-bar';
import { OfficerTable } from './officer-table';

const defaultPageSize = 20;

function isCertificateStatus(value: string | null): value is CertificateStatus {
  return certificateStatuses.some((status) => status === value);
}

/** The filters live in the address, so a to-do item or a colleague can link to a view. */
function readFilters(params: URLSearchParams): OfficerFilters {
  const status = params.get('certificateStatus');
  return {
    agencyId: params.get('agencyId') ?? undefined,
    q: params.get('q') ?? undefined,
    certificateStatus: isCertificateStatus(status) ? status : undefined,
    page: Number(params.get('page')) || 1,
    pageSize: Number(params.get('pageSize')) || defaultPageSize,
  };
}

interface OfficerListProps {
  agencies: readonly AgencyWithUnits[];
  canManage: boolean;
}

export function OfficerList({ agencies, canManage }: OfficerListProps) {
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  const filters = readFilters(params);
  const officers = useRequest(() => fetchOfficers(filters), [params.toString()]);

  function update(change: Record<string, string | number | undefined>) {
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(change)) {
        if (value === undefined || value === '') next.delete(key);
        else next.set(key, String(value));
      }
      return next;
    });
  }

  const changeFilters = (change: OfficerFilterValues) => update({ ...change, page: undefined });

  return (
    <>
      <Flex justify="space-between" align="start" gap={8} wrap>
        <div style={{ flex: '1 1 480px' }}>
          <OfficerFilterBar agencies={agencies} value={filters} onChange={changeFilters} />
        </div>
        {canManage && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            style={{ marginBottom: 16 }}
          >
            新增执法人员
          </Button>
        )}
      </Flex>
      {officers.error && (
        <Alert type="error" showIcon title={officers.error.message} style={{ marginBottom: 16 }} />
      )}
      <OfficerTable
        officers={officers.data?.items ?? []}
        loading={officers.loading}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: officers.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => `共 ${total} 人`,
          onChange: (page, pageSize) => update({ page, pageSize }),
        }}
      />
      <OfficerCreateModal
        open={creating}
        agencies={agencies}
        onClose={() => setCreating(false)}
        onCreated={(officer) => navigate(`/officers/${officer.id}`)}
      />
    </>
  );
}
