import { App, Button, Card, Flex, Form, Input, InputNumber, Modal, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { ActionErrorAlert, useSubmit } from '../../../components/action-error';
import { formatInstant } from '../../../lib/date-time';
import { useRequest } from '../../../lib/use-request';
import {
  fetchFormNumberRanges,
  fetchOfficerChoices,
  issueFormNumberRange,
  voidFormNumber,
  type FormNumberRange,
  type NewFormNumberRange,
} from '../api';

function IssueRangeModal({
  open,
  onClose,
  onIssued,
}: {
  open: boolean;
  onClose: () => void;
  onIssued: () => void;
}) {
  const [form] = Form.useForm<NewFormNumberRange>();
  const submit = useSubmit(form);
  const officers = useRequest(fetchOfficerChoices, []);
  const { message } = App.useApp();

  async function save(values: NewFormNumberRange) {
    const ok = await submit.run(() =>
      issueFormNumberRange({ ...values, series: values.series.trim() }),
    );
    if (ok) {
      message.success('号段已发放');
      onIssued();
      onClose();
    }
  }

  return (
    <Modal
      title="发放预编号决定书号段"
      open={open}
      okText="发放"
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
      <Form<NewFormNumberRange>
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(values) => void save(values)}
      >
        <Form.Item
          label="领用的执法人员"
          name="officerId"
          rules={[{ required: true, message: '请选择执法人员' }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            options={(officers.data?.items ?? []).map((officer) => ({
              value: officer.id,
              label: `${officer.name}（${officer.agencyName}）`,
            }))}
          />
        </Form.Item>
        <Form.Item
          label="字头（印在编号前的文字）"
          name="series"
          rules={[{ required: true, whitespace: true, message: '请填写字头' }]}
        >
          <Input maxLength={30} placeholder="如：清综当罚" />
        </Form.Item>
        <Flex gap={8}>
          <Form.Item
            label="起始编号"
            name="firstNumber"
            rules={[{ required: true, message: '请填写起始编号' }]}
            style={{ flex: 1 }}
          >
            <InputNumber min={1} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            label="终止编号"
            name="lastNumber"
            rules={[{ required: true, message: '请填写终止编号' }]}
            style={{ flex: 1 }}
          >
            <InputNumber min={1} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
      </Form>
    </Modal>
  );
}

function VoidNumberModal({
  range,
  onClose,
  onVoided,
}: {
  range: FormNumberRange | undefined;
  onClose: () => void;
  onVoided: () => void;
}) {
  const [form] = Form.useForm<{ number: number; reason: string }>();
  const submit = useSubmit(form);
  const { message } = App.useApp();

  async function save(values: { number: number; reason: string }) {
    if (!range) return;
    const ok = await submit.run(() =>
      voidFormNumber(range.id, { number: values.number, reason: values.reason.trim() }),
    );
    if (ok) {
      message.success(`编号 ${values.number} 已作废`);
      onVoided();
      onClose();
    }
  }

  return (
    <Modal
      title={`作废编号（${range?.label ?? ''}）`}
      open={range !== undefined}
      okText="作废"
      okButtonProps={{ danger: true }}
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
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ number: range?.nextNumber ?? undefined }}
        onFinish={(values) => void save(values)}
      >
        <Form.Item label="编号" name="number" rules={[{ required: true, message: '请填写编号' }]}>
          <InputNumber min={1} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          label="作废原因"
          name="reason"
          rules={[
            { required: true, whitespace: true, message: '请写明作废原因' },
            { min: 4, message: '请写明作废原因（至少4个字）' },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * 号段: who holds which printed numbers, how many are used or voided. Heads and administrators
 * issue ranges; an officer voids a spoilt form of their own range.
 */
export function FormNumberRanges({ canIssue, mine }: { canIssue: boolean; mine: boolean }) {
  const ranges = useRequest(() => fetchFormNumberRanges({ mine }), [mine]);
  const [issuing, setIssuing] = useState(false);
  const [voiding, setVoiding] = useState<FormNumberRange>();

  return (
    <Card
      title={mine ? '我的号段' : '号段发放与使用'}
      extra={
        canIssue && (
          <Button type="primary" onClick={() => setIssuing(true)}>
            发放号段
          </Button>
        )
      }
    >
      <Table<FormNumberRange>
        rowKey="id"
        size="small"
        loading={ranges.loading}
        dataSource={ranges.data?.items ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: '没有号段' }}
        expandable={{
          rowExpandable: (range) => range.uses.length > 0,
          expandedRowRender: (range) => (
            <Flex gap={4} wrap>
              {range.uses.map((use) => (
                <Tag
                  key={use.number}
                  color={use.purpose === 'voided' ? 'default' : 'blue'}
                  title={use.voidReason ?? undefined}
                >
                  {use.documentNumber}
                  {use.purpose === 'voided' ? '（作废）' : ''}
                </Tag>
              ))}
            </Flex>
          ),
        }}
        columns={[
          { title: '号段', dataIndex: 'label' },
          { title: '执法人员', dataIndex: 'officerName' },
          { title: '机构', dataIndex: 'agencyName' },
          { title: '已用', dataIndex: 'used' },
          { title: '作废', dataIndex: 'voided' },
          { title: '剩余', dataIndex: 'remaining' },
          {
            title: '发放时间',
            dataIndex: 'issuedAt',
            render: (issuedAt: string) => formatInstant(issuedAt),
          },
          ...(mine
            ? [
                {
                  title: '操作',
                  key: 'void',
                  render: (_: unknown, range: FormNumberRange) =>
                    range.nextNumber !== null && (
                      <Button size="small" danger onClick={() => setVoiding(range)}>
                        作废编号
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      <IssueRangeModal open={issuing} onClose={() => setIssuing(false)} onIssued={ranges.reload} />
      <VoidNumberModal
        range={voiding}
        onClose={() => setVoiding(undefined)}
        onVoided={ranges.reload}
      />
    </Card>
  );
}
