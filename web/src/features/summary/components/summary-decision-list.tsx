import { FilePdfOutlined } from '@ant-design/icons';
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
  Modal,
  Segmented,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { ActionErrorAlert, useSubmit } from '../../../components/action-error';
import { formatInstant } from '../../../lib/date-time';
import { useRequest } from '../../../lib/use-request';
import {
  fetchSummaryDecisions,
  fileSummaryDecision,
  filingStatusColors,
  filingStatusLabels,
  filingStatuses,
  summaryDecisionUrl,
  type FilingStatus,
  type SummaryDecision,
} from '../api';

/** 备案: on time at once; a late one only with the reason it is late. */
function FilingModal({
  decision,
  onClose,
  onFiled,
}: {
  decision: SummaryDecision | undefined;
  onClose: () => void;
  onFiled: () => void;
}) {
  const [form] = Form.useForm<{ lateReason?: string }>();
  const submit = useSubmit(form);
  const { message } = App.useApp();
  const late = decision?.filingStatus === 'overdue';

  async function save({ lateReason }: { lateReason?: string }) {
    if (!decision) return;
    const ok = await submit.run(() => fileSummaryDecision(decision.id, lateReason?.trim() || null));
    if (ok) {
      message.success(`${decision.documentNumber} 已备案`);
      onFiled();
      onClose();
    }
  }

  return (
    <Modal
      title={`备案 ${decision?.documentNumber ?? ''}`}
      open={decision !== undefined}
      okText="备案"
      cancelText="取消"
      confirmLoading={submit.submitting}
      onOk={() => form.submit()}
      onCancel={() => {
        submit.clearError();
        onClose();
      }}
      destroyOnHidden
    >
      <ActionErrorAlert error={submit.error} />
      <Typography.Paragraph>
        当场处罚决定书副本应当自作出决定之日起五日内（至 {decision?.filingDeadline}
        ）报所属执法部门备案（交通运输行政执法程序规定第六十一条）。
      </Typography.Paragraph>
      <Form form={form} layout="vertical" preserve={false} onFinish={(v) => void save(v)}>
        {late && (
          <Form.Item
            label="逾期备案的原因"
            name="lateReason"
            rules={[
              { required: true, whitespace: true, message: '已逾期，请写明逾期备案的原因' },
              { min: 4, message: '请写明原因（至少4个字）' },
            ]}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} showCount />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

function DecisionItem({
  decision,
  canFile,
  onFile,
}: {
  decision: SummaryDecision;
  canFile: boolean;
  onFile: () => void;
}) {
  return (
    <List.Item
      actions={[
        <Typography.Link key="pdf" href={summaryDecisionUrl(decision.id, 'pdf')} download>
          <FilePdfOutlined /> 决定书
        </Typography.Link>,
        ...(canFile && decision.filing === null
          ? [
              <Button key="file" size="small" onClick={onFile}>
                备案
              </Button>,
            ]
          : []),
      ]}
    >
      <Flex vertical gap={4}>
        <Flex gap={8} wrap align="center">
          <Typography.Text strong>{decision.documentNumber}</Typography.Text>
          <Tag color={filingStatusColors[decision.filingStatus]}>
            {filingStatusLabels[decision.filingStatus]}
          </Tag>
        </Flex>
        <Typography.Text>
          {decision.party.name} · {decision.penaltyLabel} · {decision.facts}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatInstant(decision.decidedAt)} · {decision.place} ·{' '}
          {decision.officers.map((officer) => officer.name).join('、')} · {decision.agencyName}
          {decision.filing
            ? ` · ${decision.filing.filedOn} 备案${decision.filing.lateReason ? `（逾期原因：${decision.filing.lateReason}）` : ''}`
            : ` · 备案期限 ${decision.filingDeadline}`}
        </Typography.Text>
      </Flex>
    </List.Item>
  );
}

type Filter = 'all' | FilingStatus;

/** 当场处罚决定 in scope; overdue filings are flagged and can be filed with their reason. */
export function SummaryDecisionList({ mine, canFile }: { mine: boolean; canFile: boolean }) {
  const [filter, setFilter] = useState<Filter>('all');
  const [filing, setFiling] = useState<SummaryDecision>();
  const decisions = useRequest(
    () => fetchSummaryDecisions({ mine, filingStatus: filter === 'all' ? undefined : filter }),
    [mine, filter],
  );
  const overdue = (decisions.data?.items ?? []).filter((d) => d.filingStatus === 'overdue');

  return (
    <Card>
      <Flex vertical gap={12}>
        <Segmented<Filter>
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'all', label: '全部' },
            ...filingStatuses.map((status) => ({
              value: status,
              label: filingStatusLabels[status],
            })),
          ]}
          style={{ overflowX: 'auto', maxWidth: '100%' }}
        />
        {filter === 'all' && overdue.length > 0 && (
          <Alert
            type="error"
            showIcon
            title={`${overdue.length} 份当场处罚决定已超过五日未备案`}
            description="请尽快报所属执法部门备案并说明逾期原因。"
          />
        )}
        {decisions.error && <Alert type="error" showIcon title={decisions.error.message} />}
        {decisions.loading && !decisions.data ? (
          <Spin />
        ) : (
          <List
            dataSource={decisions.data?.items ?? []}
            locale={{ emptyText: <Empty description="没有当场处罚决定" /> }}
            renderItem={(decision) => (
              <DecisionItem
                decision={decision}
                canFile={canFile}
                onFile={() => setFiling(decision)}
              />
            )}
          />
        )}
      </Flex>
      <FilingModal
        decision={filing}
        onClose={() => setFiling(undefined)}
        onFiled={decisions.reload}
      />
    </Card>
  );
}
