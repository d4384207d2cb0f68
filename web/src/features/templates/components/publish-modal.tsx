import { EyeOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Form, Input, Modal, Radio, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ApiError, errorMessage, type FieldIssue } from '../../../lib/api-client';
import { showFieldIssues } from '../../../lib/form-errors';
import {
  previewDraft,
  publishTemplateVersion,
  revertTemplateVersion,
  type AgencyRef,
  type TemplateVersion,
  type TemplateVersionDetail,
} from '../api';

/** Upload a new version from a JSON file, or publish an older version's content again. */
export type Publishing =
  | { kind: 'upload'; template: TemplateVersion }
  | { kind: 'revert'; template: TemplateVersion; version: TemplateVersion };

interface PublishFields {
  target: 'agency' | 'platform';
  note: string;
}

interface PublishModalProps {
  publishing: Publishing;
  /** The agency the page shows: a new version is published for it and its subtree. */
  agency: AgencyRef | null;
  canPublishPlatformWide: boolean;
  onClose: () => void;
  onPublished: (published: TemplateVersionDetail) => void;
}

/** The file the administrator picked, read and parsed in the browser. */
type PickedFile = { name: string; template: unknown } | { name: string; problem: string };

async function readTemplateFile(file: File): Promise<PickedFile> {
  try {
    return { name: file.name, template: JSON.parse(await file.text()) as unknown };
  } catch {
    return { name: file.name, problem: '文件不是有效的 JSON，请用“下载 JSON”得到的文件修改后上传' };
  }
}

/** Each problem the server found in the template, with where it is in the JSON. */
function TemplateIssues({ issues }: { issues: readonly FieldIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title="模板不符合格式要求，请按以下提示修改后重新上传"
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {issues.map((issue, index) => (
            <li key={`${issue.path}-${index}`}>
              {issue.path && <Typography.Text code>{issue.path}</Typography.Text>} {issue.message}
            </li>
          ))}
        </ul>
      }
      style={{ marginBottom: 16 }}
    />
  );
}

const formFieldPaths = new Set(['note', 'agencyId']);

export function PublishModal({
  publishing,
  agency,
  canPublishPlatformWide,
  onClose,
  onPublished,
}: PublishModalProps) {
  const [form] = Form.useForm<PublishFields>();
  const [picked, setPicked] = useState<PickedFile>();
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [saving, setSaving] = useState(false);
  const [previewing, setPreviewing] = useState(false);
  const { message } = App.useApp();
  const { template } = publishing;
  const reverting = publishing.kind === 'revert';

  function showRefusal(error: unknown) {
    const templateIssues =
      error instanceof ApiError ? error.details.filter((d) => !formFieldPaths.has(d.path)) : [];
    setIssues(templateIssues);
    const onFields = showFieldIssues(form, error);
    if (!onFields && templateIssues.length === 0) message.error(errorMessage(error));
  }

  async function publish({ target, note }: PublishFields) {
    if (!reverting && (!picked || !('template' in picked))) {
      setIssues([{ path: '', message: '请选择模板 JSON 文件' }]);
      return;
    }
    const publishTarget = { agencyId: target === 'platform' ? null : (agency?.id ?? null), note };
    setSaving(true);
    setIssues([]);
    try {
      const published = reverting
        ? await revertTemplateVersion(template.code, publishing.version.version, publishTarget)
        : await publishTemplateVersion(
            template.code,
            picked && 'template' in picked ? picked.template : null,
            publishTarget,
          );
      onPublished(published);
    } catch (error) {
      showRefusal(error);
    } finally {
      setSaving(false);
    }
  }

  async function preview() {
    if (!picked || !('template' in picked)) return;
    // Opened now, while the click still counts, so that no pop-up blocker stops it.
    const tab = window.open('', '_blank');
    setPreviewing(true);
    setIssues([]);
    try {
      const pdf = await previewDraft(picked.template);
      if (tab) tab.location.href = URL.createObjectURL(pdf);
    } catch (error) {
      tab?.close();
      showRefusal(error);
    } finally {
      setPreviewing(false);
    }
  }

  const title = reverting
    ? `恢复${template.title}第 ${publishing.version.version} 版`
    : `上传${template.title}新版本`;

  return (
    <Modal
      open
      title={title}
      okText={reverting ? '发布为新版本' : '校验并发布'}
      cancelText="取消"
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {reverting
          ? '把该版本的内容发布为最新版本；原有各版本保留不变。'
          : '上传的模板经校验无误后立即生效；原有各版本保留不变，可随时恢复。版本号由系统编排。'}
      </Typography.Paragraph>
      <TemplateIssues issues={issues} />
      <Form<PublishFields>
        form={form}
        layout="vertical"
        initialValues={{
          target: 'agency',
          note: reverting ? `恢复为第 ${publishing.version.version} 版的内容` : '',
        }}
        onFinish={(values) => void publish(values)}
      >
        <Form.Item label="适用范围" name="target">
          <Radio.Group>
            <Flex vertical gap={4}>
              <Radio value="agency">{agency?.name ?? '本机构'}及其下级机构</Radio>
              {canPublishPlatformWide && <Radio value="platform">全平台通用</Radio>}
            </Flex>
          </Radio.Group>
        </Form.Item>
        {!reverting && (
          <Form.Item label="模板文件" required extra="JSON 格式；可先下载现行版本的 JSON 再修改">
            <Flex vertical gap={8}>
              <Upload
                accept=".json,application/json"
                maxCount={1}
                showUploadList={false}
                beforeUpload={(file) => {
                  void readTemplateFile(file).then((read) => {
                    setPicked(read);
                    setIssues('problem' in read ? [{ path: '', message: read.problem }] : []);
                  });
                  return false;
                }}
              >
                <Button icon={<UploadOutlined />} block>
                  选择 JSON 文件
                </Button>
              </Upload>
              {picked && <Typography.Text>已选择：{picked.name}</Typography.Text>}
              <Button
                icon={<EyeOutlined />}
                disabled={!picked || !('template' in picked)}
                loading={previewing}
                onClick={() => void preview()}
                block
              >
                用示例数据预览 PDF
              </Button>
            </Flex>
          </Form.Item>
        )}
        <Form.Item
          label="修改说明"
          name="note"
          rules={[{ required: true, whitespace: true, min: 2, message: '请填写修改说明' }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 5 }}
            maxLength={500}
            placeholder="为何修改、依据什么"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
