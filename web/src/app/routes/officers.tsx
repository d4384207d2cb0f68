import { PageHeader } from '../../components/page-header';
import { fetchAgencies } from '../../features/agencies/api';
import { OfficerList } from '../../features/officers/components/officer-list';
import { useMe } from '../../lib/session';
import { useRequest } from '../../lib/use-request';

export function OfficersRoute() {
  const me = useMe();
  const agencies = useRequest(fetchAgencies, []);
  return (
    <>
      <PageHeader title="执法人员" />
      <OfficerList
        agencies={agencies.data?.items ?? []}
        canManage={me.roles.includes('systemAdmin')}
      />
    </>
  );
}
