import { App, DatePicker, Flex, Form, Input, Switch, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { issueCorrectionOrder, type CorrectionOrder } from '../investigation-api';
import {
  ActButtons,
  ActFormModal,
  ActItem,
  PdfLink,
  ActList,
  SectionButton,
} from './investigation-shared';

interface CorrectionValues {
  violation: string;
  legalBasis: string;
  requirement: string;
  atOnce: boolean;
  correctBy?: Dayjs;
}

function CorrectionItem({ caseId, order }: { caseId: string; order: CorrectionOrder }) {
  return (
    <ActItem label={`责令改正（${order.issuedOn}）`}>
      <Flex gap={8} align="center" wrap>
        <Tag color={order.correctBy ? 'processing' : 'warning'} style={{ marginInlineEnd: 0 }}>
          {order.correctBy ? `限期 ${order.correctBy} 前改正` : '立即改正'}
        </Tag>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {order.issuedOn} 发出
        </Typography.Text>
      </Flex>
      <Typography.Text>违法行为：{order.violation}</Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        违反：{order.legalBasis} · 改正要求：{order.requirement}
      </Typography.Text>
      <ActButtons>
        <PdfLink caseId={caseId} code="correctionOrder" itemId={order.id}>
          责令改正违法行为通知书 PDF
        </PdfLink>
      </ActButtons>
    </ActItem>
  );
}

/** 责令改正违法行为通知书 (行政处罚法第二十八条). */
export function CorrectionSection({
  caseId,
  orders,
  canIssue,
  onChanged,
}: {
  caseId: string;
  orders: readonly CorrectionOrder[];
  /** A case officer while the case is 调查取证. */
  canIssue: boolean;
  onChanged: () => void;
}) {
  const [issuing, setIssuing] = useState(false);
  const { message } = App.useApp();

  return (
    <Flex vertical gap={12}>
      {canIssue && <SectionButton onClick={() => setIssuing(true)}>责令改正</SectionButton>}
      <ActList label="责令改正列表" empty="没有责令改正通知">
        {orders.map((order) => (
          <CorrectionItem key={order.id} caseId={caseId} order={order} />
        ))}
      </ActList>
      <ActFormModal<CorrectionValues>
        title="责令改正违法行为"
        open={issuing}
        okText="发出通知书"
        initialValues={{ atOnce: true }}
        intro={
          <p>
            行政机关实施行政处罚时，应当责令当事人改正或者限期改正违法行为（行政处罚法第二十八条）。
          </p>
        }
        onClose={() => setIssuing(false)}
        onSubmit={async ({ atOnce, correctBy, ...values }) => {
          await issueCorrectionOrder(caseId, {
            violation: values.violation.trim(),
            legalBasis: values.legalBasis.trim(),
            requirement: values.requirement.trim(),
            correctBy: atOnce || !correctBy ? null : correctBy.format('YYYY-MM-DD'),
          });
          message.success('已发出责令改正违法行为通知书');
          onChanged();
        }}
      >
        <Form.Item
          label="违法行为"
          name="violation"
          rules={[{ required: true, whitespace: true, message: '请写明违法行为' }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
        </Form.Item>
        <Form.Item
          label="违反的规定"
          name="legalBasis"
          rules={[{ required: true, whitespace: true, message: '请写明违反的规定' }]}
        >
          <Input maxLength={500} placeholder="如：《中华人民共和国道路运输条例》第二十四条" />
        </Form.Item>
        <Form.Item
          label="改正要求"
          name="requirement"
          rules={[{ required: true, whitespace: true, message: '请写明改正要求' }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
        </Form.Item>
        <Form.Item label="立即改正" name="atOnce" valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item noStyle dependencies={['atOnce']}>
          {({ getFieldValue }) =>
            !getFieldValue('atOnce') && (
              <Form.Item
                label="改正期限"
                name="correctBy"
                rules={[{ required: true, message: '请选择改正期限' }]}
              >
                <DatePicker
                  style={{ width: '100%' }}
                  disabledDate={(date) => !date.isAfter(dayjs(), 'day')}
                />
              </Form.Item>
            )
          }
        </Form.Item>
      </ActFormModal>
    </Flex>
  );
}
