import { Card } from 'antd';
import { PageHeader } from '../../components/page-header';
import { BenchmarkAdmin } from '../../features/catalogue/components/benchmark-admin';
import { hasAnyRole } from '../../lib/roles';
import { useMe } from '../../lib/session';
import { pageRoles } from '../navigation';

export function BenchmarksRoute() {
  const me = useMe();
  return (
    <>
      <PageHeader title="裁量基准" />
      <Card>
        <BenchmarkAdmin canManage={hasAnyRole(me.roles, pageRoles.catalogueManage)} />
      </Card>
    </>
  );
}
