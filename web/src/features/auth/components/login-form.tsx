import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../lib/api-client';
import { useSession } from '../../../lib/session';
import { login, type Credentials } from '../api';

/** Signs in; where to go next is left to the page (the sign-in guard decides). */
export function LoginForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { startSession } = useSession();
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<string>();

  async function submit(credentials: Credentials) {
    setSubmitting(true);
    setFailure(undefined);
    try {
      startSession(await login(credentials));
      onSignedIn();
    } catch (error) {
      setFailure(errorMessage(error));
      setSubmitting(false);
    }
  }

  return (
    <Form<Credentials> name="login" layout="vertical" size="large" onFinish={submit}>
      {failure && <Alert type="error" title={failure} showIcon style={{ marginBottom: 16 }} />}
      <Form.Item
        label="用户名"
        name="username"
        rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}
      >
        <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
      </Form.Item>
      <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={submitting}>
        登录
      </Button>
    </Form>
  );
}
