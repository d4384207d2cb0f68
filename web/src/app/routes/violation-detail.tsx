import { Button } from 'antd';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { ViolationDetailView } from '../../features/catalogue/components/violation-detail';

export function ViolationDetailRoute() {
  const { code = '' } = useParams();
  return (
    <>
      <PageHeader
        title={`违法行为 ${code}`}
        actions={
          <Link to="/violations">
            <Button>返回目录</Button>
          </Link>
        }
      />
      <ViolationDetailView code={code} />
    </>
  );
}
