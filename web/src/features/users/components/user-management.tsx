import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex } from 'antd';
import { useState } from 'react';
import type { AgencyChoice } from '../../../components/agency-tree-select';
import { errorMessage } from '../../../lib/api-client';
import { useRequest } from '../../../lib/use-request';
import { fetchUsers, lockUser, resetPassword, unlockUser, type User } from '../api';
import { TemporaryPasswordModal, type TemporaryPassword } from './temporary-password-modal';
import { UserCreateModal } from './user-create-modal';
import { UserEditModal } from './user-edit-modal';
import { UserTable, type UserAction } from './user-table';

/** User accounts: create, change roles, lock and unlock, reset passwords. */
export function UserManagement({ agencies }: { agencies: readonly AgencyChoice[] }) {
  const users = useRequest(fetchUsers, []);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<User>();
  const [temporaryPassword, setTemporaryPassword] = useState<TemporaryPassword>();
  const { message, modal } = App.useApp();

  async function run(task: () => Promise<unknown>, done: string) {
    try {
      await task();
      message.success(done);
      users.reload();
    } catch (error) {
      message.error(errorMessage(error));
    }
  }

  function confirmReset(user: User) {
    modal.confirm({
      title: `重置 ${user.displayName}（${user.username}）的密码？`,
      content: '原密码立即失效，系统生成一个临时密码，本人下次登录时须修改。',
      okText: '重置',
      cancelText: '取消',
      onOk: () =>
        run(async () => {
          const { temporaryPassword: password } = await resetPassword(user.id);
          setTemporaryPassword({ username: user.username, password });
        }, '密码已重置'),
    });
  }

  function act(user: User, action: UserAction) {
    switch (action) {
      case 'edit':
        setEditing(user);
        break;
      case 'lock':
        void run(() => lockUser(user.id), `已锁定 ${user.username}`);
        break;
      case 'unlock':
        void run(() => unlockUser(user.id), `已解锁 ${user.username}`);
        break;
      case 'resetPassword':
        confirmReset(user);
        break;
    }
  }

  return (
    <>
      <Flex justify="end" style={{ marginBottom: 16 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          新增用户
        </Button>
      </Flex>
      {users.error && (
        <Alert type="error" showIcon title={users.error.message} style={{ marginBottom: 16 }} />
      )}
      <UserTable users={users.data?.items ?? []} loading={users.loading} onAction={act} />
      <UserCreateModal
        open={creating}
        agencies={agencies}
        onClose={() => setCreating(false)}
        onCreated={(user, password) => {
          message.success(`已创建用户 ${user.username}`);
          setTemporaryPassword({ username: user.username, password });
          users.reload();
        }}
      />
      <UserEditModal
        user={editing}
        onClose={() => setEditing(undefined)}
        onSaved={() => {
          message.success('已保存');
          users.reload();
        }}
      />
      <TemporaryPasswordModal
        shown={temporaryPassword}
        onClose={() => setTemporaryPassword(undefined)}
      />
    </>
  );
}
