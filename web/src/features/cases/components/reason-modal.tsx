import { Form, Input, Modal } from 'antd';
import type { ReactNode } from 'react';
import { ActionErrorAlert, useSubmit } from './action-error';

interface ReasonModalProps {
  title: string;
  open: boolean;
  okText: string;
  danger?: boolean;
  /** Shown above the reason, e.g. what the decision means. */
  intro?: ReactNode;
  label?: string;
  onClose: () => void;
  /** Send the decision; a refusal stays in the dialog with its reasons. */
  onSubmit: (reason: string) => Promise<unknown>;
}

/** A decision that must state its reason (不予立案, 退回, 移送, 不同意回避). */
export function ReasonModal({
  title,
  open,
  okText,
  danger,
  intro,
  label = '理由',
  onClose,
  onSubmit,
}: ReasonModalProps) {
  const [form] = Form.useForm<{ reason: string }>();
  const submit = useSubmit(form);

  async function save({ reason }: { reason: string }) {
    if (await submit.run(() => onSubmit(reason.trim()))) onClose();
  }

  return (
    <Modal
      title={title}
      open={open}
      okText={okText}
      cancelText="取消"
      okButtonProps={{ danger }}
      confirmLoading={submit.submitting}
      onOk={() => form.submit()}
      onCancel={() => {
        submit.clearError();
        onClose();
      }}
      destroyOnHidden
    >
      {intro}
      <ActionErrorAlert error={submit.error} />
      <Form form={form} layout="vertical" onFinish={(values) => void save(values)} preserve={false}>
        <Form.Item
          label={label}
          name="reason"
          rules={[
            { required: true, whitespace: true, message: '请写明理由' },
            { min: 4, message: '请写明理由（至少4个字）' },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
