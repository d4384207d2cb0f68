import { useParams } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { LeadDetail } from '../../features/cases/components/lead-detail';
import { hasAnyRole } from '../../lib/roles';
import { useMe } from '../../lib/session';
import { pageRoles } from '../navigation';

export function LeadDetailRoute() {
  const me = useMe();
  const { leadId = '' } = useParams();
  return (
    <>
      <PageHeader title="线索" />
      <LeadDetail
        key={leadId}
        leadId={leadId}
        canHandle={me.roles.includes('officer')}
        canApprove={me.roles.includes('approver')}
        canSeeRecords={hasAnyRole(me.roles, pageRoles.records)}
        myOfficerId={me.officerId}
      />
    </>
  );
}
