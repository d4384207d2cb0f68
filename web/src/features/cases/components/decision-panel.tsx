import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
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
import { undecidedStages } from '@domain/case/decision-deadline.js';
import { ChoiceField } from '../../../components/choice-field';
import type { CaseStage } from '../api';
import {
  decide,
  educationRequired,
  extendDecisionDeadline,
  noPenaltyGroundRules,
  noPenaltyGrounds,
  type CaseDecision,
  type LegalBasis,
  type NoPenaltyGround,
} from '../decision-api';
import {
  penaltyKindLabels,
  penaltyKinds,
  type PenaltyKind,
  type ProposalView,
} from '../review-api';
import { amountItems, toProposal, toYuan } from './decision-penalty-fields';
import type { StepFormProps } from './act-fields';
import { ActButtons, ActFormModal, DueTag, PdfLink } from './investigation-shared';
import { BlockerList } from './notice-panel';

interface DecisionValues {
  kind: 'penalty' | 'noPenalty';
  penalties: { kind: PenaltyKind; basis: LegalBasis }[];
  fineYuan?: number | null;
  illegalGainsYuan?: number | null;
  illegalPropertyValueYuan?: number | null;
  performanceManner: string;
  paymentAccount?: string;
  ground?: NoPenaltyGround;
  education?: string;
  facts?: string;
  reconsiderationBody: string;
  litigationCourt: string;
  sealed: boolean;
}

const trimmed = (text: string | undefined) => text?.trim() ?? '';

function decisionInput(values: DecisionValues) {
  const remedies = {
    ...(trimmed(values.facts) ? { facts: trimmed(values.facts) } : {}),
    reconsiderationBody: trimmed(values.reconsiderationBody),
    litigationCourt: trimmed(values.litigationCourt),
    sealed: values.sealed,
  };
  if (values.kind === 'noPenalty') {
    return {
      kind: 'noPenalty' as const,
      ground: values.ground ?? 'minorViolation',
      ...(trimmed(values.education) ? { education: trimmed(values.education) } : {}),
      ...remedies,
    };
  }
  const amounts = toProposal({ ...values, kinds: values.penalties.map((penalty) => penalty.kind) });
  return {
    kind: 'penalty' as const,
    // An empty 款 or 项 is left out rather than cited blank.
    penalties: values.penalties.map(({ kind, basis }) => ({
      kind,
      basis: {
        law: trimmed(basis.law),
        article: trimmed(basis.article),
        ...(trimmed(basis.paragraph) ? { paragraph: trimmed(basis.paragraph) } : {}),
        ...(trimmed(basis.item) ? { item: trimmed(basis.item) } : {}),
      },
    })),
    fineFen: amounts.fineFen,
    illegalGainsFen: amounts.illegalGainsFen,
    illegalPropertyValueFen: amounts.illegalPropertyValueFen,
    performanceManner: trimmed(values.performanceManner),
    paymentAccount: trimmed(values.paymentAccount),
    ...remedies,
  };
}

function PenaltyItems() {
  return (
    <Form.List name="penalties">
      {(fields, { add, remove }) => (
        <Form.Item label="处罚种类及依据" required>
          <Flex vertical gap={8}>
            {fields.map((field, index) => (
              <Card
                key={field.key}
                size="small"
                title={`处罚 ${index + 1}`}
                extra={
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={`删除处罚 ${index + 1}`}
                    onClick={() => remove(field.name)}
                  />
                }
              >
                <Form.Item
                  label="种类"
                  name={[field.name, 'kind']}
                  rules={[{ required: true, message: '请选择处罚种类' }]}
                >
                  <Select
                    options={penaltyKinds.map((value) => ({
                      value,
                      label: penaltyKindLabels[value],
                    }))}
                  />
                </Form.Item>
                <Form.Item label="法律、法规、规章名称" name={[field.name, 'basis', 'law']}>
                  <Input maxLength={100} placeholder="中华人民共和国道路运输条例" />
                </Form.Item>
                <Flex gap={8}>
                  <Form.Item label="条" name={[field.name, 'basis', 'article']} style={{ flex: 1 }}>
                    <Input maxLength={20} placeholder="第六十三条" />
                  </Form.Item>
                  <Form.Item
                    label="款"
                    name={[field.name, 'basis', 'paragraph']}
                    style={{ flex: 1 }}
                  >
                    <Input maxLength={10} placeholder="第一款" />
                  </Form.Item>
                  <Form.Item label="项" name={[field.name, 'basis', 'item']} style={{ flex: 1 }}>
                    <Input maxLength={10} placeholder="第一项" />
                  </Form.Item>
                </Flex>
              </Card>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ basis: {} })} block>
              添加处罚
            </Button>
          </Flex>
        </Form.Item>
      )}
    </Form.List>
  );
}

