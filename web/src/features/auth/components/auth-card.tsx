import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** The centred card that the sign-in and password pages share. */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Flex
      justify="center"
      align="center"
      style={{ minHeight: '100vh', padding: 16, background: '#f0f4fa' }}
    >
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Typography.Text type="secondary">执法 · 交通运输行政执法平台</Typography.Text>
        <Typography.Title level={3} style={{ marginTop: 4 }}>
          {title}
        </Typography.Title>
        {children}
      </Card>
    </Flex>
  );
}
