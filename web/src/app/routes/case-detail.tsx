import { useParams } from 'react-router';
import { CaseDetail } from '../../features/cases/components/case-detail';
import { hasAnyRole } from '../../lib/roles';
import { useMe } from '../../lib/session';
import { pageRoles } from '../navigation';

export function CaseDetailRoute() {
  const me = useMe();
  const { caseId = '' } = useParams();
  return (
    <CaseDetail
      key={caseId}
      caseId={caseId}
      canHandle={me.roles.includes('officer')}
      canApprove={me.roles.includes('approver')}
      canSeeRecords={hasAnyRole(me.roles, pageRoles.records)}
      myOfficerId={me.officerId}
    />
  );
}
