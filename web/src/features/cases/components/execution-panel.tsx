import { Alert, App, Button, Card, Descriptions, Flex, Spin, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useRequest } from '../../../lib/use-request';
import type { CaseStage } from '../api';
import {
  courtRulingOutcomeLabels,
  fetchExecution,
  formatYuan,
  paymentChannelLabels,
  remedyKindLabels,
  remedyOutcomeLabels,
  startExecution,
  type Execution,
} from '../execution-api';
import { ActionErrorAlert, useSubmit } from './action-error';
import { ExecutionActModal, PlanSummary, type ExecutionAct } from './execution-forms';
import { ActButtons, ActItem, DueTag, PdfLink, useNarrow } from './investigation-shared';

const listStyle = { listStyle: 'none', margin: 0, padding: 0 } as const;

const planStatusTags = {
  pending: { color: 'processing', text: '待负责人审批' },
  approved: { color: 'success', text: '已批准' },
  refused: { color: 'default', text: '未批准' },
} as const;

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div>
      <Typography.Title level={5}>{title}</Typography.Title>
      <ul aria-label={title} style={listStyle}>
        {children}
      </ul>
    </div>
  );
}

/** What is owed today: fine, surcharge so far, paid, and the balance. */
function BalanceSummary({ execution }: { execution: Execution }) {
  const narrow = useNarrow();
  const { balance } = execution;
  if (!balance) return null;
  return (
    <Flex vertical gap={8}>
      <Descriptions
        bordered
        size="small"
        layout={narrow ? 'vertical' : 'horizontal'}
        column={{ xs: 1, sm: 2 }}
        items={[
          { key: 'fine', label: '罚款', children: formatYuan(balance.fineFen) },
          { key: 'due', label: '缴款期限（送达后十五日）', children: execution.dueDate ?? '—' },
          {
            key: 'lateFee',
            label: `加处罚款（计至 ${execution.asOf}）`,
            children: `${formatYuan(balance.lateFeeFen)}${balance.lateFeeDays > 0 ? `（逾期 ${balance.lateFeeDays} 日，每日 3%，不超过罚款数额）` : ''}`,
          },
          { key: 'paid', label: '已缴', children: formatYuan(balance.paidFen) },
          {
            key: 'outstanding',
            label: '尚欠',
            children: (
              <Typography.Text strong type={balance.outstandingFen > 0 ? 'danger' : 'success'}>
                {formatYuan(balance.outstandingFen)}
              </Typography.Text>
            ),
          },
        ]}
      />
      {balance.nextDue && (
        <Flex gap={8} align="center" wrap>
          下一笔：{formatYuan(balance.nextDue.amountFen)}
          <DueTag due={balance.nextDue.dueDate} label="缴款期限" />
        </Flex>
      )}
      {execution.courtWindow && balance.outstandingFen > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          申请人民法院强制执行：{execution.courtWindow.opensOn} 至 {execution.courtWindow.closesOn}
          （{execution.courtWindow.article}）
          {execution.courtWindow.earliestAfterDemand
            ? `，催告书送达满十个工作日：${execution.courtWindow.earliestAfterDemand} 起`
            : '，须先催告'}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** Which acts this user may take now. */
function availableActs(
  execution: Execution,
  canHandle: boolean,
  canApprove: boolean,
): { act: ExecutionAct; label: string; primary?: boolean }[] {
  const { balance } = execution;
  if (!balance || execution.stage !== 'executing') return [];
  const owing = balance.outstandingFen > 0;
  const inDefault = owing && (balance.nextDue === null || balance.nextDue.overdue);
  const pendingPlan = execution.plans.some((plan) => plan.status === 'pending');
  const openRemedy = execution.remedyPeriods.some((remedy) => remedy.endedOn === null);
  const pendingApplication = execution.courtApplications.some((item) => item.ruling === null);
  const acts: { act: ExecutionAct; label: string; primary?: boolean; allowed: boolean }[] = [
    { act: 'payment', label: '登记缴款', primary: true, allowed: canHandle && owing },
    { act: 'plan', label: '登记延期或分期申请', allowed: canHandle && owing && !pendingPlan },
    {
      act: 'planDecision',
      label: '审批延期或分期申请',
      primary: true,
      allowed: canApprove && pendingPlan,
    },
    { act: 'remedyStart', label: '登记复议或诉讼', allowed: canHandle && !openRemedy },
    { act: 'remedyEnd', label: '登记复议或诉讼结果', allowed: canHandle && openRemedy },
    { act: 'demand', label: '催告', allowed: canHandle && inDefault && !pendingApplication },
    {
      act: 'courtApplication',
      label: '申请人民法院强制执行',
      allowed: canApprove && inDefault && !pendingApplication,
    },
    { act: 'courtRuling', label: '登记法院裁定', allowed: canHandle && pendingApplication },
  ];
  return acts.filter((candidate) => candidate.allowed);
}

function ExecutionLists({ caseId, execution }: { caseId: string; execution: Execution }) {
  return (
    <>
      {execution.plans.length > 0 && (
        <Section title="延期或分期缴纳">
          {execution.plans.map((plan) => (
            <ActItem key={plan.id} label={`${plan.kindLabel} ${plan.appliedOn}`}>
              <Flex gap={8} align="center" wrap>
                <Typography.Text strong>{plan.kindLabel}</Typography.Text>
                <Tag color={planStatusTags[plan.status].color}>
                  {planStatusTags[plan.status].text}
                </Tag>
                {plan.inForce && <Tag color="blue">执行中</Tag>}
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {plan.appliedOn} 申请：{plan.reason}
                {plan.decisionReason
                  ? `；审批意见：${plan.decisionReason}（${plan.decidedOn}）`
                  : ''}
              </Typography.Text>
              <PlanSummary plan={plan} />
              {plan.status === 'approved' && (
                <PdfLink caseId={caseId} code="instalmentNotice" itemId={plan.id}>
                  分期（延期）缴纳罚款通知书
                </PdfLink>
              )}
            </ActItem>
          ))}
        </Section>
      )}
      {execution.payments.length > 0 && (
        <Section title="缴款记录">
          {execution.payments.map((payment) => (
            <ActItem key={payment.id} label={`缴款 ${payment.reference}`}>
              <Typography.Text>
                {payment.paidOn} 缴款 {formatYuan(payment.amountFen)}（
                {paymentChannelLabels[payment.channel]}，凭证号 {payment.reference}）
              </Typography.Text>
            </ActItem>
          ))}
        </Section>
      )}
      {execution.remedyPeriods.length > 0 && (
        <Section title="行政复议、行政诉讼">
          {execution.remedyPeriods.map((remedy) => (
            <ActItem key={remedy.id} label={remedyKindLabels[remedy.kind]}>
              <Typography.Text>
                {remedyKindLabels[remedy.kind]}（{remedy.body}）：{remedy.startedOn} 起
                {remedy.endedOn && remedy.outcome
                  ? `，${remedy.endedOn} 结束，${remedyOutcomeLabels[remedy.outcome]}`
                  : '，尚未结束'}
              </Typography.Text>
            </ActItem>
          ))}
        </Section>
      )}
      {execution.demands.length > 0 && (
        <Section title="催告">
          {execution.demands.map((demand) => (
            <ActItem key={demand.id} label={`催告 ${demand.issuedOn}`}>
              <Typography.Text>
                {demand.issuedOn} 催告：罚款 {formatYuan(demand.principalFen)}、加处罚款{' '}
                {formatYuan(demand.lateFeeFen)}，限 {demand.performBy} 前履行
              </Typography.Text>
              <Flex gap={8} align="center" wrap>
                {demand.servedOn ? (
                  <Tag color="success">{demand.servedOn} 送达</Tag>
                ) : (
                  <Tag color="warning">未送达：请在“送达”中登记</Tag>
                )}
                <PdfLink caseId={caseId} code="demandNotice" itemId={demand.id}>
                  催告书
                </PdfLink>
              </Flex>
            </ActItem>
          ))}
        </Section>
      )}
      {execution.courtApplications.length > 0 && (
        <Section title="申请人民法院强制执行">
          {execution.courtApplications.map((application) => (
            <ActItem key={application.id} label={`强制执行申请 ${application.appliedOn}`}>
              <Typography.Text>
                {application.appliedOn} 向{application.court}申请，金额{' '}
                {formatYuan(application.amountFen)}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {application.ruling
                  ? `${application.ruling.ruledOn} ${courtRulingOutcomeLabels[application.ruling.outcome]}（${application.ruling.rulingNumber}）`
                  : '尚待法院裁定'}
              </Typography.Text>
            </ActItem>
          ))}
        </Section>
      )}
    </>
  );
}

interface ExecutionPanelProps {
  caseId: string;
  stage: CaseStage;
  /** An officer: records payments, applications, remedies, demands and rulings. */
  canHandle: boolean;
  /** A head: approves deferral or instalments and applies to the court. */
  canApprove: boolean;
  version: unknown;
  onChanged: () => void;
}

/**
 * 执行: the balance with the surcharge as of today, and the acts that follow an unpaid fine —
 * payment, 延期或分期, 复议或诉讼, 催告, application to the court and its ruling.
 */
export function ExecutionPanel({
  caseId,
  stage,
  canHandle,
  canApprove,
  version,
  onChanged,
}: ExecutionPanelProps) {
  const loaded = useRequest(() => fetchExecution(caseId), [caseId, version]);
  const [acting, setActing] = useState<ExecutionAct>();
  const start = useSubmit();
  const { message } = App.useApp();
  const execution = loaded.data;

  function done(text: string) {
    message.success(text);
    setActing(undefined);
    onChanged();
  }

  return (
    <Card title="执行">
      {loaded.error && <Alert type="error" showIcon title={loaded.error.message} />}
      {!execution && !loaded.error && <Spin />}
      {execution && (
        <Flex vertical gap={16}>
          {execution.servedOn === null && (
            <Alert type="info" showIcon title="决定书送达后，缴款期限起算，开始执行。" />
          )}
          {execution.servedOn !== null && !execution.balance && (
            <Alert
              type="info"
              showIcon
              title="本案决定没有需要缴纳的罚款。"
              description={
                canHandle &&
                stage === 'served' && (
                  <>
                    <ActionErrorAlert error={start.error} />
                    <Button
                      loading={start.submitting}
                      onClick={async () => {
                        if (await start.run(() => startExecution(caseId))) done('已开始执行');
                      }}
                    >
                      其他处罚需要执行的，开始执行
                    </Button>
                  </>
                )
              }
            />
          )}
          <BalanceSummary execution={execution} />
          {execution.completion.complete
            ? execution.balance && <Tag color="success">执行完毕，可以结案</Tag>
            : execution.servedOn !== null && (
                <Alert
                  type="warning"
                  showIcon
                  title="尚未执行完毕"
                  description={execution.completion.missing.join('；')}
                />
              )}
          <ActButtons>
            {availableActs(execution, canHandle, canApprove).map(({ act, label, primary }) => (
              <Button
                key={act}
                type={primary ? 'primary' : 'default'}
                onClick={() => setActing(act)}
              >
                {label}
              </Button>
            ))}
          </ActButtons>
          <ExecutionLists caseId={caseId} execution={execution} />
          <ExecutionActModal
            caseId={caseId}
            execution={execution}
            act={acting}
            onClose={() => setActing(undefined)}
            onDone={done}
          />
        </Flex>
      )}
    </Card>
  );
}
