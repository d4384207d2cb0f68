import { Alert, App, Button, Card, Descriptions, Flex, Grid, Result, Spin, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatInstant } from '../../../lib/date-time';
import { useRequest } from '../../../lib/use-request';
import { closeLead, dismissCase, fetchCases, fetchLead, type Lead, type PenaltyCase } from '../api';
import { caseStageLabels, leadSourceLabels } from '../labels';
import { FilingForm } from './filing-form';
import { ReasonModal } from './reason-modal';
import { LeadStatusTag } from './tags';

function ReporterText({ lead }: { lead: Lead }) {
  if (lead.reporterHidden)
    return <Typography.Text type="secondary">举报人信息已隐藏</Typography.Text>;
  if (!lead.reporter) return <>—</>;
  const { name, phone, address } = lead.reporter;
  return <>{[name, phone, address].filter(Boolean).join('，')}</>;
}

function LeadDescriptions({ lead }: { lead: Lead }) {
  const showReporter = lead.source === 'report' || lead.reporter !== null || lead.reporterHidden;
  // Labels above values on phones, where a label column would squeeze both.
  const narrow = Grid.useBreakpoint().sm === false;
  return (
    <Descriptions
      bordered
      layout={narrow ? 'vertical' : 'horizontal'}
      size="small"
      column={{ xs: 1, sm: 1, md: 2 }}
      items={[
        { key: 'status', label: '状态', children: <LeadStatusTag status={lead.status} /> },
        { key: 'source', label: '案件来源', children: leadSourceLabels[lead.source] },
        { key: 'cause', label: '案由', children: lead.cause, span: 'filled' },
        { key: 'receivedAt', label: '受案时间', children: formatInstant(lead.receivedAt) },
        { key: 'agency', label: '所属机构', children: lead.agencyName },
        { key: 'place', label: '违法地点', children: lead.place ?? '—' },
        { key: 'areaCode', label: '行政区划代码', children: lead.areaCode },
        ...(showReporter
          ? [{ key: 'reporter', label: '举报人', children: <ReporterText lead={lead} /> }]
          : []),
        {
          key: 'summary',
          label: '案件基本情况',
          span: 'filled' as const,
          children: <div style={{ whiteSpace: 'pre-wrap' }}>{lead.summary}</div>,
        },
        ...(lead.dispositionReason
          ? [
              {
                key: 'reason',
                label: '处理理由',
                span: 'filled' as const,
                children: lead.dispositionReason,
              },
            ]
          : []),
      ]}
    />
  );
}

type Closing = 'dismiss' | 'transfer';

/** 不予立案 or 移送 by the head, with the reason written down. */
function CloseActions({
  lead,
  returned,
  onClosed,
}: {
  lead: Lead;
  returned: PenaltyCase | undefined;
  onClosed: () => void;
}) {
  const [closing, setClosing] = useState<Closing>();
  const { message } = App.useApp();

  async function close(outcome: Closing, reason: string) {
    // A proposal sent back is dismissed as a case, so the case and its lead end together.
    if (outcome === 'dismiss' && returned) await dismissCase(returned.id, reason);
    else await closeLead(lead.id, outcome, reason);
    message.success(outcome === 'dismiss' ? '已决定不予立案' : '已移送');
    onClosed();
  }

  return (
    <Card title="负责人处理">
      <Typography.Paragraph type="secondary">
        线索经审查不符合立案条件的，决定不予立案；不属于本机关管辖的，移送有管辖权的机关。
      </Typography.Paragraph>
      <Flex gap={8} wrap>
        <Button danger onClick={() => setClosing('dismiss')}>
          不予立案
        </Button>
        <Button onClick={() => setClosing('transfer')}>移送</Button>
      </Flex>
      <ReasonModal
        open={closing !== undefined}
        title={closing === 'transfer' ? '移送线索' : '不予立案'}
        okText={closing === 'transfer' ? '确认移送' : '确认不予立案'}
        danger={closing === 'dismiss'}
        label={closing === 'transfer' ? '移送理由（写明移送机关）' : '不予立案理由'}
        onClose={() => setClosing(undefined)}
        onSubmit={(reason) => close(closing ?? 'dismiss', reason)}
      />
    </Card>
  );
}

interface LeadDetailProps {
  leadId: string;
  canHandle: boolean;
  canApprove: boolean;
  canSeeRecords: boolean;
  myOfficerId: string | null;
}

/** One lead, and what may be done with it while it is open. */
export function LeadDetail({
  leadId,
  canHandle,
  canApprove,
  canSeeRecords,
  myOfficerId,
}: LeadDetailProps) {
  const lead = useRequest(() => fetchLead(leadId), [leadId]);
  // The case proposed from this lead, if 立案 was proposed.
  const cases = useRequest(() => fetchCases({ leadId }), [leadId]);
  const navigate = useNavigate();
  const { message } = App.useApp();

  if (lead.error) {
    return lead.error.status === 404 ? (
      <Result status="404" title="没有找到该线索" subTitle="线索不存在，或不在您的管辖范围内。" />
    ) : (
      <Alert type="error" showIcon title={lead.error.message} />
    );
  }
  if (!lead.data || cases.loading) return <Spin />;

  const current = lead.data;
  const linked = cases.data?.items.find((item) => item.leadId === current.id);
  const returned = linked?.stage === 'lead' ? linked : undefined;
  const open = current.status === 'open';
  const pending = open && linked !== undefined && linked.stage !== 'lead';

  return (
    <Flex vertical gap={16}>
      <Card
        title="线索信息"
        extra={
          canSeeRecords && (
            <Link to={`/records?objectType=lead&objectId=${current.id}`}>全过程记录</Link>
          )
        }
      >
        <LeadDescriptions lead={current} />
      </Card>
      {linked && !returned && (
        <Alert
          type="info"
          showIcon
          title={
            <>
              {linked.stage === 'filingPending'
                ? '已申请立案，等待负责人审批。'
                : `已转为案件，当前阶段：${caseStageLabels[linked.stage]}。`}{' '}
              <Link to={`/cases/${linked.id}`}>查看案件</Link>
            </>
          }
        />
      )}
      {returned && (
        <Alert
          type="warning"
          showIcon
          title={
            <>
              立案申请已被负责人退回，请按退回理由修改后重新提交。{' '}
              <Link to={`/cases/${returned.id}`}>查看案件</Link>
            </>
          }
        />
      )}
      {open && !pending && canHandle && (
        <FilingForm
          lead={current}
          returned={returned}
          myOfficerId={myOfficerId}
          onProposed={(proposed) => {
            message.success('已提交立案审批');
            navigate(`/cases/${proposed.id}`);
          }}
        />
      )}
      {open && !pending && canApprove && (
        <CloseActions
          lead={current}
          returned={returned}
          onClosed={() => {
            lead.reload();
            cases.reload();
          }}
        />
      )}
    </Flex>
  );
}
