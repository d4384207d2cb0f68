import { Alert, App, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { ApiError, errorMessage } from '../../../lib/api-client';
import { useSession } from '../../../lib/session';
import { changePassword } from '../api';

interface PasswordFields {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/**
 * Change one's own password. When `forced` (first sign-in or after a reset) the user
 * cannot leave this form until the change succeeds.
 */
export function ChangePasswordForm({
  forced,
  onChanged,
}: {
  forced: boolean;
  onChanged: () => void;
}) {
  const [form] = Form.useForm<PasswordFields>();
  const { me, refresh } = useSession();
  const { message } = App.useApp();
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<string>();

  async function submit({ currentPassword, newPassword }: PasswordFields) {
    setSubmitting(true);
    setFailure(undefined);
    try {
      await changePassword({ currentPassword, newPassword });
      await refresh();
      message.success('密码已修改');
      onChanged();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'WEAK_PASSWORD') {
        form.setFields([{ name: 'newPassword', errors: [error.message] }]);
      } else {
        setFailure(errorMessage(error));
      }
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <Form<PasswordFields> form={form} name="change-password" layout="vertical" onFinish={submit}>
      {forced && (
        <Alert
          type="warning"
          showIcon
          title="首次登录或密码已被重置，请先设置新密码再使用系统。"
          style={{ marginBottom: 16 }}
        />
      )}
      {failure && <Alert type="error" title={failure} showIcon style={{ marginBottom: 16 }} />}
      {/* Lets password managers file the new password under the right account. */}
      <input type="text" autoComplete="username" value={me?.username ?? ''} readOnly hidden />
      <Form.Item
        label="当前密码"
        name="currentPassword"
        rules={[{ required: true, message: '请输入当前密码' }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        label="新密码"
        name="newPassword"
        dependencies={['currentPassword']}
        rules={[
          { required: true, message: '请输入新密码' },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              value && value === getFieldValue('currentPassword')
                ? Promise.reject(new Error('新密码不能与当前密码相同'))
                : Promise.resolve(),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label="确认新密码"
        name="confirmPassword"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: '请再次输入新密码' },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error('两次输入的新密码不一致')),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={submitting}>
        修改密码
      </Button>
    </Form>
  );
}
