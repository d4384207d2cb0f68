import { Card } from 'antd';
import { PageHeader } from '../../components/page-header';
import { ImportUploader } from '../../features/imports/components/import-uploader';

export function ImportsRoute() {
  return (
    <>
      <PageHeader title="数据导入" />
      <Card>
        <ImportUploader />
      </Card>
    </>
  );
}
