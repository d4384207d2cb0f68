import { PageHeader } from '../../components/page-header';
import { fetchAgencies } from '../../features/agencies/api';
import { UserManagement } from '../../features/users/components/user-management';
import { useRequest } from '../../lib/use-request';

export function UsersRoute() {
  const agencies = useRequest(fetchAgencies, []);
  return (
    <>
      <PageHeader title="用户与角色" />
      <UserManagement agencies={agencies.data?.items ?? []} />
    </>
  );
}
