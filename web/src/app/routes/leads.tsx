import { PageHeader } from '../../components/page-header';
import { LeadList } from '../../features/cases/components/lead-list';
import { hasAnyRole } from '../../lib/roles';
import { useMe } from '../../lib/session';
import { pageRoles } from '../navigation';

export function LeadsRoute() {
  const me = useMe();
  return (
    <>
      <PageHeader title="线索" />
      <LeadList canRecord={hasAnyRole(me.roles, pageRoles.leadNew)} />
    </>
  );
}
