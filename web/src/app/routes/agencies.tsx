import { PageHeader } from '../../components/page-header';
import { AgencyBrowser } from '../../features/agencies/components/agency-browser';
import { useMe } from '../../lib/session';

export function AgenciesRoute() {
  const me = useMe();
  return (
    <>
      <PageHeader title="组织机构" />
      <AgencyBrowser canManage={me.roles.includes('systemAdmin')} />
    </>
  );
}