function PenaltyDecisionFields() {
  return (
    <>
      <PenaltyItems />
      <Form.Item noStyle dependencies={['penalties']}>
        {({ getFieldValue }) => {
          const chosen = ((getFieldValue('penalties') ?? []) as { kind?: PenaltyKind }[]).map(
            (penalty) => penalty?.kind,
          );
          return amountItems(chosen);
        }}
      </Form.Item>
      <Form.Item label="履行方式和期限" name="performanceManner">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} />
      </Form.Item>
      <Form.Item label="缴款银行账户或电子支付方式" name="paymentAccount">
        <Input maxLength={200} />
      </Form.Item>
    </>
  );
}

function NoPenaltyFields() {
  return (
    <>
      <Form.Item
        label="不予处罚的理由"
        name="ground"
        rules={[{ required: true, message: '请选择理由' }]}
      >
        <Select
          options={noPenaltyGrounds.map((value) => ({
            value,
            label: `${noPenaltyGroundRules[value].label}（${noPenaltyGroundRules[value].article}）`,
          }))}
        />
      </Form.Item>
      <Form.Item noStyle dependencies={['ground']}>
        {({ getFieldValue }) => {
          const ground = getFieldValue('ground') as NoPenaltyGround | undefined;
          const required = ground !== undefined && educationRequired(ground);
          return (
            <Form.Item
              label="批评教育情况"
              name="education"
              rules={
                required
                  ? [
                      {
                        required: true,
                        whitespace: true,
                        message: '请记录批评教育的时间、方式和内容',
                      },
                    ]
                  : []
              }
              extra="依法不予处罚的，应当对当事人进行教育（行政处罚法第三十三条第三款）"
            >
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
            </Form.Item>
          );
        }}
      </Form.Item>
    </>
  );
}

function DecisionForm({
  caseId,
  kinds,
  proposal,
  open,
  onClose,
  onDone,
}: StepFormProps & {
  kinds: DecisionValues['kind'][];
  proposal: ProposalView | null;
}) {
  const { message } = App.useApp();
  const first = kinds[0] ?? 'penalty';
  return (
    <ActFormModal<DecisionValues>
      title="作出决定"
      open={open}
      okText="作出决定"
      intro={
        <Typography.Paragraph type="secondary">
          决定书须载明当事人、违法事实和证据、处罚种类和依据（写明条、款、项）、履行方式和期限、复议和诉讼途径及期限、机关名称和日期，并加盖印章（行政处罚法第五十九条）。
          {proposal && `拟作出的处罚：${proposal.summary}，决定不得重于告知和法制审核的处罚。`}
        </Typography.Paragraph>
      }
      initialValues={{
        kind: first,
        penalties: (proposal?.kinds ?? ['fine']).map((kind) => ({
          kind,
          basis: { law: '', article: '' },
        })),
        fineYuan: toYuan(proposal?.fineFen ?? 0),
        illegalGainsYuan: toYuan(proposal?.illegalGainsFen ?? 0),
        illegalPropertyValueYuan: toYuan(proposal?.illegalPropertyValueFen ?? 0),
        performanceManner: '自收到本决定书之日起十五日内到指定银行或者通过电子支付系统缴纳罚款',
        sealed: false,
      }}
      onClose={onClose}
      onSubmit={async (values) => {
        await decide(caseId, decisionInput(values));
        message.success('决定已作出，请及时送达');
        onDone();
      }}
    >
      {kinds.length > 1 && (
        <ChoiceField
          label="决定"
          name="kind"
          ariaLabel="决定"
          options={[
            { value: 'penalty', label: '行政处罚决定' },
            { value: 'noPenalty', label: '不予行政处罚决定' },
          ]}
        />
      )}
      <Form.Item noStyle dependencies={['kind']}>
        {({ getFieldValue }) =>
          getFieldValue('kind') === 'noPenalty' ? <NoPenaltyFields /> : <PenaltyDecisionFields />
        }
      </Form.Item>
      <Form.Item label="违法事实（不填则用调查终结报告认定的事实）" name="facts">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
      </Form.Item>
      <Form.Item
        label="行政复议机关"
        name="reconsiderationBody"
        extra="当事人可在收到决定书之日起六十日内申请行政复议"
      >
        <Input maxLength={100} placeholder="如：某某县人民政府" />
      </Form.Item>
      <Form.Item label="行政诉讼法院" name="litigationCourt" extra="当事人可在六个月内提起行政诉讼">
        <Input maxLength={100} placeholder="如：某某县人民法院" />
      </Form.Item>
      <Form.Item name="sealed" valuePropName="checked">
        <Checkbox>决定书已加盖本机关印章</Checkbox>
      </Form.Item>
    </ActFormModal>
  );
}

