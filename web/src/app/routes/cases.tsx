import { PageHeader } from '../../components/page-header';
import { fetchAgencies } from '../../features/agencies/api';
import { CaseList } from '../../features/cases/components/case-list';
import { useMe } from '../../lib/session';
import { useRequest } from '../../lib/use-request';

export function CasesRoute() {
  const me = useMe();
  const agencies = useRequest(fetchAgencies, []);
  return (
    <>
      <PageHeader title="案件" />
      <CaseList agencies={agencies.data?.items ?? []} myOfficerId={me.officerId} />
    </>
  );
}
