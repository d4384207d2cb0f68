import { Select, type SelectProps } from 'antd';
import { roleLabels, roles, type Role } from '../../../lib/roles';

const roleOptions = roles.map((role) => ({ value: role, label: roleLabels[role] }));

/** Choose any number of roles; works as a Form.Item child. */
export function RoleSelect(props: Omit<SelectProps<Role[]>, 'mode' | 'options'>) {
  return <Select<Role[]> mode="multiple" placeholder="可多选" {...props} options={roleOptions} />;
}
