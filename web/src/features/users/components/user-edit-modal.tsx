import { Form, Input } from 'antd';
import { FormModal } from '../../../components/form-modal';
import { updateUser, type User, type UserChange } from '../api';
import { RoleSelect } from './role-select';

interface UserEditModalProps {
  user: User | undefined;
  onClose: () => void;
  onSaved: () => void;
}

export function UserEditModal({ user, onClose, onSaved }: UserEditModalProps) {
  async function save(change: UserChange) {
    if (!user) return;
    await updateUser(user.id, change);
    onSaved();
  }

  return (
    <FormModal<UserChange>
      title={`编辑用户：${user?.username ?? ''}`}
      open={user !== undefined}
      initialValues={user && { displayName: user.displayName, roles: user.roles }}
      onClose={onClose}
      onSubmit={save}
    >
      <Form.Item
        label="姓名"
        name="displayName"
        rules={[{ required: true, whitespace: true, message: '请输入姓名' }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        label="角色"
        name="roles"
        rules={[{ required: true, message: '请至少选择一个角色' }]}
      >
        <RoleSelect />
      </Form.Item>
    </FormModal>
  );
}
