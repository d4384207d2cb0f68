import {
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BookOutlined,
  CalendarOutlined,
  ControlOutlined,
  FileAddOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  FolderOpenOutlined,
  HistoryOutlined,
  HomeOutlined,
  IdcardOutlined,
  ProfileOutlined,
  TeamOutlined,
  ThunderboltOutlined,
  UnorderedListOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Role } from '../lib/roles';

/** Who may open each page; `undefined` means everyone signed in. The server checks again. */
export const pageRoles = {
  agencies: ['systemAdmin', 'supervisor', 'approver'],
  officers: ['systemAdmin', 'supervisor', 'approver', 'legalReviewer'],
  users: ['systemAdmin'],
  records: ['systemAdmin', 'supervisor', 'approver', 'legalReviewer'],
  imports: ['systemAdmin'],
  templates: ['systemAdmin', 'supervisor'],
  /** 案件办理: lists and case pages; only officers record leads and propose 立案. */
  cases: ['officer', 'approver', 'legalReviewer', 'supervisor'],
  leadNew: ['officer'],
  /** 督办: officers see their own cases' deadlines, the others their whole scope. */
  supervision: ['officer', 'legalReviewer', 'approver', 'supervisor'],
  /** 简易程序: officers decide on the spot; heads and administrators issue numbered forms. */
  summary: ['officer', 'approver', 'legalReviewer', 'supervisor', 'systemAdmin'],
  /** 执法事项目录: everyone reads it; administrators and 法制审核人员 change it. */
  catalogueManage: ['systemAdmin', 'legalReviewer'],
} satisfies Record<string, Role[]>;

export interface NavItem {
  /** The page's address; for a group, just its menu key. */
  path: string;
  label: string;
  icon: ReactNode;
  roles?: readonly Role[];
  /** A group of pages shown as a sub-menu. */
  children?: NavItem[];
}

export const navItems: NavItem[] = [
  { path: '/', label: '首页', icon: <HomeOutlined /> },
  {
    path: 'group:cases',
    label: '案件办理',
    icon: <AuditOutlined />,
    roles: pageRoles.cases,
    children: [
      {
        path: '/leads/new',
        label: '线索登记',
        icon: <FileAddOutlined />,
        roles: pageRoles.leadNew,
      },
      { path: '/leads', label: '线索', icon: <FileSearchOutlined />, roles: pageRoles.cases },
      { path: '/cases', label: '案件', icon: <FolderOpenOutlined />, roles: pageRoles.cases },
    ],
  },
  { path: '/summary', label: '简易程序', icon: <ThunderboltOutlined />, roles: pageRoles.summary },
  { path: '/supervision', label: '督办', icon: <AlertOutlined />, roles: pageRoles.supervision },
  { path: '/agencies', label: '组织机构', icon: <ApartmentOutlined />, roles: pageRoles.agencies },
  { path: '/officers', label: '执法人员', icon: <IdcardOutlined />, roles: pageRoles.officers },
  { path: '/users', label: '用户与角色', icon: <TeamOutlined />, roles: pageRoles.users },
  { path: '/records', label: '全过程记录', icon: <HistoryOutlined />, roles: pageRoles.records },
  { path: '/laws', label: '法律法规库', icon: <BookOutlined /> },
  {
    path: 'group:catalogue',
    label: '执法事项目录',
    icon: <UnorderedListOutlined />,
    children: [
      { path: '/violations', label: '违法行为目录', icon: <ProfileOutlined /> },
      { path: '/benchmarks', label: '裁量基准', icon: <ControlOutlined /> },
    ],
  },
  { path: '/calendar', label: '工作日历', icon: <CalendarOutlined /> },
  { path: '/templates', label: '文书模板', icon: <FileTextOutlined />, roles: pageRoles.templates },
  { path: '/imports', label: '数据导入', icon: <UploadOutlined />, roles: pageRoles.imports },
];
