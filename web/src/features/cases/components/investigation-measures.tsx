import {
  Alert,
  App,
  Button,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Switch,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ChoiceField } from '../../../components/choice-field';
import { formatInstant } from '../../../lib/date-time';
import {
  compulsoryMeasureKindLabels,
  compulsoryMeasureKinds,
  decideMeasure,
  extendMeasure,
  implementMeasure,
  liftMeasure,
  liftReasonLabels,
  liftReasons,
  MAX_EXTENSION_DAYS,
  MAX_MEASURE_DAYS,
  requestMeasure,
  type CompulsoryMeasure,
  type LiftReason,
  type MeasureStatus,
  type NewMeasure,
} from '../investigation-api';
import { ReasonModal } from './reason-modal';
import {
  ActButtons,
  ActFormModal,
  ActItem,
  DueTag,
  ListedItemsField,
  ListedItemsView,
  PdfLink,
  ActList,
  SectionButton,
} from './investigation-shared';

const statusColors: Record<MeasureStatus, string> = {
  requested: 'processing',
  refused: 'default',
  approved: 'processing',
  awaitingApproval: 'warning',
  inForce: 'success',
  mustLift: 'error',
  lifted: 'default',
};

const kindOptions = compulsoryMeasureKinds.map((value) => ({
  value,
  label: compulsoryMeasureKindLabels[value],
}));
const liftOptions = liftReasons.map((value) => ({ value, label: liftReasonLabels[value] }));
const REPORT_HOURS = 24;

type MeasureAct = 'implement' | 'extend' | 'lift';

interface MeasureFormValues extends Omit<NewMeasure, 'implementedAt'> {
  implementedAt?: Dayjs;
}

function EmergencyNote({ measure }: { measure: CompulsoryMeasure }) {
  if (!measure.emergency || !measure.implementedAt) return null;
  const reportBy = dayjs(measure.implementedAt).add(REPORT_HOURS, 'hour').toISOString();
  if (measure.reportLate) {
    return (
      <Alert
        type="error"
        showIcon
        title="当场实施后超过二十四小时才报告负责人，依法不能补办批准，应当立即解除（行政强制法第十九条）。"
      />
    );
  }
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      情况紧急当场实施于 {formatInstant(measure.implementedAt)}，已于{' '}
      {formatInstant(measure.requestedAt)} 报告负责人（应在 {formatInstant(reportBy)} 前）
    </Typography.Text>
  );
}

function MeasureItem({
  caseId,
  measure,
  canAct,
  canApprove,
  onDecide,
  onAct,
}: {
  caseId: string;
  measure: CompulsoryMeasure;
  canAct: boolean;
  canApprove: boolean;
  onDecide: (approved: boolean) => void;
  onAct: (act: MeasureAct) => void;
}) {
  const holding = measure.implementedAt !== null && measure.liftedOn === null;
  const hasDecision =
    measure.emergency || ['approved', 'inForce', 'lifted'].includes(measure.status);
  return (
    <ActItem label={`${measure.kindLabel}（${measure.items.map((item) => item.name).join('、')}）`}>
      <Flex gap={8} align="center" wrap>
        <Tag color="blue" style={{ marginInlineEnd: 0 }}>
          {measure.kindLabel}
        </Tag>
        <Tag color={statusColors[measure.status]} style={{ marginInlineEnd: 0 }}>
          {measure.statusLabel}
        </Tag>
        {holding && measure.endsOn && <DueTag due={measure.endsOn} label="期限至" />}
        {measure.extensionDays !== null && <Tag>已延长 {measure.extensionDays} 日</Tag>}
      </Flex>
      <ListedItemsView items={measure.items} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        理由：{measure.reason} · 依据：{measure.legalBasis} · 地点：{measure.place} · 期限{' '}
        {measure.termDays} 日
        {measure.implementedAt ? ` · 实施于 ${formatInstant(measure.implementedAt)}` : ''}
      </Typography.Text>
      <EmergencyNote measure={measure} />
      {measure.decisionOpinion && (
        <Typography.Text style={{ fontSize: 13 }}>
          负责人意见：{measure.decisionOpinion}
        </Typography.Text>
      )}
      {measure.extensionReason && (
        <Typography.Text style={{ fontSize: 13 }}>
          延长理由：{measure.extensionReason}
        </Typography.Text>
      )}
      {measure.liftedOn && (
        <Typography.Text style={{ fontSize: 13 }}>
          已于 {measure.liftedOn} 解除：{measure.liftReasonLabel}
          {measure.liftNote ? `，${measure.liftNote}` : ''}
        </Typography.Text>
      )}
      <ActButtons>
        {hasDecision && (
          <PdfLink caseId={caseId} code="measureDecision" itemId={measure.id}>
            行政强制措施决定书 PDF
          </PdfLink>
        )}
        {canApprove &&
          (measure.status === 'requested' || measure.status === 'awaitingApproval') && (
            <>
              <Button size="small" type="primary" onClick={() => onDecide(true)}>
                {measure.emergency ? '补办批准' : '批准'}
              </Button>
              <Button size="small" onClick={() => onDecide(false)}>
                不批准
              </Button>
            </>
          )}
        {canApprove && measure.status === 'mustLift' && measure.decidedAt === null && (
          <Button size="small" onClick={() => onDecide(false)}>
            不批准（应立即解除）
          </Button>
        )}
        {canApprove && measure.status === 'inForce' && measure.extensionDays === null && (
          <Button size="small" onClick={() => onAct('extend')}>
            批准延长期限
          </Button>
        )}
        {canAct && measure.status === 'approved' && (
          <Button size="small" type="primary" onClick={() => onAct('implement')}>
            记录实施
          </Button>
        )}
        {canAct && holding && (
          <Button size="small" danger={measure.status === 'mustLift'} onClick={() => onAct('lift')}>
            解除
          </Button>
        )}
      </ActButtons>
    </ActItem>
  );
}

