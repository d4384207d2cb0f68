import { useParams } from 'react-router';
import { OfficerDetail } from '../../features/officers/components/officer-detail';
import { hasAnyRole } from '../../lib/roles';
import { useMe } from '../../lib/session';
import { NoAccess } from '../guards';
import { pageRoles } from '../navigation';

/** Open to those who may see officers, and to every officer for their own record. */
export function OfficerDetailRoute() {
  const me = useMe();
  const { officerId = '' } = useParams();
  if (!hasAnyRole(me.roles, pageRoles.officers) && me.officerId !== officerId) return <NoAccess />;
  return <OfficerDetail officerId={officerId} canManage={me.roles.includes('systemAdmin')} />;
}
