import {
  ApartmentOutlined,
  CalendarOutlined,
  HistoryOutlined,
  HomeOutlined,
  IdcardOutlined,
  TeamOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Role } from '../lib/roles';

/** Who may open each page; `undefined` means everyone signed in. The server checks again. */
export const pageRoles = {
  agencies: ['systemAdmin', 'supervisor', 'approver'],
  officers: ['systemAdmin', 'supervisor', 'approver', 'legalReviewer'],
  users: ['systemAdmin'],
  records: ['systemAdmin', 'supervisor'],
  imports: ['systemAdmin'],
} satisfies Record<string, Role[]>;

export interface NavItem {
  path: string;
  label: string;
  icon: ReactNode;
  roles?: readonly Role[];
}

export const navItems: NavItem[] = [
  { path: '/', label: '首页', icon: <HomeOutlined /> },
  { path: '/agencies', label: '组织机构', icon: <ApartmentOutlined />, roles: pageRoles.agencies },
  { path: '/officers', label: '执法人员', icon: <IdcardOutlined />, roles: pageRoles.officers },
  { path: '/users', label: '用户与角色', icon: <TeamOutlined />, roles: pageRoles.users },
  { path: '/records', label: '全过程记录', icon: <HistoryOutlined />, roles: pageRoles.records },
  { path: '/calendar', label: '工作日历', icon: <CalendarOutlined /> },
  { path: '/imports', label: '数据导入', icon: <UploadOutlined />, roles: pageRoles.imports },
];
