import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../lib/api-client';
import { verifyRecordChain, type ChainVerification as Verification } from '../api';

function VerificationResult({ result }: { result: Verification }) {
  if (result.ok) {
    return <Alert type="success" showIcon title={`记录链完整，已校验 ${result.checked} 条记录`} />;
  }
  return (
    <Alert
      type="error"
      showIcon
      title={`记录链在第 ${result.firstBrokenSeq ?? '?'} 条处断开`}
      description={result.reason ?? `已校验 ${result.checked} 条记录`}
    />
  );
}

/** Recompute the hash chain over the whole log and say whether anything was altered. */
export function ChainVerification() {
  const [result, setResult] = useState<Verification>();
  const [verifying, setVerifying] = useState(false);
  const { message } = App.useApp();

  async function verify() {
    setVerifying(true);
    try {
      setResult(await verifyRecordChain());
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setVerifying(false);
    }
  }

  return (
    <Flex vertical gap={12}>
      <div>
        <Button icon={<SafetyCertificateOutlined />} loading={verifying} onClick={verify}>
          校验记录链
        </Button>
      </div>
      {result && (
        <div role="status">
          <VerificationResult result={result} />
        </div>
      )}
    </Flex>
  );
}
