import { FilePdfOutlined, FileWordOutlined, HistoryOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Empty,
  Flex,
  Grid,
  List,
  Modal,
  Spin,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { formatInstant } from '../../../lib/date-time';
import { useRequest } from '../../../lib/use-request';
import {
  caseDocumentUrl,
  fetchCaseDocuments,
  fetchGeneratedDocuments,
  type CaseDocument,
  type DocumentFormat,
  type GeneratedDocument,
} from '../documents-api';

const FINGERPRINT_LENGTH = 12;
const formatNames: Record<DocumentFormat, string> = { pdf: 'PDF', docx: 'DOCX' };

/** Documents of one title (the 询问笔录 of several people, say), in the order listed. */
function groupByTitle(documents: readonly CaseDocument[]): CaseDocument[][] {
  const groups = new Map<string, CaseDocument[]>();
  for (const document of documents) {
    groups.set(document.title, [...(groups.get(document.title) ?? []), document]);
  }
  return [...groups.values()];
}

/** Which template version produced a copy, by whom and when, and the copy's fingerprint. */
function CopyFacts({ copy }: { copy: GeneratedDocument }) {
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      第 {copy.templateVersion} 版模板 · {formatNames[copy.format]} · {copy.generatedBy} ·{' '}
      {formatInstant(copy.generatedAt)} ·{' '}
      <Tooltip title={`SHA-256：${copy.sha256}`}>
        <span data-sha256={copy.sha256}>
          指纹 <Typography.Text code>{copy.sha256.slice(0, FINGERPRINT_LENGTH)}</Typography.Text>
        </span>
      </Tooltip>
    </Typography.Text>
  );
}

function DownloadButton({
  caseId,
  document,
  format,
  wide,
}: {
  caseId: string;
  document: CaseDocument;
  format: DocumentFormat;
  wide: boolean;
}) {
  return (
    <Button
      icon={format === 'pdf' ? <FilePdfOutlined /> : <FileWordOutlined />}
      href={caseDocumentUrl(caseId, document, format)}
      download
      aria-label={`下载${document.label} ${formatNames[format]}`}
      style={wide ? { flex: 1 } : undefined}
    >
      {formatNames[format]}
    </Button>
  );
}

/** One copy of a document: its label, the last copy generated, and PDF and DOCX downloads. */
function DocumentRow({ caseId, document }: { caseId: string; document: CaseDocument }) {
  // On a phone the buttons go below the label and share the width.
  const narrow = Grid.useBreakpoint().sm === false;
  return (
    <Flex
      vertical={narrow}
      justify="space-between"
      align={narrow ? 'stretch' : 'center'}
      gap={8}
      style={{ padding: '8px 0' }}
    >
      <Flex vertical gap={2} style={{ minWidth: 0 }}>
        <Typography.Text style={{ overflowWrap: 'anywhere' }}>{document.label}</Typography.Text>
        {document.lastGenerated ? (
          <CopyFacts copy={document.lastGenerated} />
        ) : (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            尚未生成
          </Typography.Text>
        )}
      </Flex>
      <Flex gap={8}>
        <DownloadButton caseId={caseId} document={document} format="pdf" wide={narrow} />
        <DownloadButton caseId={caseId} document={document} format="docx" wide={narrow} />
      </Flex>
    </Flex>
  );
}

function DocumentGroup({ caseId, documents }: { caseId: string; documents: CaseDocument[] }) {
  const [first] = documents;
  if (!first) return null;
  const titledRows = documents.length > 1 || first.label !== first.title;
  return (
    <li style={{ borderBottom: '1px solid rgba(5, 5, 5, 0.06)', padding: '4px 0' }}>
      {titledRows && <Typography.Text strong>{first.title}</Typography.Text>}
      <div style={titledRows ? { paddingInlineStart: 12 } : undefined}>
        {documents.map((document) => (
          <DocumentRow
            key={`${document.code}/${document.itemId ?? ''}`}
            caseId={caseId}
            document={document}
          />
        ))}
      </div>
    </li>
  );
}

/** 文书生成登记: every copy generated for the case, newest first. */
function GeneratedRegister({
  caseId,
  documents,
  onClose,
}: {
  caseId: string;
  documents: readonly CaseDocument[];
  onClose: () => void;
}) {
  const register = useRequest(() => fetchGeneratedDocuments(caseId), [caseId]);
  const labelOf = (copy: GeneratedDocument) =>
    documents.find((document) => document.code === copy.code && document.itemId === copy.itemId)
      ?.label ?? copy.code;
  return (
    <Modal open title="文书生成登记" footer={null} onCancel={onClose} width={720}>
      <Typography.Paragraph type="secondary">
        每生成一份文书都登记所用的模板版本和文件指纹，可据此核对手中的文书是哪一版、由谁生成。
      </Typography.Paragraph>
      {register.error && <Alert type="error" showIcon title={register.error.message} />}
      <List
        loading={register.loading}
        dataSource={register.data?.items ?? []}
        locale={{ emptyText: '尚未生成过文书' }}
        renderItem={(copy) => (
          <List.Item>
            <Flex vertical gap={2}>
              <Typography.Text>{labelOf(copy)}</Typography.Text>
              <CopyFacts copy={copy} />
            </Flex>
          </List.Item>
        )}
      />
    </Modal>
  );
}

/** 执法文书 the case can produce now, grouped by title, each as PDF to print or DOCX to edit. */
export function DocumentsPanel({
  caseId,
  version,
}: {
  caseId: string;
  /** Changes whenever the case does: each step may add documents. */
  version: unknown;
}) {
  const documents = useRequest(() => fetchCaseDocuments(caseId), [caseId, version]);
  const [showingRegister, setShowingRegister] = useState(false);
  const items = documents.data ?? [];

  return (
    <Card
      title="执法文书"
      extra={
        <Button
          type="link"
          icon={<HistoryOutlined />}
          onClick={() => setShowingRegister(true)}
          style={{ paddingInline: 0 }}
        >
          生成登记
        </Button>
      }
    >
      {documents.error && <Alert type="error" showIcon title={documents.error.message} />}
      {!documents.data && !documents.error && <Spin />}
      {documents.data &&
        (items.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="案件目前没有可生成的文书" />
        ) : (
          <ul aria-label="执法文书列表" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {groupByTitle(items).map((group) => (
              <DocumentGroup key={group[0]?.title} caseId={caseId} documents={group} />
            ))}
          </ul>
        ))}
      {showingRegister && (
        <GeneratedRegister
          caseId={caseId}
          documents={items}
          onClose={() => {
            setShowingRegister(false);
            documents.reload();
          }}
        />
      )}
    </Card>
  );
}
