import { PageHeader } from '../../components/page-header';
import { TemplateAdmin } from '../../features/templates/components/template-admin';
import { useMe } from '../../lib/session';

export function TemplatesRoute() {
  const me = useMe();
  return (
    <>
      <PageHeader title="文书模板" />
      <TemplateAdmin myAgencyId={me.agencyId} canManage={me.roles.includes('systemAdmin')} />
    </>
  );
}
