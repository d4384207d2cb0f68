import { App, Button, DatePicker, Flex, Form, Input, Select, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { formatInstant } from '../../../lib/date-time';
import {
  decidePreservation,
  handlePreservation,
  preservationHandlingLabels,
  preservationHandlings,
  requestPreservation,
  type NewPreservation,
  type Preservation,
  type PreservationHandling,
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

const statusTags: Record<Preservation['status'], { color: string; text: string }> = {
  requested: { color: 'processing', text: '待负责人批准' },
  approved: { color: 'success', text: '已批准' },
  refused: { color: 'default', text: '未批准' },
};

const handlingOptions = preservationHandlings.map((value) => ({
  value,
  label: preservationHandlingLabels[value],
}));

interface HandlingValues {
  handling: PreservationHandling;
  note?: string;
  handledOn: Dayjs;
}

function PreservationItem({
  caseId,
  preservation,
  canHandle,
  canApprove,
  onDecide,
  onHandle,
}: {
  caseId: string;
  preservation: Preservation;
  canHandle: boolean;
  canApprove: boolean;
  onDecide: (approved: boolean) => void;
  onHandle: () => void;
}) {
  const status = statusTags[preservation.status];
  const awaitingDecision = preservation.status === 'approved' && preservation.handling === null;
  return (
    <ActItem label={`先行登记保存（${preservation.items.map((item) => item.name).join('、')}）`}>
      <Flex gap={8} align="center" wrap>
        <Tag color={status.color} style={{ marginInlineEnd: 0 }}>
          {status.text}
        </Tag>
        {awaitingDecision && preservation.decisionDue && (
          <DueTag due={preservation.decisionDue} label="处理决定期限" />
        )}
        {preservation.handledLate && <Tag color="error">处理决定逾期作出</Tag>}
      </Flex>
      <ListedItemsView items={preservation.items} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        理由：{preservation.reason} · 登记地点：{preservation.place} · 保存地点：
        {preservation.storagePlace} · 申请于 {formatInstant(preservation.createdAt)}
      </Typography.Text>
      {preservation.decisionOpinion && (
        <Typography.Text style={{ fontSize: 13 }}>
          负责人意见：{preservation.decisionOpinion}
        </Typography.Text>
      )}
      {preservation.handlingLabel && (
        <Typography.Text style={{ fontSize: 13 }}>
          处理决定（{preservation.handledOn}）：{preservation.handlingLabel}
          {preservation.handlingNote ? `，${preservation.handlingNote}` : ''}
        </Typography.Text>
      )}
      <ActButtons>
        {preservation.status === 'approved' && (
          <PdfLink caseId={caseId} code="preservationList" itemId={preservation.id}>
            证据登记保存清单 PDF
          </PdfLink>
        )}
        {canApprove && preservation.status === 'requested' && (
          <>
            <Button size="small" type="primary" onClick={() => onDecide(true)}>
              批准
            </Button>
            <Button size="small" onClick={() => onDecide(false)}>
              不批准
            </Button>
          </>
        )}
        {canHandle && awaitingDecision && (
          <Button size="small" type="primary" onClick={onHandle}>
            作出处理决定
          </Button>
        )}
      </ActButtons>
    </ActItem>
  );
}

interface PreservationSectionProps {
  caseId: string;
  preservations: readonly Preservation[];
  /** A case officer while the case is 调查取证: may ask for a new one. */
  canRequest: boolean;
  /** A case officer of a case not yet archived: may record the handling decision. */
  canHandle: boolean;
  canApprove: boolean;
  onChanged: () => void;
}

/** 先行登记保存 (行政处罚法第五十六条): request, the head's approval, the decision within 7 working days. */
export function PreservationSection({
  caseId,
  preservations,
  canRequest,
  canHandle,
  canApprove,
  onChanged,
}: PreservationSectionProps) {
  const [requesting, setRequesting] = useState(false);
  const [deciding, setDeciding] = useState<{ id: string; approved: boolean }>();
  const [handling, setHandling] = useState<Preservation>();
  const { message } = App.useApp();

  return (
    <Flex vertical gap={12}>
      {canRequest && (
        <SectionButton onClick={() => setRequesting(true)}>申请先行登记保存</SectionButton>
      )}
      <ActList label="先行登记保存列表" empty="没有先行登记保存">
        {preservations.map((preservation) => (
          <PreservationItem
            key={preservation.id}
            caseId={caseId}
            preservation={preservation}
            canHandle={canHandle}
            canApprove={canApprove}
            onDecide={(approved) => setDeciding({ id: preservation.id, approved })}
            onHandle={() => setHandling(preservation)}
          />
        ))}
      </ActList>
      <ActFormModal<NewPreservation>
        title="申请先行登记保存"
        open={requesting}
        okText="提交负责人审批"
        initialValues={{ items: [{ name: '', quantity: '' }] }}
        onClose={() => setRequesting(false)}
        onSubmit={async (values) => {
          await requestPreservation(caseId, values);
          message.success('已提交负责人审批');
          onChanged();
        }}
      >
        <ListedItemsField label="登记保存的物品" />
        <Form.Item
          label="理由"
          name="reason"
          rules={[
            {
              required: true,
              whitespace: true,
              message: '请写明证据可能灭失或者以后难以取得的情形',
            },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
        </Form.Item>
        <Form.Item
          label="登记地点"
          name="place"
          rules={[{ required: true, whitespace: true, message: '请填写登记地点' }]}
        >
          <Input maxLength={120} />
        </Form.Item>
        <Form.Item
          label="保存地点"
          name="storagePlace"
          rules={[{ required: true, whitespace: true, message: '请填写保存地点（就地或者异地）' }]}
        >
          <Input maxLength={120} placeholder="如：就地保存、本队证据室" />
        </Form.Item>
      </ActFormModal>
      <ReasonModal
        open={deciding !== undefined}
        title={deciding?.approved ? '批准先行登记保存' : '不批准先行登记保存'}
        okText={deciding?.approved ? '批准' : '不批准'}
        label="审批意见"
        intro={
          deciding?.approved && (
            <p>批准后，执法人员应当在七个工作日内对登记保存的证据作出处理决定。</p>
          )
        }
        onClose={() => setDeciding(undefined)}
        onSubmit={async (opinion) => {
          if (!deciding) return;
          await decidePreservation(deciding.id, { approved: deciding.approved, opinion });
          message.success(deciding.approved ? '已批准先行登记保存' : '已决定不批准');
          onChanged();
        }}
      />
      <ActFormModal<HandlingValues>
        title="对先行登记保存的证据作出处理决定"
        open={handling !== undefined}
        okText="记录处理决定"
        initialValues={{ handledOn: dayjs() }}
        intro={
          handling?.decisionDue && (
            <p>
              处理决定应于 {handling.decisionDue}{' '}
              前作出（行政处罚法第五十六条）。逾期作出的照实记录并标明逾期。
            </p>
          )
        }
        onClose={() => setHandling(undefined)}
        onSubmit={async (values) => {
          if (!handling) return;
          const handled = await handlePreservation(handling.id, {
            handling: values.handling,
            note: values.note?.trim() || undefined,
            handledOn: values.handledOn.format('YYYY-MM-DD'),
          });
          if (handled.handledLate) message.warning('处理决定已记录，已超过七个工作日');
          else message.success('处理决定已记录');
          onChanged();
        }}
      >
        <Form.Item
          label="处理决定"
          name="handling"
          rules={[{ required: true, message: '请选择处理决定' }]}
        >
          <Select options={handlingOptions} />
        </Form.Item>
        <Form.Item label="说明" name="note">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
        </Form.Item>
        <Form.Item
          label="作出日期"
          name="handledOn"
          rules={[{ required: true, message: '请选择日期' }]}
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
