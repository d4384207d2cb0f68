import { App, Form, Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import { errorMessage } from '../lib/api-client';
import { showFieldIssues } from '../lib/form-errors';

interface FormModalProps<Values> {
  title: string;
  open: boolean;
  okText?: string;
  initialValues?: Partial<Values>;
  onClose: () => void;
  /** Save the values; a thrown ApiError is shown on the fields or as a message. */
  onSubmit: (values: Values) => Promise<void>;
  children: ReactNode;
}

/** A dialog holding a single-column form, with saving state and server errors handled. */
export function FormModal<Values extends object>({
  title,
  open,
  okText = '保存',
  initialValues,
  onClose,
  onSubmit,
  children,
}: FormModalProps<Values>) {
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const { message } = App.useApp();

  async function save(values: Values) {
    setSaving(true);
    try {
      await onSubmit(values);
      onClose();
    } catch (error) {
      if (!showFieldIssues(form, error)) message.error(errorMessage(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      title={title}
      open={open}
      okText={okText}
      cancelText="取消"
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => void save(values)}
        preserve={false}
      >
        {children}
      </Form>
    </Modal>
  );
}
