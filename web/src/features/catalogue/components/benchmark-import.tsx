import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Upload } from 'antd';
import { useState } from 'react';
import { ImportProblemsTable } from '../../../components/import-problems-table';
import { ApiError, errorMessage, type FieldIssue } from '../../../lib/api-client';
import { importBenchmarks } from '../api';

type Outcome =
  | { kind: 'imported'; count: number; fileName: string }
  | { kind: 'rejected'; message: string; issues: readonly FieldIssue[] };

/** Uploads a benchmark sheet: every benchmark becomes a new draft, or every wrong row is shown. */
export function BenchmarkImport({ onImported }: { onImported: () => void }) {
  const [uploading, setUploading] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();

  async function upload(file: File) {
    setUploading(true);
    setOutcome(undefined);
    try {
      const imported = await importBenchmarks(file);
      setOutcome({ kind: 'imported', count: imported.length, fileName: file.name });
      onImported();
    } catch (error) {
      const issues = error instanceof ApiError ? error.details : [];
      setOutcome({ kind: 'rejected', message: errorMessage(error), issues });
    } finally {
      setUploading(false);
    }
  }

  return (
    <Flex vertical gap={12}>
      <Upload
        accept=".xlsx"
        showUploadList={false}
        disabled={uploading}
        beforeUpload={(file) => {
          void upload(file);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={uploading}>
          导入 Excel
        </Button>
      </Upload>
      {outcome?.kind === 'imported' && (
        <Alert
          type="success"
          showIcon
          closable
          title={`${outcome.fileName}：已登记 ${outcome.count} 个裁量基准草稿，核对后请逐个发布`}
        />
      )}
      {outcome?.kind === 'rejected' && (
        <>
          <Alert
            type="error"
            showIcon
            title={outcome.message}
            description="文件未导入，请更正以下问题后重新上传。"
          />
          {outcome.issues.length > 0 && <ImportProblemsTable issues={outcome.issues} />}
        </>
      )}
    </Flex>
  );
}
