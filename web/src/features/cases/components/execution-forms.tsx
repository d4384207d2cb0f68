import { DatePicker, Form, Input, InputNumber, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { pickerTodayInBeijing } from '../../../lib/date-time';
import {
  applyForPaymentPlan,
  applyToCourt,
  courtRulingOutcomeLabels,
  courtRulingOutcomes,
  decidePaymentPlan,
  endRemedyPeriod,
  formatYuan,
  issueDemand,
  paymentChannelLabels,
  paymentChannels,
  recordCourtRuling,
  recordPayment,
  remedyKindLabels,
  remedyKinds,
  remedyOutcomeLabels,
  remedyOutcomes,
  startRemedyPeriod,
  type CourtRulingOutcome,
  type Execution,
  type PaymentChannel,
  type RemedyKind,
  type RemedyOutcome,
} from '../execution-api';
import { DateField, InfoAlert, RowsField } from './act-fields';
import { ActFormModal } from './investigation-shared';

export type ExecutionAct =
  | 'payment'
  | 'plan'
  | 'planDecision'
  | 'remedyStart'
  | 'remedyEnd'
  | 'demand'
  | 'courtApplication'
  | 'courtRuling';

const isoDate = (date: Dayjs) => date.format('YYYY-MM-DD');
const required = (message: string) => [{ required: true, message }];
const toFen = (yuan: number) => Math.round(yuan * 100);
const options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

function YuanField({ name, label }: { name: string | (string | number)[]; label?: string }) {
  return (
    <Form.Item
      label={label}
      name={name}
      rules={[{ required: true, message: '请填写金额' }]}
      style={label ? undefined : { flex: '1 1 140px', marginBottom: 0 }}
    >
      <InputNumber min={0.01} precision={2} addonAfter="元" style={{ width: '100%' }} />
    </Form.Item>
  );
}

function TextField({ name, label, max = 200 }: { name: string; label: string; max?: number }) {
  return (
    <Form.Item
      label={label}
      name={name}
      rules={[{ required: true, whitespace: true, message: `请填写${label}` }]}
    >
      <Input maxLength={max} />
    </Form.Item>
  );
}

interface ActModalProps {
  caseId: string;
  execution: Execution;
  act: ExecutionAct | undefined;
  onClose: () => void;
  onDone: (text: string) => void;
}

/** The dialog of one act of execution; each sends its own request and names what was done. */
export function ExecutionActModal({ caseId, execution, act, onClose, onDone }: ActModalProps) {
  const common = { onClose, open: true } as const;
  switch (act) {
    case undefined:
      return null;
    case 'payment':
      return (
        <ActFormModal<{ amount: number; paidOn: Dayjs; channel: PaymentChannel; reference: string }>
          {...common}
          title="登记缴款"
          okText="登记"
          intro={
            <InfoAlert title="罚缴分离：罚款由当事人缴入指定银行或者电子支付系统，本机关不收取现金。请按缴款凭证登记，登记后不可更改（行政处罚法第六十七条）。" />
          }
          initialValues={{
            amount: (execution.balance?.outstandingFen ?? 0) / 100,
            paidOn: pickerTodayInBeijing(),
            channel: 'bank',
          }}
          onSubmit={async (values) => {
            await recordPayment(caseId, {
              amountFen: toFen(values.amount),
              paidOn: isoDate(values.paidOn),
              channel: values.channel,
              reference: values.reference.trim(),
            });
            onDone('已登记缴款');
          }}
        >
          <YuanField name="amount" label="缴款金额" />
          <DateField name="paidOn" label="缴款日期" />
          <Form.Item label="缴款渠道" name="channel">
            <Radio.Group
              aria-label="缴款渠道"
              options={options(paymentChannels, paymentChannelLabels)}
            />
          </Form.Item>
          <TextField name="reference" label="银行缴款凭证号或电子支付流水号" max={64} />
        </ActFormModal>
      );
    case 'plan':
      return <PaymentPlanModal caseId={caseId} execution={execution} {...{ onClose, onDone }} />;
    case 'planDecision': {
      const pending = execution.plans.find((plan) => plan.status === 'pending');
      return (
        <ActFormModal<{ approved: boolean; reason: string }>
          {...common}
          title={`审批${pending?.kindLabel ?? ''}申请`}
          okText="提交"
          intro={pending && <PlanSummary plan={pending} />}
          initialValues={{ approved: true }}
          onSubmit={async (values) => {
            await decidePaymentPlan(caseId, { ...values, reason: values.reason.trim() });
            onDone(values.approved ? '已批准' : '已决定不予批准');
          }}
        >
          <Form.Item label="审批结果" name="approved">
            <Radio.Group
              aria-label="审批结果"
              options={[
                { value: true, label: '批准' },
                { value: false, label: '不批准' },
              ]}
            />
          </Form.Item>
          <TextField name="reason" label="审批意见" max={500} />
        </ActFormModal>
      );
    }
    case 'remedyStart':
      return (
        <ActFormModal<{ kind: RemedyKind; body: string; startedOn: Dayjs }>
          {...common}
          title="登记行政复议或者行政诉讼"
          okText="登记"
          intro={
            <InfoAlert title="复议、诉讼期间不停止执行，但不计加处罚款（行政处罚法第七十三条）。" />
          }
          initialValues={{ kind: 'reconsideration', startedOn: pickerTodayInBeijing() }}
          onSubmit={async (values) => {
            await startRemedyPeriod(caseId, {
              kind: values.kind,
              body: values.body.trim(),
              startedOn: isoDate(values.startedOn),
            });
            onDone('已登记');
          }}
        >
          <Form.Item label="种类" name="kind">
            <Radio.Group aria-label="种类" options={options(remedyKinds, remedyKindLabels)} />
          </Form.Item>
          <TextField name="body" label="复议机关或者人民法院" />
          <DateField name="startedOn" label="申请复议或者起诉的日期" />
        </ActFormModal>
      );
    case 'remedyEnd':
      return (
        <ActFormModal<{ endedOn: Dayjs; outcome: RemedyOutcome }>
          {...common}
          title="登记复议或者诉讼的结果"
          okText="登记"
          initialValues={{ endedOn: pickerTodayInBeijing(), outcome: 'upheld' }}
          onSubmit={async (values) => {
            await endRemedyPeriod(caseId, {
              endedOn: isoDate(values.endedOn),
              outcome: values.outcome,
            });
            onDone('已登记结果');
          }}
        >
          <DateField name="endedOn" label="复议决定书、裁判文书送达或者撤回之日" />
          <Form.Item label="结果" name="outcome">
            <Select options={options(remedyOutcomes, remedyOutcomeLabels)} />
          </Form.Item>
        </ActFormModal>
      );
    case 'demand':
      return (
        <ActFormModal<{ issuedOn: Dayjs; performBy: Dayjs }>
          {...common}
          title="催告"
          okText="制作催告书"
          intro={
            <InfoAlert title="催告书写明履行期限、方式、金额和当事人的陈述申辩权（行政强制法第三十五条）；制作后请在“送达”中登记送达，送达满十个工作日仍未履行的，方可申请人民法院强制执行。" />
          }
          initialValues={{
            issuedOn: pickerTodayInBeijing(),
            performBy: pickerTodayInBeijing().add(10, 'day'),
          }}
          onSubmit={async (values) => {
            await issueDemand(caseId, {
              issuedOn: isoDate(values.issuedOn),
              performBy: isoDate(values.performBy),
            });
            onDone('已制作催告书');
          }}
        >
          <DateField name="issuedOn" label="催告日期" />
          <DateField name="performBy" label="履行期限" future />
        </ActFormModal>
      );
    case 'courtApplication':
      return (
        <ActFormModal<{ appliedOn: Dayjs; court: string }>
          {...common}
          title="申请人民法院强制执行"
          okText="登记申请"
          intro={
            execution.courtWindow && (
              <InfoAlert
                title={`可以申请的期间：${execution.courtWindow.opensOn} 至 ${execution.courtWindow.closesOn}（${execution.courtWindow.article}）${execution.courtWindow.earliestAfterDemand ? `；催告书送达满十个工作日：${execution.courtWindow.earliestAfterDemand} 起` : '；尚未送达催告书'}。`}
              />
            )
          }
          initialValues={{ appliedOn: pickerTodayInBeijing() }}
          onSubmit={async (values) => {
            await applyToCourt(caseId, {
              appliedOn: isoDate(values.appliedOn),
              court: values.court.trim(),
            });
            onDone('已登记强制执行申请');
          }}
        >
          <DateField name="appliedOn" label="申请日期" />
          <TextField name="court" label="受理申请的人民法院" max={100} />
        </ActFormModal>
      );
    case 'courtRuling':
      return (
        <ActFormModal<{
          outcome: CourtRulingOutcome;
          ruledOn: Dayjs;
          rulingNumber: string;
          note?: string;
        }>
          {...common}
          title="登记法院裁定"
          okText="登记"
          initialValues={{ outcome: 'granted', ruledOn: pickerTodayInBeijing() }}
          onSubmit={async (values) => {
            await recordCourtRuling(caseId, {
              outcome: values.outcome,
              ruledOn: isoDate(values.ruledOn),
              rulingNumber: values.rulingNumber.trim(),
              note: values.note?.trim() || undefined,
            });
            onDone('已登记法院裁定');
          }}
        >
          <Form.Item label="裁定结果" name="outcome">
            <Select options={options(courtRulingOutcomes, courtRulingOutcomeLabels)} />
          </Form.Item>
          <DateField name="ruledOn" label="裁定日期" />
          <TextField name="rulingNumber" label="裁定书文号" max={100} />
          <Form.Item label="备注" name="note">
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
          </Form.Item>
        </ActFormModal>
      );
  }
}

export function PlanSummary({ plan }: { plan: Execution['plans'][number] }) {
  return (
    <ol style={{ margin: '0 0 16px', paddingInlineStart: 20 }}>
      {plan.instalments.map((instalment) => (
        <li key={instalment.dueDate}>
          {instalment.dueDate} 前缴纳 {formatYuan(instalment.amountFen)}
        </li>
      ))}
    </ol>
  );
}

interface PlanValues {
  kind: 'deferral' | 'instalments';
  appliedOn: Dayjs;
  reason: string;
  deferredTo?: Dayjs;
  instalments?: { dueDate: Dayjs; amount: number }[];
}

/** The party's application for 暂缓 or 分期: one new date, or a dated amount per instalment. */
function PaymentPlanModal({ caseId, execution, onClose, onDone }: Omit<ActModalProps, 'act'>) {
  return (
    <ActFormModal<PlanValues>
      open
      title="登记延期（暂缓）或者分期缴纳申请"
      okText="登记申请"
      intro={
        <InfoAlert
          title={`当事人确有经济困难的，可以申请延期或者分期缴纳，经负责人批准（行政处罚法第六十六条第二款）；各期合计不超过罚款 ${formatYuan(execution.decision?.fineFen ?? 0)}。`}
        />
      }
      initialValues={{ kind: 'instalments', appliedOn: pickerTodayInBeijing(), instalments: [] }}
      onClose={onClose}
      onSubmit={async (values) => {
        const common = { appliedOn: isoDate(values.appliedOn), reason: values.reason.trim() };
        await applyForPaymentPlan(
          caseId,
          values.kind === 'deferral'
            ? {
                ...common,
                kind: 'deferral',
                deferredTo: isoDate(values.deferredTo ?? pickerTodayInBeijing()),
              }
            : {
                ...common,
                kind: 'instalments',
                instalments: (values.instalments ?? []).map((instalment) => ({
                  dueDate: isoDate(instalment.dueDate),
                  amountFen: toFen(instalment.amount),
                })),
              },
        );
        onDone('已登记申请，等待负责人审批');
      }}
    >
      <Form.Item label="申请种类" name="kind">
        <Radio.Group
          aria-label="申请种类"
          options={[
            { value: 'instalments', label: '分期缴纳' },
            { value: 'deferral', label: '延期（暂缓）缴纳' },
          ]}
        />
      </Form.Item>
      <DateField name="appliedOn" label="申请日期" />
      <TextField name="reason" label="申请理由" max={500} />
      <Form.Item noStyle shouldUpdate={(prev, next) => prev.kind !== next.kind}>
        {({ getFieldValue }) =>
          getFieldValue('kind') === 'deferral' ? (
            <DateField name="deferredTo" label="延期至" future />
          ) : (
            <InstalmentsField />
          )
        }
      </Form.Item>
    </ActFormModal>
  );
}

function InstalmentsField() {
  return (
    <RowsField
      name="instalments"
      label="各期缴款日期和金额"
      emptyMessage="请至少填写一期"
      addText="添加一期"
      deleteLabel={(index) => `删除第 ${index + 1} 期`}
    >
      {(field, index) => (
        <>
          <Form.Item
            name={[field.name, 'dueDate']}
            rules={required('请选择日期')}
            style={{ flex: '1 1 140px', marginBottom: 0 }}
          >
            <DatePicker style={{ width: '100%' }} placeholder={`第 ${index + 1} 期日期`} />
          </Form.Item>
          <YuanField name={[field.name, 'amount']} />
        </>
      )}
    </RowsField>
  );
}
