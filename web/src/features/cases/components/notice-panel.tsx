import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Empty,
  Flex,
  Form,
  Input,
  Select,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { allowedActions } from '@domain/case/case-stage.js';
import { todayInBeijing } from '../../../lib/date-time';
import type { CaseStage } from '../api';
import {
  closeStatementPeriod,
  partyResponseKindLabels,
  partyResponseKinds,
  recordPartyResponse,
  responseFormLabels,
  responseForms,
  reviewStatement,
  serviceMethodLabels,
  serviceMethods,
  servePriorNotice,
  statementAdoptionLabels,
  statementAdoptions,
  type CaseNotice,
  type NewResponse,
  type PartyResponse,
  type PriorNotice,
  type RuleViolation,
  type StatementAdoption,
} from '../notice-api';
import { ActionErrorAlert, useSubmit } from './action-error';
import {
  PenaltyFields,
  proposalFormValues,
  toProposal,
  type PenaltyFormValues,
} from './decision-penalty-fields';
import type { StepFormProps } from './act-fields';
import { ActButtons, ActFormModal, ActItem, DueTag, PdfLink } from './investigation-shared';

/** Stages in which the party may still answer the notice. */
const answeringStages: readonly CaseStage[] = ['priorNoticeServed', 'statementPeriod'];
const pastDate = (date: Dayjs) => date.isAfter(dayjs(), 'day');
const listStyle = { listStyle: 'none', margin: 0, padding: 0 } as const;

export const serviceMethodOptions = serviceMethods.map((value) => ({
  value,
  label: serviceMethodLabels[value],
}));

/** The law's refusals for today, each sentence on its own line. */
export function BlockerList({ title, blockers }: { title: string; blockers: RuleViolation[] }) {
  if (blockers.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={title}
      description={
        <ol style={{ margin: 0, paddingInlineStart: 20 }}>
          {blockers.map((blocker) => (
            <li key={blocker.code} data-rule={blocker.code}>
              {blocker.message}
            </li>
          ))}
        </ol>
      }
    />
  );
}

interface NoticeFormValues {
  servedOn: Dayjs;
  serviceMethod: PriorNotice['serviceMethod'];
  contactPerson: string;
  contactPhone: string;
  adjust: boolean;
  proposal: PenaltyFormValues;
  newFacts?: string;
  otherHeavierPenalty: boolean;
  otherStatutoryCase: boolean;
}

function NoticeForm({
  caseId,
  notice,
  open,
  onClose,
  onDone,
}: StepFormProps & {
  notice: CaseNotice;
}) {
  const { message } = App.useApp();
  const draft = notice.draft;
  const previous = notice.notices[0];

  async function save(values: NoticeFormValues) {
    await servePriorNotice(caseId, {
      servedOn: values.servedOn.format('YYYY-MM-DD'),
      serviceMethod: values.serviceMethod,
      contactPerson: values.contactPerson.trim(),
      contactPhone: values.contactPhone.trim(),
      ...(values.adjust ? { proposal: toProposal(values.proposal) } : {}),
      ...(values.newFacts?.trim() ? { newFacts: values.newFacts.trim() } : {}),
      otherHeavierPenalty: values.otherHeavierPenalty,
      otherStatutoryCase: values.otherStatutoryCase,
    });
    message.success('违法行为通知书的送达已登记');
    onDone();
  }

  return (
    <ActFormModal<NoticeFormValues>
      title={previous ? '重新告知（违法行为通知书）' : '送达违法行为通知书'}
      open={open}
      okText="登记送达"
      intro={
        draft && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={`拟作出的处罚：${draft.proposal.summary}`}
            description={
              draft.hearingRight.applies
                ? `应当告知听证权利：${draft.hearingRight.reasons.join('；')}`
                : `当事人可以在${notice.statementPeriodWorkdays}个工作日内陈述、申辩；不属于听证范围`
            }
          />
        )
      }
      initialValues={{
        servedOn: dayjs(todayInBeijing()),
        serviceMethod: 'direct',
        adjust: false,
        proposal: draft ? proposalFormValues(draft.proposal) : { kinds: [] },
        otherHeavierPenalty: false,
        otherStatutoryCase: false,
      }}
      onClose={onClose}
      onSubmit={save}
    >
      <Form.Item label="送达日期" name="servedOn" rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={pastDate} />
      </Form.Item>
      <Form.Item label="送达方式" name="serviceMethod" rules={[{ required: true }]}>
        <Select options={serviceMethodOptions} />
      </Form.Item>
      <Form.Item
        label="联系人"
        name="contactPerson"
        rules={[{ required: true, whitespace: true, message: '请填写联系人' }]}
      >
        <Input maxLength={30} />
      </Form.Item>
      <Form.Item
        label="联系电话"
        name="contactPhone"
        rules={[{ required: true, whitespace: true, message: '请填写联系电话' }]}
      >
        <Input maxLength={20} inputMode="tel" />
      </Form.Item>
      <Form.Item name="adjust" valuePropName="checked">
        <Checkbox>调整拟作出的处罚（不同于调查终结报告的建议）</Checkbox>
      </Form.Item>
      <Form.Item noStyle dependencies={['adjust']}>
        {({ getFieldValue }) => getFieldValue('adjust') && <PenaltyFields prefix={['proposal']} />}
      </Form.Item>
      {previous && (
        <Form.Item
          label="新发现的违法事实"
          name="newFacts"
          extra="重新告知较重的处罚时必须写明（行政处罚法第四十五条第二款：不得因陈述、申辩加重处罚）"
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
      )}
      <Form.Item name="otherHeavierPenalty" valuePropName="checked">
        <Checkbox>属于其他较重的行政处罚（第六十三条第一款第五项）</Checkbox>
      </Form.Item>
      <Form.Item name="otherStatutoryCase" valuePropName="checked">
        <Checkbox>法律、法规、规章规定的其他听证情形（第六十三条第一款第六项）</Checkbox>
      </Form.Item>
    </ActFormModal>
  );
}

