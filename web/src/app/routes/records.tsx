import { Flex } from 'antd';
import { PageHeader } from '../../components/page-header';
import { ChainVerification } from '../../features/records/components/chain-verification';
import { RecordViewer } from '../../features/records/components/record-viewer';

export function RecordsRoute() {
  return (
    <>
      <PageHeader title="全过程记录" />
      <Flex vertical gap={16}>
        <ChainVerification />
        <RecordViewer />
      </Flex>
    </>
  );
}
