import { FilePdfOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Input,
  List,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { formatInstant } from '../../../lib/date-time';
import { useRequest } from '../../../lib/use-request';
import type { CaseStage } from '../api';
import {
  annotateCase,
  archiveCase,
  decideClosure,
  fetchCaseFile,
  fetchClosures,
  submitClosure,
  verifyArchive,
  type CaseClosure,
  type FileEntry,
  type SealCheck,
} from '../archive-api';
import { caseDocumentUrl } from '../documents-api';
import { ActionErrorAlert, useSubmit } from './action-error';
import { ActButtons, ActFormModal, useNarrow } from './investigation-shared';
import { ReasonModal } from './reason-modal';

const closableStages: readonly CaseStage[] = ['served', 'executing'];
const archivableStages: readonly CaseStage[] = ['closed', 'dismissed', 'transferred'];
const closureColors: Record<CaseClosure['status'], string> = {
  pending: 'processing',
  approved: 'success',
  returned: 'default',
};

interface ArchivePanelProps {
  caseId: string;
  stage: CaseStage;
  isCaseOfficer: boolean;
  /** A head who is not one of the case officers (查处分离). */
  canDecide: boolean;
  canArchive: boolean;
  canAnnotate: boolean;
  onChanged: () => void;
}

/** 结案报告: submitted by the case officers, approved or returned by the head. */
function ClosureSection({
  caseId,
  stage,
  isCaseOfficer,
  canDecide,
  onChanged,
}: Omit<ArchivePanelProps, 'canArchive' | 'canAnnotate'>) {
  const closures = useRequest(() => fetchClosures(caseId), [caseId, stage]);
  const [dialog, setDialog] = useState<'submit' | 'approve' | 'return'>();
  const { message } = App.useApp();
  const items = closures.data?.items ?? [];
  const current = items.find((closure) => closure.status !== 'returned');
  const canSubmit = isCaseOfficer && closableStages.includes(stage) && !current;
  const close = () => setDialog(undefined);

  async function after(done: Promise<unknown>, text: string) {
    await done;
    message.success(text);
    closures.reload();
    onChanged();
  }

  return (
    <Flex vertical gap={8}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          结案报告
        </Typography.Title>
        {canSubmit && <Button onClick={() => setDialog('submit')}>提交结案报告</Button>}
      </Flex>
      {items.length === 0 ? (
        <Typography.Text type="secondary">
          {closableStages.includes(stage)
            ? '决定执行完毕（或者无须执行）后，由本案执法人员提交结案报告，负责人批准后结案。'
            : '尚无结案报告。'}
        </Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={[...items].reverse()}
          renderItem={(closure) => (
            <List.Item>
              <Flex vertical gap={4} style={{ width: '100%' }}>
                <Flex gap={8} wrap align="center">
                  <Tag color={closureColors[closure.status]}>{closure.statusLabel}</Tag>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatInstant(closure.proposedAt)} 提交
                    {closure.decidedOn
                      ? ` · ${closure.decidedOn} 负责人意见：${closure.headOpinion ?? ''}`
                      : ''}
                  </Typography.Text>
                </Flex>
                <Typography.Text>{closure.summary}</Typography.Text>
                {closure.executionSummary && (
                  <Typography.Text type="secondary">
                    执行情况：{closure.executionSummary}
                  </Typography.Text>
                )}
                {closure === current && (
                  <ActButtons>
                    <Typography.Link
                      href={caseDocumentUrl(caseId, { code: 'closureReport', itemId: null }, 'pdf')}
                      download
                    >
                      <FilePdfOutlined aria-hidden /> 结案报告
                    </Typography.Link>
                    {closure.status === 'pending' && canDecide && (
                      <>
                        <Button type="primary" onClick={() => setDialog('approve')}>
                          批准结案
                        </Button>
                        <Button onClick={() => setDialog('return')}>退回</Button>
                      </>
                    )}
                  </ActButtons>
                )}
              </Flex>
            </List.Item>
          )}
        />
      )}
      <ActFormModal<{ summary: string; executionSummary?: string }>
        title="提交结案报告"
        okText="提交负责人审批"
        open={dialog === 'submit'}
        onClose={close}
        onSubmit={(values) =>
          after(
            submitClosure(caseId, {
              summary: values.summary.trim(),
              executionSummary: values.executionSummary?.trim() || null,
            }),
            '已提交结案报告，等待负责人审批',
          )
        }
      >
        <Form.Item
          label="案件基本情况及处理结果"
          name="summary"
          rules={[{ required: true, whitespace: true, min: 10, message: '请写明（至少10个字）' }]}
        >
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 10 }} maxLength={4000} showCount />
        </Form.Item>
        <Form.Item
          label="执行情况"
          name="executionSummary"
          extra="无须执行的（不予处罚、警告）可不填"
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
      </ActFormModal>
      <ReasonModal
        open={dialog === 'approve' || dialog === 'return'}
        title={dialog === 'approve' ? '批准结案' : '退回结案报告'}
        okText={dialog === 'approve' ? '批准结案' : '退回'}
        label={dialog === 'approve' ? '审批意见' : '退回理由'}
        onClose={close}
        onSubmit={(opinion) =>
          after(
            decideClosure(caseId, { approved: dialog === 'approve', opinion }),
            dialog === 'approve' ? '已批准结案' : '已退回结案报告',
          )
        }
      />
    </Flex>
  );
}

function SealResult({ check }: { check: SealCheck }) {
  return check.intact ? (
    <Alert type="success" showIcon title="案卷完好：重新计算的指纹与封存时一致" />
  ) : (
    <Alert
      type="error"
      showIcon
      title="案卷内容与封存时不一致"
      description={`有变化的材料：${check.changed.join('、')}`}
    />
  );
}