interface MeasureSectionProps {
  caseId: string;
  measures: readonly CompulsoryMeasure[];
  /** A case officer while the case is 调查取证: may ask for or report a new measure. */
  canRequest: boolean;
  /** A case officer of a case not yet archived: records implementation and lifting. */
  canAct: boolean;
  canApprove: boolean;
  onChanged: () => void;
}

/** 查封、扣押 (行政强制法第十八条至第二十八条): approval, 24-hour report, 30 + 30 days, 解除. */
export function MeasureSection({
  caseId,
  measures,
  canRequest,
  canAct,
  canApprove,
  onChanged,
}: MeasureSectionProps) {
  const [requesting, setRequesting] = useState(false);
  const [deciding, setDeciding] = useState<{ id: string; approved: boolean }>();
  const [acting, setActing] = useState<{ measure: CompulsoryMeasure; act: MeasureAct }>();
  const { message } = App.useApp();
  const done = (text: string) => {
    message.success(text);
    onChanged();
  };

  return (
    <Flex vertical gap={12}>
      {canRequest && (
        <SectionButton onClick={() => setRequesting(true)}>申请或报告查封、扣押</SectionButton>
      )}
      <ActList label="行政强制措施列表" empty="没有行政强制措施">
        {measures.map((measure) => (
          <MeasureItem
            key={measure.id}
            caseId={caseId}
            measure={measure}
            canAct={canAct}
            canApprove={canApprove}
            onDecide={(approved) => setDeciding({ id: measure.id, approved })}
            onAct={(act) => setActing({ measure, act })}
          />
        ))}
      </ActList>
      <ActFormModal<MeasureFormValues>
        title="查封、扣押"
        open={requesting}
        okText="提交"
        initialValues={{
          kind: 'seizure',
          items: [{ name: '', quantity: '' }],
          termDays: MAX_MEASURE_DAYS,
          emergency: false,
        }}
        onClose={() => setRequesting(false)}
        onSubmit={async ({ implementedAt, ...values }) => {
          const created = await requestMeasure(caseId, {
            ...values,
            implementedAt: values.emergency && implementedAt ? implementedAt.toISOString() : null,
          });
          done(created.emergency ? '已报告负责人，请尽快补办批准手续' : '已提交负责人审批');
        }}
      >
        <ChoiceField label="措施" name="kind" ariaLabel="措施" options={kindOptions} />
        <ListedItemsField label="查封、扣押的场所、设施或者财物" />
        <Form.Item
          label="理由"
          name="reason"
          rules={[{ required: true, whitespace: true, message: '请写明理由' }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
        </Form.Item>
        <Form.Item
          label="依据"
          name="legalBasis"
          rules={[{ required: true, whitespace: true, message: '请写明法律、法规依据' }]}
        >
          <Input maxLength={500} placeholder="如：《中华人民共和国道路运输条例》第六十八条" />
        </Form.Item>
        <Form.Item
          label="地点"
          name="place"
          rules={[{ required: true, whitespace: true, message: '请填写地点' }]}
        >
          <Input maxLength={120} />
        </Form.Item>
        <Form.Item
          label="期限（日）"
          name="termDays"
          extra="不得超过三十日（行政强制法第二十五条）"
        >
          <InputNumber min={1} max={MAX_MEASURE_DAYS} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          label="情况紧急，已当场实施"
          name="emergency"
          valuePropName="checked"
          extra="当场实施的，应在二十四小时内报告负责人并补办批准手续；提交即向负责人报告（行政强制法第十九条）"
        >
          <Switch />
        </Form.Item>
        <Form.Item noStyle dependencies={['emergency']}>
          {({ getFieldValue }) =>
            getFieldValue('emergency') && (
              <Form.Item
                label="实施时间"
                name="implementedAt"
                rules={[{ required: true, message: '请选择当场实施的时间' }]}
              >
                <DatePicker
                  showTime={{ format: 'HH:mm' }}
                  format="YYYY-MM-DD HH:mm"
                  style={{ width: '100%' }}
                  disabledDate={(date) => date.isAfter(dayjs(), 'day')}
                />
              </Form.Item>
            )
          }
        </Form.Item>
      </ActFormModal>
      <ReasonModal
        open={deciding !== undefined}
        title={deciding?.approved ? '批准行政强制措施' : '不批准行政强制措施'}
        okText={deciding?.approved ? '批准' : '不批准'}
        danger={deciding?.approved === false}
        label="审批意见"
        intro={
          deciding?.approved === false && (
            <p>已当场实施的措施不予批准的，执法人员应当立即解除（行政强制法第十九条）。</p>
          )
        }
        onClose={() => setDeciding(undefined)}
        onSubmit={async (opinion) => {
          if (!deciding) return;
          await decideMeasure(deciding.id, { approved: deciding.approved, opinion });
          done(deciding.approved ? '已批准' : '已决定不批准');
        }}
      />
      <ActFormModal<{ implementedAt: Dayjs }>
        title="记录实施"
        open={acting?.act === 'implement'}
        okText="记录实施"
        initialValues={{ implementedAt: dayjs() }}
        intro={<p>期限自实施之日起计算；请当场交付决定书和清单（行政强制法第二十四条）。</p>}
        onClose={() => setActing(undefined)}
        onSubmit={async ({ implementedAt }) => {
          if (!acting) return;
          await implementMeasure(acting.measure.id, implementedAt.toISOString());
          done('已记录实施');
        }}
      >
        <Form.Item
          label="实施时间"
          name="implementedAt"
          rules={[{ required: true, message: '请选择实施时间' }]}
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: '100%' }}
          />
        </Form.Item>
      </ActFormModal>
      <ActFormModal<{ days: number; reason: string }>
        title="批准延长查封、扣押期限"
        open={acting?.act === 'extend'}
        okText="批准延长"
        initialValues={{ days: MAX_EXTENSION_DAYS }}
        intro={
          <p>
            情况复杂的，经负责人批准可以延长一次，延长期限不得超过三十日（行政强制法第二十五条）。
          </p>
        }
        onClose={() => setActing(undefined)}
        onSubmit={async (values) => {
          if (!acting) return;
          await extendMeasure(acting.measure.id, { ...values, reason: values.reason.trim() });
          done('已延长期限，请书面告知当事人并说明理由');
        }}
      >
        <Form.Item
          label="延长（日）"
          name="days"
          rules={[{ required: true, message: '请填写延长天数' }]}
        >
          <InputNumber min={1} max={MAX_EXTENSION_DAYS} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          label="理由"
          name="reason"
          rules={[
            { required: true, whitespace: true, message: '请写明情况复杂的理由' },
            { min: 4, message: '至少4个字' },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} />
        </Form.Item>
      </ActFormModal>
      <ActFormModal<{ reason: LiftReason; note?: string; liftedOn: Dayjs }>
        title="解除查封、扣押"
        open={acting?.act === 'lift'}
        okText="解除"
        initialValues={{
          liftedOn: dayjs(),
          reason: acting?.measure.status === 'mustLift' ? 'notApproved' : undefined,
        }}
        intro={<p>解除查封、扣押应当立即退还财物（行政强制法第二十八条）。</p>}
        onClose={() => setActing(undefined)}
        onSubmit={async (values) => {
          if (!acting) return;
          await liftMeasure(acting.measure.id, {
            reason: values.reason,
            note: values.note?.trim() || undefined,
            liftedOn: values.liftedOn.format('YYYY-MM-DD'),
          });
          done('已解除');
        }}
      >
        <Form.Item
          label="解除理由"
          name="reason"
          rules={[{ required: true, message: '请选择解除理由' }]}
        >
          <Select options={liftOptions} />
        </Form.Item>
        <Form.Item label="说明" name="note">
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={1000}
            placeholder="如：车辆已当场退还当事人"
          />
        </Form.Item>
        <Form.Item
          label="解除日期"
          name="liftedOn"
          rules={[{ required: true, message: '请选择解除日期' }]}
        >
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(date) => date.isAfter(dayjs(), 'day')}
          />
        </Form.Item>
      </ActFormModal>
    </Flex>
  );
}
