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
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { ChoiceField } from '../../../components/choice-field';
import { formatInstant, todayInBeijing } from '../../../lib/date-time';
import { useRequest } from '../../../lib/use-request';
import { fetchEvidence, type CaseStage, type Evidence } from '../api';
import type { ListedItem } from '../investigation-api';
import {
  decideTransfer,
  fetchTransfers,
  handOverTransfer,
  proposeTransfer,
  recordTransferEvent,
  takeBackTransfer,
  transferEventLabels,
  transferKindLabels,
  transferKinds,
  type CaseTransfer,
  type NewTransferEvent,
  type TransferEventKind,
  type TransferKind,
} from '../transfer-api';
import {
  ActButtons,
  ActFormModal,
  ActItem,
  ListedItemsField,
  ListedItemsView,
  PdfLink,
} from './investigation-shared';
import { ReasonModal } from './reason-modal';

/** Stages from which the stage machine allows 移送. */
const transferableStages: readonly CaseStage[] = [
  'lead',
  'investigating',
  'investigationClosed',
  'awaitingDecision',
  'collectiveDiscussion',
];
const openStatuses: readonly CaseTransfer['status'][] = ['proposed', 'approved', 'handedOver'];
const statusColors: Record<CaseTransfer['status'], string> = {
  proposed: 'processing',
  refused: 'default',
  approved: 'warning',
  handedOver: 'blue',
  takenBack: 'default',
};

interface ProposalValues {
  kind: TransferKind;
  recipient: string;
  suspectedOffence?: string;
  reason: string;
  report: string;
  items?: ListedItem[];
  evidenceIds?: string[];
}

