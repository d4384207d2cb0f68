import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Flex, Grid, Layout, Typography } from 'antd';
import { useState } from 'react';
import { Outlet } from 'react-router';
import { NavMenu } from './nav-menu';
import { UserMenu } from './user-menu';

const siderBackground = '#001529';

function Brand() {
  return (
    <Typography.Text strong style={{ color: '#fff', fontSize: 16, whiteSpace: 'nowrap' }}>
      执法 · 行政执法平台
    </Typography.Text>
  );
}

/**
 * A side menu on wide screens; on phones the menu moves into a drawer behind a
 * hamburger button, and pages get the full width.
 */
export function AppLayout() {
  const screens = Grid.useBreakpoint();
  const narrow = screens.md === false;
  const [drawerOpen, setDrawerOpen] = useState(false);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {!narrow && (
        <Layout.Sider width={220} style={{ background: siderBackground }}>
          <Flex align="center" style={{ height: 64, padding: '0 24px' }}>
            <Brand />
          </Flex>
          <NavMenu />
        </Layout.Sider>
      )}
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header
          style={{
            background: '#fff',
            padding: narrow ? '0 8px' : '0 24px',
            borderBottom: '1px solid #f0f0f0',
          }}
        >
          <Flex justify="space-between" align="center" style={{ height: '100%' }}>
            {narrow ? (
              <Flex align="center" gap={4}>
                <Button
                  type="text"
                  icon={<MenuOutlined />}
                  aria-label="打开菜单"
                  onClick={() => setDrawerOpen(true)}
                />
                <Typography.Text strong>执法</Typography.Text>
              </Flex>
            ) : (
              <Typography.Text type="secondary">交通运输行政执法平台</Typography.Text>
            )}
            <UserMenu compact={narrow} />
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: narrow ? 12 : 24 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
      {narrow && (
        <Drawer
          placement="left"
          size={240}
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          title={<Brand />}
          closable={false}
          styles={{
            header: { background: siderBackground },
            body: { padding: 0, background: siderBackground },
          }}
        >
          <NavMenu onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      )}
    </Layout>
  );
}
