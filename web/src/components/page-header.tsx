import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** The heading every page starts with, and the page's main actions beside it. */
export function PageHeader({ title, actions }: { title: string; actions?: ReactNode }) {
  return (
    <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      {actions}
    </Flex>
  );
}
