import { Form, Input } from 'antd';
import { AgencyTreeSelect, type AgencyChoice } from '../../../components/agency-tree-select';
import { FormModal } from '../../../components/form-modal';
import { createUser, type NewUser, type User } from '../api';
import { OfficerPicker } from './officer-picker';
import { RoleSelect } from './role-select';

interface UserCreateModalProps {
  open: boolean;
  agencies: readonly AgencyChoice[];
  onClose: () => void;
  onCreated: (user: User, temporaryPassword: string) => void;
}

export function UserCreateModal({ open, agencies, onClose, onCreated }: UserCreateModalProps) {
  async function save(fields: NewUser) {
    const { user, temporaryPassword } = await createUser(fields);
    onCreated(user, temporaryPassword);
  }

  return (
    <FormModal<NewUser>
      title="新增用户"
      open={open}
      okText="创建"
      onClose={onClose}
      onSubmit={save}
    >
      <Form.Item
        label="用户名"
        name="username"
        rules={[
          { required: true, message: '请输入用户名' },
          { pattern: /^[A-Za-z0-9_.-]+$/, message: '用户名只能包含字母、数字和 _ . -' },
        ]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        label="姓名"
        name="displayName"
        rules={[{ required: true, whitespace: true, message: '请输入姓名' }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        label="所属机构"
        name="agencyId"
        rules={[{ required: true, message: '请选择所属机构' }]}
      >
        <AgencyTreeSelect agencies={agencies} />
      </Form.Item>
      <Form.Item
        label="关联执法人员"
        name="officerId"
        extra="执法人员本人使用的账号须关联其人员信息"
      >
        <OfficerPicker />
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