interface ResponseFormValues extends Omit<NewResponse, 'receivedOn'> {
  receivedOn: Dayjs;
}

function ResponseForm({ caseId, open, onClose, onDone }: StepFormProps) {
  const { message } = App.useApp();
  return (
    <ActFormModal<ResponseFormValues>
      title="登记当事人的意见"
      open={open}
      okText="登记"
      initialValues={{ kind: 'statement', form: 'written', receivedOn: dayjs(todayInBeijing()) }}
      onClose={onClose}
      onSubmit={async (values) => {
        await recordPartyResponse(caseId, {
          ...values,
          receivedOn: values.receivedOn.format('YYYY-MM-DD'),
          content: values.content.trim(),
        });
        message.success('已登记');
        onDone();
      }}
    >
      <Form.Item label="类别" name="kind">
        <Select
          options={partyResponseKinds.map((value) => ({
            value,
            label: partyResponseKindLabels[value],
          }))}
        />
      </Form.Item>
      <Form.Item label="收到日期" name="receivedOn" rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={pastDate} />
      </Form.Item>
      <Form.Item
        label="形式"
        name="form"
        extra="放弃陈述、申辩和听证权利须有当事人的书面声明；口头陈述请先制作笔录"
      >
        <Select
          options={responseForms.map((value) => ({ value, label: responseFormLabels[value] }))}
        />
      </Form.Item>
      <Form.Item
        label="内容"
        name="content"
        rules={[{ required: true, whitespace: true, message: '请记录当事人的意见' }]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={10_000} />
      </Form.Item>
    </ActFormModal>
  );
}

function ResponseItem({
  response,
  canReview,
  onReview,
}: {
  response: PartyResponse;
  canReview: boolean;
  onReview: () => void;
}) {
  return (
    <ActItem label={`${response.kindLabel} ${response.receivedOn}`}>
      <Flex gap={8} align="center" wrap>
        <Tag color={response.kind === 'waiver' ? 'default' : 'blue'}>{response.kindLabel}</Tag>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {response.receivedOn} 收到 · {responseFormLabels[response.form]}
        </Typography.Text>
      </Flex>
      <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{response.content}</Typography.Text>
      {response.review && (
        <Typography.Text style={{ fontSize: 13 }}>
          复核：<Tag>{response.review.adoptionLabel}</Tag>
          {response.review.reasoning}
        </Typography.Text>
      )}
      {response.kind === 'statement' && !response.review && (
        <Flex gap={8} align="center" wrap>
          <Tag color="warning">待复核</Tag>
          {canReview && (
            <Button size="small" onClick={onReview}>
              复核
            </Button>
          )}
        </Flex>
      )}
    </ActItem>
  );
}

function NoticeItem({
  caseId,
  notice,
  answering,
}: {
  caseId: string;
  notice: PriorNotice;
  answering: boolean;
}) {
  return (
    <ActItem label={`第${notice.sequence}次告知`}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text strong>
          第{notice.sequence}次告知：{notice.proposal.summary}
        </Typography.Text>
        {notice.hearingRight && <Tag color="purple">告知听证权利</Tag>}
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {notice.servedOn} {notice.serviceMethodLabel} · 联系人 {notice.contactPerson}
      </Typography.Text>
      {notice.newFacts && <Typography.Text>新发现的事实：{notice.newFacts}</Typography.Text>}
      {answering && (
        <Flex gap={8} wrap>
          <DueTag due={notice.statementDeadline} label="陈述申辩期限" />
          {notice.hearingRequestDeadline && (
            <DueTag due={notice.hearingRequestDeadline} label="听证申请期限" />
          )}
        </Flex>
      )}
      <PdfLink caseId={caseId} code="violationNotice" itemId={notice.id}>
        违法行为通知书
      </PdfLink>
    </ActItem>
  );
}

interface NoticePanelProps {
  caseId: string;
  stage: CaseStage;
  notice: CaseNotice;
  isCaseOfficer: boolean;
  onChanged: () => void;
}

/** 告知与陈述申辩 (行政处罚法第四十四条、第四十五条、第六十二条). */
export function NoticePanel({ caseId, stage, notice, isCaseOfficer, onChanged }: NoticePanelProps) {
  const [serving, setServing] = useState(false);
  const [responding, setResponding] = useState(false);
  const [reviewing, setReviewing] = useState<PartyResponse>();
  const closing = useSubmit();
  const { message } = App.useApp();
  const answering = answeringStages.includes(stage);
  const canServe = isCaseOfficer && allowedActions(stage).includes('servePriorNotice');
  const canClose = isCaseOfficer && allowedActions(stage).includes('closeStatementPeriod');

  async function close() {
    if (await closing.run(() => closeStatementPeriod(caseId))) {
      message.success('陈述申辩期已结束，案件待负责人决定');
      onChanged();
    }
  }

  return (
    <Card title="告知与陈述申辩">
      {notice.notices.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未送达违法行为通知书" />
      ) : (
        <ul aria-label="违法行为通知书" style={listStyle}>
          {notice.notices.map((item, index) => (
            <NoticeItem
              key={item.id}
              caseId={caseId}
              notice={item}
              answering={answering && index === 0}
            />
          ))}
        </ul>
      )}
      {notice.responses.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            当事人的意见
          </Typography.Title>
          <ul aria-label="当事人的意见" style={listStyle}>
            {notice.responses.map((response) => (
              <ResponseItem
                key={response.id}
                response={response}
                canReview={isCaseOfficer && stage === 'statementPeriod'}
                onReview={() => setReviewing(response)}
              />
            ))}
          </ul>
        </>
      )}
      {answering && (
        <div style={{ marginTop: 16 }}>
          <BlockerList title="结束陈述申辩期前还须：" blockers={notice.closingBlockers} />
        </div>
      )}
      <ActionErrorAlert error={closing.error} />
      {(canServe || (isCaseOfficer && answering)) && (
        <div style={{ marginTop: 16 }}>
          <ActButtons>
            {canServe && (
              <Button type={answering ? 'default' : 'primary'} onClick={() => setServing(true)}>
                {notice.notices.length ? '重新告知' : '送达违法行为通知书'}
              </Button>
            )}
            {isCaseOfficer && answering && (
              <Button onClick={() => setResponding(true)}>登记陈述申辩、听证申请或放弃</Button>
            )}
            {canClose && (
              <Button
                type="primary"
                loading={closing.submitting}
                disabled={notice.closingBlockers.length > 0}
                onClick={() => void close()}
              >
                结束陈述申辩期
              </Button>
            )}
          </ActButtons>
        </div>
      )}
      <NoticeForm
        caseId={caseId}
        notice={notice}
        open={serving}
        onClose={() => setServing(false)}
        onDone={onChanged}
      />
      <ResponseForm
        caseId={caseId}
        open={responding}
        onClose={() => setResponding(false)}
        onDone={onChanged}
      />
      <ActFormModal<{ adoption: StatementAdoption; reasoning: string }>
        title="复核陈述、申辩"
        open={reviewing !== undefined}
        okText="记录复核意见"
        intro={
          reviewing && (
            <Typography.Paragraph type="secondary">
              当事人提出的事实、理由或者证据成立的，应当采纳；不得因当事人陈述、申辩而加重处罚。
              <br />
              {reviewing.content}
            </Typography.Paragraph>
          )
        }
        initialValues={{ adoption: 'notAdopted' }}
        onClose={() => setReviewing(undefined)}
        onSubmit={async (values) => {
          if (!reviewing) return;
          await reviewStatement(caseId, {
            responseId: reviewing.id,
            adoption: values.adoption,
            reasoning: values.reasoning.trim(),
          });
          message.success('复核意见已记录');
          onChanged();
        }}
      >
        <Form.Item label="复核结论" name="adoption">
          <Select
            options={statementAdoptions.map((value) => ({
              value,
              label: statementAdoptionLabels[value],
            }))}
          />
        </Form.Item>
        <Form.Item
          label="复核理由"
          name="reasoning"
          rules={[{ required: true, whitespace: true, min: 4, message: '请写明复核的理由' }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} />
        </Form.Item>
      </ActFormModal>
    </Card>
  );
}