function ProposalFields({ evidence }: { evidence: readonly Evidence[] }) {
  const kind = Form.useWatch<TransferKind | undefined>('kind');
  const crime = kind !== 'jurisdiction';
  return (
    <>
      <ChoiceField
        label="移送类别"
        name="kind"
        ariaLabel="移送类别"
        options={transferKinds.map((value) => ({ value, label: transferKindLabels[value] }))}
      />
      <Form.Item
        label={crime ? '接受移送的公安机关' : '有管辖权的机关'}
        name="recipient"
        rules={[{ required: true, whitespace: true, message: '请填写接受移送的机关' }]}
      >
        <Input
          maxLength={60}
          placeholder={crime ? '如：某某县公安局' : '如：某某县交通运输综合行政执法大队'}
        />
      </Form.Item>
      {crime && (
        <Form.Item
          label="涉嫌罪名"
          name="suspectedOffence"
          rules={[{ required: true, whitespace: true, message: '请写明涉嫌的罪名' }]}
        >
          <Input maxLength={60} />
        </Form.Item>
      )}
      <Form.Item
        label={crime ? '涉嫌犯罪的事实和理由' : '不属于本机关管辖的理由'}
        name="reason"
        rules={[
          { required: true, whitespace: true, min: 10, message: '请写明事实和理由（至少10个字）' },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
      </Form.Item>
      <Form.Item
        label={crime ? '涉嫌犯罪案件情况的调查报告' : '调查情况'}
        name="report"
        rules={[
          { required: true, whitespace: true, min: 10, message: '请写明调查报告（至少10个字）' },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={10000} />
      </Form.Item>
      {crime && <ListedItemsField label="涉案物品清单" />}
      <Form.Item
        label="随案移送的证据"
        name="evidenceIds"
        extra={crime ? '检验报告、鉴定意见必须随案移送（移送规定第六条）' : undefined}
      >
        <Select
          mode="multiple"
          optionFilterProp="label"
          options={evidence.map((item) => ({
            value: item.id,
            label: `${item.typeLabel}：${item.title}`,
          }))}
        />
      </Form.Item>
    </>
  );
}

interface EventValues {
  kind: TransferEventKind;
  occurredOn: Dayjs;
  organ?: string;
  documentNumber?: string;
  note?: string;
}

function EventFields({ kinds }: { kinds: readonly TransferEventKind[] }) {
  const kind = Form.useWatch<TransferEventKind | undefined>('kind');
  return (
    <>
      <Form.Item label="事项" name="kind" rules={[{ required: true, message: '请选择事项' }]}>
        <Select options={kinds.map((value) => ({ value, label: transferEventLabels[value] }))} />
      </Form.Item>
      <Form.Item label="日期" name="occurredOn" rules={[{ required: true, message: '请选择日期' }]}>
        <DatePicker
          style={{ width: '100%' }}
          disabledDate={(date) => date.isAfter(dayjs(), 'day')}
        />
      </Form.Item>
      <Form.Item label="机关名称" name="organ">
        <Input maxLength={60} placeholder="如：某某县公安局、某某县人民检察院" />
      </Form.Item>
      <Form.Item label="文书编号" name="documentNumber">
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item
        label={kind === 'notAccepted' ? '不予立案的理由' : '说明'}
        name="note"
        rules={
          kind === 'notAccepted'
            ? [{ required: true, whitespace: true, message: '请记录不予立案的理由' }]
            : []
        }
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
    </>
  );
}

type Dialog =
  | { kind: 'propose' }
  | { kind: 'approve' | 'refuse' | 'handover' | 'event' | 'takeBack'; transfer: CaseTransfer };

function TransferItemView({
  caseId,
  transfer,
  actions,
}: {
  caseId: string;
  transfer: CaseTransfer;
  actions: ReactNode;
}) {
  return (
    <ActItem label={`${transfer.kindLabel} ${transfer.recipient}`}>
      <Flex gap={8} wrap align="center">
        <Typography.Text strong>
          {transfer.kindLabel}：{transfer.recipient}
        </Typography.Text>
        <Tag color={statusColors[transfer.status]}>{transfer.statusLabel}</Tag>
        {transfer.answer && <Tag color="purple">{transferEventLabels[transfer.answer]}</Tag>}
      </Flex>
      {transfer.suspectedOffence && (
        <Typography.Text>涉嫌：{transfer.suspectedOffence}</Typography.Text>
      )}
      <Typography.Text>{transfer.reason}</Typography.Text>
      {transfer.items.length > 0 && <ListedItemsView items={transfer.items} />}
      {transfer.evidence.length > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          随案证据：{transfer.evidence.map((item) => item.title).join('、')}
        </Typography.Text>
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {formatInstant(transfer.proposedAt)} 提出
        {transfer.decision &&
          ` · ${formatInstant(transfer.decision.decidedAt)} ${transfer.decision.approved ? '批准' : '不批准'}：${transfer.decision.opinion}`}
        {transfer.handover &&
          ` · ${formatInstant(transfer.handover.handedOverAt)} 移送，${transfer.handover.receiptSignedBy} 签收回执`}
      </Typography.Text>
      {(transfer.decision?.late || transfer.handover?.late) && (
        <Alert
          type="warning"
          showIcon
          title={
            transfer.decision?.late
              ? '负责人超过三日作出移送决定（移送规定第五条）'
              : '批准后超过二十四小时才移送（移送规定第五条）'
          }
        />
      )}
      {transfer.events.length > 0 && (
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {transfer.events.map((event) => (
            <li key={event.id}>
              {event.occurredOn} {event.label}
              {event.organ ? `（${event.organ}）` : ''}
              {event.documentNumber ? ` ${event.documentNumber}` : ''}
              {event.note ? `：${event.note}` : ''}
            </li>
          ))}
        </ul>
      )}
      {transfer.decision?.approved && (
        <PdfLink
          caseId={caseId}
          code={transfer.kind === 'crime' ? 'crimeTransferLetter' : 'caseTransferLetter'}
          itemId={transfer.id}
        >
          {transfer.kind === 'crime' ? '涉嫌犯罪案件移送书' : '案件移送函'}
        </PdfLink>
      )}
      {actions}
    </ActItem>
  );
}

interface TransferPanelProps {
  caseId: string;
  stage: CaseStage;
  isCaseOfficer: boolean;
  /** A head who is not one of the case officers (查处分离). */
  canDecide: boolean;
  onChanged: () => void;
}

/**
 * 移送 (行政处罚法第二十七条; 行政执法机关移送涉嫌犯罪案件的规定): the officers propose, the head
 * decides within three days, the case goes over within 24 hours, and the answer is followed up.
 */
export function TransferPanel({
  caseId,
  stage,
  isCaseOfficer,
  canDecide,
  onChanged,
}: TransferPanelProps) {
  const transfers = useRequest(() => fetchTransfers(caseId), [caseId, stage]);
  const evidence = useRequest(() => fetchEvidence(caseId), [caseId]);
  const [dialog, setDialog] = useState<Dialog>();
  const { message } = App.useApp();
  const items = transfers.data?.items ?? [];
  const open = items.some((transfer) => openStatuses.includes(transfer.status));
  const canPropose = isCaseOfficer && transferableStages.includes(stage) && !open;
  if (items.length === 0 && !canPropose) return null;

  async function after(done: Promise<unknown>, text: string) {
    await done;
    message.success(text);
    transfers.reload();
    onChanged();
  }

  const close = () => setDialog(undefined);
  const current = dialog && dialog.kind !== 'propose' ? dialog.transfer : undefined;

  function actionsOf(transfer: CaseTransfer) {
    const buttons = [
      transfer.status === 'proposed' && canDecide && (
        <Button
          key="approve"
          type="primary"
          onClick={() => setDialog({ kind: 'approve', transfer })}
        >
          批准移送
        </Button>
      ),
      transfer.status === 'proposed' && canDecide && (
        <Button key="refuse" onClick={() => setDialog({ kind: 'refuse', transfer })}>
          不批准
        </Button>
      ),
      transfer.status === 'approved' && isCaseOfficer && (
        <Button
          key="handover"
          type="primary"
          onClick={() => setDialog({ kind: 'handover', transfer })}
        >
          登记移送
        </Button>
      ),
      transfer.status === 'handedOver' && isCaseOfficer && (
        <Button key="event" onClick={() => setDialog({ kind: 'event', transfer })}>
          登记答复或后续事项
        </Button>
      ),
      transfer.status === 'handedOver' &&
        isCaseOfficer &&
        (transfer.answer === 'notAccepted' || transfer.answer === 'returned') && (
          <Button key="takeBack" onClick={() => setDialog({ kind: 'takeBack', transfer })}>
            收回本机关处理
          </Button>
        ),
    ].filter(Boolean);
    return buttons.length > 0 ? <ActButtons>{buttons}</ActButtons> : null;
  }

  return (
    <Card
      title="移送"
      extra={
        canPropose && (
          <Button size="small" onClick={() => setDialog({ kind: 'propose' })}>
            提出移送
          </Button>
        )
      }
    >
      {transfers.error && <Alert type="error" showIcon title={transfers.error.message} />}
      {transfers.loading && !transfers.data ? (
        <Spin />
      ) : items.length === 0 ? (
        <Empty description="没有移送" />
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {items.map((transfer) => (
            <TransferItemView
              key={transfer.id}
              caseId={caseId}
              transfer={transfer}
              actions={actionsOf(transfer)}
            />
          ))}
        </ul>
      )}
      <ActFormModal<ProposalValues>
        title="提出移送"
        okText="提交负责人决定"
        open={dialog?.kind === 'propose'}
        initialValues={{
          kind: 'crime',
          evidenceIds: (evidence.data?.items ?? [])
            .filter((item) => item.type === 'expertOpinion')
            .map((item) => item.id),
        }}
        onClose={close}
        onSubmit={(values) =>
          after(
            proposeTransfer(caseId, {
              kind: values.kind,
              recipient: values.recipient.trim(),
              suspectedOffence: values.kind === 'crime' ? values.suspectedOffence?.trim() : null,
              reason: values.reason.trim(),
              report: values.report.trim(),
              items: (values.items ?? []).map((item) => ({
                name: [item.name, item.specification].filter(Boolean).join(' '),
                quantity: item.quantity,
                ...(item.note ? { note: item.note } : {}),
              })),
              evidenceIds: values.evidenceIds ?? [],
            }),
            '已提出移送，等待负责人在三日内决定',
          )
        }
      >
        <ProposalFields evidence={evidence.data?.items ?? []} />
      </ActFormModal>
      <ReasonModal
        open={dialog?.kind === 'approve' || dialog?.kind === 'refuse'}
        title={dialog?.kind === 'approve' ? '批准移送' : '不批准移送'}
        okText={dialog?.kind === 'approve' ? '批准移送' : '不批准'}
        danger={dialog?.kind === 'refuse'}
        label={dialog?.kind === 'approve' ? '审批意见' : '不批准的理由'}
        intro={
          dialog?.kind === 'approve' && (
            <p>批准后案件转入“已移送”，本机关不得以行政处罚代替移送，应在二十四小时内移送。</p>
          )
        }
        onClose={close}
        onSubmit={(opinion) =>
          current
            ? after(
                decideTransfer(current.id, { approved: dialog?.kind === 'approve', opinion }),
                dialog?.kind === 'approve' ? '已批准移送' : '已决定不批准移送',
              )
            : Promise.resolve()
        }
      />
      <ActFormModal<{ handedOverAt: Dayjs; receiptSignedBy: string }>
        title="登记移送"
        okText="登记"
        open={dialog?.kind === 'handover'}
        initialValues={{ handedOverAt: dayjs() }}
        onClose={close}
        onSubmit={(values) =>
          current
            ? after(
                handOverTransfer(current.id, {
                  handedOverAt: values.handedOverAt.toISOString(),
                  receiptSignedBy: values.receiptSignedBy.trim(),
                }),
                '已登记移送',
              )
            : Promise.resolve()
        }
      >
        <Form.Item label="移送时间" name="handedOverAt" rules={[{ required: true }]}>
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item
          label="在回执上签字的接收人"
          name="receiptSignedBy"
          rules={[{ required: true, whitespace: true, message: '请填写接收人' }]}
        >
          <Input maxLength={60} />
        </Form.Item>
      </ActFormModal>
      <ActFormModal<EventValues>
        title="登记答复或后续事项"
        okText="登记"
        open={dialog?.kind === 'event'}
        initialValues={{ occurredOn: dayjs(todayInBeijing()) }}
        onClose={close}
        onSubmit={(values) =>
          current
            ? after(
                recordTransferEvent(current.id, toEvent(values)),
                `已登记：${transferEventLabels[values.kind]}`,
              )
            : Promise.resolve()
        }
      >
        <EventFields kinds={current?.eventKinds ?? []} />
      </ActFormModal>
      <ReasonModal
        open={dialog?.kind === 'takeBack'}
        title="收回本机关处理"
        okText="收回"
        label="收回的理由"
        intro={<p>收回后案件回到调查取证阶段，依法作出处理（移送规定第十条、第十三条）。</p>}
        onClose={close}
        onSubmit={(reason) =>
          current ? after(takeBackTransfer(current.id, reason), '已收回案件') : Promise.resolve()
        }
      />
    </Card>
  );
}

function toEvent(values: EventValues): NewTransferEvent {
  return {
    kind: values.kind,
    occurredOn: values.occurredOn.format('YYYY-MM-DD'),
    organ: values.organ?.trim() || null,
    documentNumber: values.documentNumber?.trim() || null,
    note: values.note?.trim() || null,
  };
}
