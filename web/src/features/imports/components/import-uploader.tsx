import { InboxOutlined } from '@ant-design/icons';
import { Alert, Flex, Radio, Spin, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ApiError, errorMessage, type FieldIssue } from '../../../lib/api-client';
import { importFile, importKindLabels, importKinds, type ImportKind } from '../api';
import { ImportProblemsTable } from '../../../components/import-problems-table';

type Outcome =
  | { kind: 'imported'; count: number; fileName: string }
  | { kind: 'rejected'; message: string; issues: readonly FieldIssue[] };

function ImportOutcome({ outcome, what }: { outcome: Outcome; what: string }) {
  if (outcome.kind === 'imported') {
    return (
      <Alert
        type="success"
        showIcon
        title={`导入成功：${outcome.fileName} 共导入 ${outcome.count} 条${what}记录`}
      />
    );
  }
  return (
    <Flex vertical gap={12}>
      <Alert
        type="error"
        showIcon
        title={outcome.message}
        description="文件未导入，请更正以下问题后重新上传。"
      />
      {outcome.issues.length > 0 && <ImportProblemsTable issues={outcome.issues} />}
    </Flex>
  );
}

/** Upload an XLSX or CSV of officers or agencies; show the count, or every row problem. */
export function ImportUploader() {
  const [kind, setKind] = useState<ImportKind>('officers');
  const [uploading, setUploading] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();

  async function upload(file: File) {
    setUploading(true);
    setOutcome(undefined);
    try {
      const { imported } = await importFile(kind, file);
      setOutcome({ kind: 'imported', count: imported, fileName: file.name });
    } catch (error) {
      const issues = error instanceof ApiError ? error.details : [];
      setOutcome({ kind: 'rejected', message: errorMessage(error), issues });
    } finally {
      setUploading(false);
    }
  }

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Text id="import-kind-label">导入内容：</Typography.Text>
        <Radio.Group
          aria-labelledby="import-kind-label"
          optionType="button"
          buttonStyle="solid"
          value={kind}
          onChange={(event) => {
            setKind(event.target.value as ImportKind);
            setOutcome(undefined);
          }}
          options={importKinds.map((value) => ({ value, label: importKindLabels[value] }))}
        />
      </div>
      <Spin spinning={uploading} description="正在导入…">
        <Upload.Dragger
          accept=".xlsx,.csv"
          showUploadList={false}
          disabled={uploading}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">点击或拖入文件上传{importKindLabels[kind]}名册</p>
          <p className="ant-upload-hint">
            支持 XLSX 或 CSV，第一行为表头；任一行有误时整个文件不导入。
          </p>
        </Upload.Dragger>
      </Spin>
      {outcome && <ImportOutcome outcome={outcome} what={importKindLabels[kind]} />}
    </Flex>
  );
}
