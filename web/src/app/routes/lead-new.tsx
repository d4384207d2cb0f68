import { App } from 'antd';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { fetchAgencies } from '../../features/agencies/api';
import { LeadForm } from '../../features/cases/components/lead-form';
import { useMe } from '../../lib/session';
import { useRequest } from '../../lib/use-request';

export function LeadNewRoute() {
  const me = useMe();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const agencies = useRequest(fetchAgencies, []);
  return (
    <>
      <PageHeader title="线索登记" />
      {/* The form sets its defaults once, so it waits for the agencies. */}
      {agencies.data || agencies.error ? (
        <LeadForm
          agencies={agencies.data?.items ?? []}
          defaultAgencyId={me.agencyId}
          onCreated={(lead) => {
            message.success('线索已登记');
            navigate(`/leads/${lead.id}`);
          }}
        />
      ) : null}
    </>
  );
}
