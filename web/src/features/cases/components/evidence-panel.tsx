import { CameraOutlined, DownloadOutlined, PaperClipOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Flex,
  Form,
  Input,
  Select,
  Spin,
  Tag,
  Tooltip,
  Typography,
  Upload,
  type UploadFile,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { formatInstant } from '../../../lib/date-time';
import { useRequest } from '../../../lib/use-request';
import {
  addEvidence,
  evidenceFileUrl,
  evidenceTypes,
  fetchEvidence,
  type Evidence,
  type EvidenceType,
} from '../api';
import { evidenceTypeLabels } from '../labels';
import { ActionErrorAlert, useSubmit } from './action-error';

/** Photos, recordings, videos and scans; no `capture`, so a phone offers camera and files. */
const ACCEPTED_FILES = 'image/*,audio/*,video/*,application/pdf';
const FINGERPRINT_LENGTH = 12;

const typeOptions = evidenceTypes.map((value) => ({ value, label: evidenceTypeLabels[value] }));

/** 1234567 → '1.2 MB'. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function Fingerprint({ sha256 }: { sha256: string }) {
  return (
    <Tooltip title={`SHA-256：${sha256}`}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-sha256={sha256}>
        文件指纹 <Typography.Text code>{sha256.slice(0, FINGERPRINT_LENGTH)}</Typography.Text>
      </Typography.Text>
    </Tooltip>
  );
}

function EvidenceItem({ evidence }: { evidence: Evidence }) {
  const { file } = evidence;
  return (
    <li
      aria-label={evidence.title}
      style={{ padding: '12px 0', borderBottom: '1px solid rgba(5, 5, 5, 0.06)' }}
    >
      <Flex vertical gap={4}>
        <Flex gap={8} align="center" wrap>
          <Tag color="blue" style={{ marginInlineEnd: 0 }}>
            {evidenceTypeLabels[evidence.type] ?? evidence.typeLabel}
          </Tag>
          <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
            {evidence.title}
          </Typography.Text>
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          取证时间 {formatInstant(evidence.collectedAt)}
        </Typography.Text>
        {evidence.description && (
          <Typography.Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {evidence.description}
          </Typography.Text>
        )}
        {file ? (
          <Flex gap={8} align="center" wrap>
            <Typography.Link
              href={evidenceFileUrl(evidence.id)}
              download={file.name}
              style={{ overflowWrap: 'anywhere' }}
            >
              <DownloadOutlined /> {file.name}
            </Typography.Link>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatFileSize(file.size)}
            </Typography.Text>
            <Fingerprint sha256={file.sha256} />
          </Flex>
        ) : (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            <PaperClipOutlined /> 未上传文件
          </Typography.Text>
        )}
      </Flex>
    </li>
  );
}

interface EvidenceFormValues {
  type: EvidenceType;
  title: string;
  description?: string;
  collectedAt: Dayjs;
  file?: UploadFile[];
}

/** 登记证据: one column for a phone at the roadside; the camera is one tap away. */
function EvidenceForm({ caseId, onAdded }: { caseId: string; onAdded: () => void }) {
  const [form] = Form.useForm<EvidenceFormValues>();
  const submit = useSubmit(form);
  const { message } = App.useApp();

  async function save(values: EvidenceFormValues) {
    const picked = values.file?.[0]?.originFileObj ?? null;
    const ok = await submit.run(() =>
      addEvidence(caseId, {
        type: values.type,
        title: values.title.trim(),
        description: values.description?.trim() || undefined,
        collectedAt: values.collectedAt.tz('Asia/Shanghai').format(),
        file: picked,
      }),
    );
    if (ok) {
      message.success('证据已登记');
      form.resetFields();
      form.setFieldValue('collectedAt', dayjs());
      onAdded();
    }
  }

  return (
    <div style={{ maxWidth: 640 }}>
      <Typography.Title level={5}>登记证据</Typography.Title>
      <ActionErrorAlert error={submit.error} />
      <Form<EvidenceFormValues>
        form={form}
        name="evidence"
        layout="vertical"
        initialValues={{ collectedAt: dayjs() }}
        onFinish={(values) => void save(values)}
        scrollToFirstError
      >
        <Form.Item
          label="文件"
          name="file"
          valuePropName="fileList"
          getValueFromEvent={(event: { fileList: UploadFile[] }) => event.fileList.slice(-1)}
          extra="照片、录音、录像或 PDF；上传后按文件指纹保存，不可更改"
        >
          <Upload accept={ACCEPTED_FILES} maxCount={1} beforeUpload={() => false}>
            <Button icon={<CameraOutlined />} size="large">
              拍照或选择文件
            </Button>
          </Upload>
        </Form.Item>
        <Form.Item
          label="证据种类"
          name="type"
          rules={[{ required: true, message: '请选择证据种类' }]}
        >
          <Select options={typeOptions} placeholder="请选择" />
        </Form.Item>
        <Form.Item
          label="名称"
          name="title"
          rules={[
            { required: true, whitespace: true, message: '请填写证据名称' },
            { min: 2, message: '证据名称至少2个字' },
          ]}
        >
          <Input maxLength={100} placeholder="如：现场照片（车辆正面）" />
        </Form.Item>
        <Form.Item label="说明" name="description">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
        </Form.Item>
        <Form.Item
          label="取证时间"
          name="collectedAt"
          rules={[{ required: true, message: '请选择取证时间' }]}
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: '100%' }}
            disabledDate={(date) => date.isAfter(dayjs(), 'day')}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={submit.submitting} block size="large">
          登记证据
        </Button>
      </Form>
    </div>
  );
}

interface EvidencePanelProps {
  caseId: string;
  /** A case officer while the case is 调查取证. */
  canAdd: boolean;
}

/** 证据: what has been collected, each file with its fingerprint, and the form to add more. */
export function EvidencePanel({ caseId, canAdd }: EvidencePanelProps) {
  const evidence = useRequest(() => fetchEvidence(caseId), [caseId]);
  const items = evidence.data?.items ?? [];

  return (
    <Card title="证据">
      {evidence.error && <Alert type="error" showIcon title={evidence.error.message} />}
      {!evidence.data && !evidence.error && <Spin />}
      {evidence.data &&
        (items.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未登记证据" />
        ) : (
          <ul aria-label="证据列表" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {items.map((item) => (
              <EvidenceItem key={item.id} evidence={item} />
            ))}
          </ul>
        ))}
      {canAdd && (
        <div style={{ marginTop: 24 }}>
          <EvidenceForm caseId={caseId} onAdded={evidence.reload} />
        </div>
      )}
    </Card>
  );
}