interface DecisionPanelProps {
  caseId: string;
  stage: CaseStage;
  decision: CaseDecision;
  /** The penalty as last reviewed, notified or proposed in the report, to start the form from. */
  proposal: ProposalView | null;
  isHead: boolean;
  onChanged: () => void;
}

/** 决定 (行政处罚法第五十七条、第五十九条、第六十条): the head decides within the ninety days. */
export function DecisionPanel({
  caseId,
  stage,
  decision,
  proposal,
  isHead,
  onChanged,
}: DecisionPanelProps) {
  const [deciding, setDeciding] = useState(false);
  const [extending, setExtending] = useState(false);
  const { message } = App.useApp();
  const actions = allowedActions(stage);
  const kinds = (
    [
      ['decidePenalty', 'penalty'],
      ['decideNoPenalty', 'noPenalty'],
    ] as const
  )
    .filter(([action]) => actions.includes(action))
    .map(([, kind]) => kind);
  const made = decision.decision;
  const undecided = !made && decision.due !== null && undecidedStages.includes(stage);
  if (!made && !undecided) return null;

  return (
    <Card title="决定">
      <Flex vertical gap={12}>
        {undecided && decision.due && (
          <Flex gap={8} align="center" wrap>
            <DueTag due={decision.due.date} label="作出决定期限" />
            {decision.due.extended && <Tag color="blue">经负责人批准延长</Tag>}
          </Flex>
        )}
        {decision.extensions.map((extension) => (
          <Typography.Text key={extension.id} type="secondary" style={{ fontSize: 12 }}>
            {extension.approvedOn} {extension.approverName} 批准延长至 {extension.newDue}（原期限{' '}
            {extension.previousDue}）：{extension.reason}
          </Typography.Text>
        ))}
        {made ? (
          <Flex vertical gap={4}>
            <Flex gap={8} align="center" wrap>
              <Tag color={made.kind === 'penalty' ? 'orange' : 'green'}>
                {made.kind === 'penalty' ? '行政处罚决定' : '不予行政处罚决定'}
              </Tag>
              <Typography.Text strong>{made.summary}</Typography.Text>
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {made.documentNumber} · {made.decidedOn} {made.deciderName} 决定
            </Typography.Text>
            <PdfLink
              caseId={caseId}
              code={made.kind === 'penalty' ? 'penaltyDecision' : 'noPenaltyDecision'}
              itemId={made.id}
            >
              {made.kind === 'penalty' ? '行政处罚决定书' : '不予行政处罚决定书'}
            </PdfLink>
          </Flex>
        ) : (
          kinds.length > 0 && (
            <BlockerList title="现在作出决定还须：" blockers={decision.blockers} />
          )
        )}
        {isHead && undecided && (
          <ActButtons>
            {kinds.length > 0 && (
              <Button type="primary" onClick={() => setDeciding(true)}>
                作出决定
              </Button>
            )}
            <Button onClick={() => setExtending(true)}>延长办案期限</Button>
          </ActButtons>
        )}
      </Flex>
      <DecisionForm
        caseId={caseId}
        kinds={kinds}
        proposal={proposal}
        open={deciding}
        onClose={() => setDeciding(false)}
        onDone={onChanged}
      />
      <ActFormModal<{ newDueDate: Dayjs; reason: string }>
        title="延长办案期限"
        open={extending}
        okText="批准延长"
        intro={
          <Typography.Paragraph type="secondary">
            行政处罚法第六十条：应当自立案之日起九十日内作出决定。现期限 {decision.due?.date ?? '—'}
            。
          </Typography.Paragraph>
        }
        onClose={() => setExtending(false)}
        onSubmit={async (values) => {
          await extendDecisionDeadline(caseId, {
            newDueDate: values.newDueDate.format('YYYY-MM-DD'),
            reason: values.reason.trim(),
          });
          message.success('已批准延长办案期限');
          onChanged();
        }}
      >
        <Form.Item
          label="延长至"
          name="newDueDate"
          rules={[{ required: true, message: '请选择日期' }]}
        >
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item
          label="延长理由"
          name="reason"
          rules={[{ required: true, whitespace: true, min: 4, message: '请写明延长理由' }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
        </Form.Item>
      </ActFormModal>
    </Card>
  );
}