function AnnotationForm({ caseId, onAdded }: { caseId: string; onAdded: () => void }) {
  const [form] = Form.useForm<{ text: string }>();
  const submit = useSubmit(form);
  const narrow = useNarrow();

  async function save({ text }: { text: string }) {
    if (await submit.run(() => annotateCase(caseId, text.trim()))) {
      form.resetFields();
      onAdded();
    }
  }

  return (
    <Form form={form} layout="vertical" onFinish={(values) => void save(values)}>
      <ActionErrorAlert error={submit.error} />
      <Form.Item
        label="添加备注"
        name="text"
        rules={[{ required: true, whitespace: true, message: '请填写备注内容' }]}
        extra="备注添加后不能修改或删除，并记入全过程记录"
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
      </Form.Item>
      <Button htmlType="submit" loading={submit.submitting} block={narrow}>
        添加备注
      </Button>
    </Form>
  );
}

/**
 * 结案 and 归档: the 结案报告, the automatic 卷内目录 with what the file still lacks, sealing the
 * file, checking the seal, and the remarks a sealed file still takes.
 */
export function ArchivePanel(props: ArchivePanelProps) {
  const { caseId, stage, canArchive, canAnnotate, onChanged } = props;
  const [withPages, setWithPages] = useState(false);
  const file = useRequest(() => fetchCaseFile(caseId, withPages), [caseId, stage, withPages]);
  const archiving = useSubmit();
  const [check, setCheck] = useState<SealCheck>();
  const { modal, message } = App.useApp();
  const data = file.data;

  function confirmArchive() {
    modal.confirm({
      title: '归档',
      content: '归档后案卷封存，不能再修改、增加或者抽取材料，只能添加备注。',
      okText: '归档',
      cancelText: '取消',
      onOk: async () => {
        if (await archiving.run(() => archiveCase(caseId))) {
          message.success('已归档，案卷已封存');
          onChanged();
        }
      },
    });
  }

  return (
    <Card
      title="结案与归档"
      extra={
        <Typography.Link
          href={caseDocumentUrl(caseId, { code: 'fileIndex', itemId: null }, 'pdf')}
          download
        >
          <FilePdfOutlined aria-hidden /> 卷内目录
        </Typography.Link>
      }
    >
      <Flex vertical gap={16}>
        <ClosureSection {...props} />
        <Typography.Title level={5} style={{ margin: 0 }}>
          卷内目录
        </Typography.Title>
        <ActionErrorAlert error={archiving.error} />
        {file.error && <Alert type="error" showIcon title={file.error.message} />}
        {!data ? (
          <Spin />
        ) : (
          <>
            {data.gaps.length > 0 && (
              <Alert
                type="warning"
                showIcon
                title="案卷还不能归档"
                description={
                  <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                    {data.gaps.map((gap) => (
                      <li key={gap}>{gap}</li>
                    ))}
                  </ul>
                }
              />
            )}
            {data.archive && (
              <Alert
                type="info"
                showIcon
                icon={<SafetyCertificateOutlined />}
                title={`已于 ${formatInstant(data.archive.archivedAt)} 由 ${data.archive.archivedBy} 归档封存`}
                description={
                  <Typography.Text
                    copyable={{ text: data.archive.sealSha256 }}
                    style={{ fontSize: 12 }}
                  >
                    封存指纹{' '}
                    <Typography.Text code>{data.archive.sealSha256.slice(0, 16)}</Typography.Text>
                  </Typography.Text>
                }
              />
            )}
            <Table<FileEntry>
              rowKey="seq"
              size="small"
              loading={file.loading}
              dataSource={data.entries}
              pagination={false}
              locale={{ emptyText: <Empty description="案卷中还没有材料" /> }}
              columns={[
                { title: '序号', dataIndex: 'seq', width: 60 },
                { title: '材料', dataIndex: 'title' },
                {
                  title: '页号',
                  dataIndex: 'pages',
                  // The 材料 wraps on a phone; a page range such as 第10–11页 stays on one line.
                  render: (pages: string) => (
                    <span style={{ whiteSpace: 'nowrap' }}>{pages || '—'}</span>
                  ),
                },
              ]}
            />
            <ActButtons>
              {!data.archive && !withPages && (
                <Button onClick={() => setWithPages(true)}>计算页号</Button>
              )}
              {canArchive && archivableStages.includes(stage) && (
                <Button
                  type="primary"
                  disabled={!data.archivable}
                  loading={archiving.submitting}
                  onClick={confirmArchive}
                >
                  归档
                </Button>
              )}
              {data.archive && (
                <Button onClick={() => void verifyArchive(caseId).then(setCheck)}>校验封存</Button>
              )}
            </ActButtons>
            {check && <SealResult check={check} />}
          </>
        )}
        <Typography.Title level={5} style={{ margin: 0 }}>
          备注
        </Typography.Title>
        {(data?.annotations.length ?? 0) === 0 ? (
          <Typography.Text type="secondary">没有备注</Typography.Text>
        ) : (
          <List
            size="small"
            dataSource={data?.annotations ?? []}
            renderItem={(annotation) => (
              <List.Item>
                <Flex vertical gap={2}>
                  <Typography.Text>{annotation.text}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {annotation.createdBy} · {formatInstant(annotation.createdAt)}
                  </Typography.Text>
                </Flex>
              </List.Item>
            )}
          />
        )}
        {canAnnotate && <AnnotationForm caseId={caseId} onAdded={file.reload} />}
      </Flex>
    </Card>
  );
}
