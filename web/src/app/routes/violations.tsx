import { Card } from 'antd';
import { PageHeader } from '../../components/page-header';
import { ViolationList } from '../../features/catalogue/components/violation-list';

export function ViolationsRoute() {
  return (
    <>
      <PageHeader title="违法行为目录" />
      <Card>
        <ViolationList />
      </Card>
    </>
  );
}
