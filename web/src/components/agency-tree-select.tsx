import { TreeSelect, type TreeSelectProps } from 'antd';
import { useMemo } from 'react';
import { buildForest, compareAgencies, type TreeNode } from '../lib/tree';

export interface AgencyChoice {
  id: string;
  parentId: string | null;
  name: string;
  kind: string;
}

interface AgencyOption {
  value: string;
  title: string;
  children: AgencyOption[];
}

function toOption(node: TreeNode<AgencyChoice>): AgencyOption {
  return { value: node.item.id, title: node.item.name, children: node.children.map(toOption) };
}

type AgencyTreeSelectProps = Omit<TreeSelectProps<string>, 'treeData'> & {
  agencies: readonly AgencyChoice[];
};

/** Pick one agency from the tree of agencies the user may see; works as a Form.Item child. */
export function AgencyTreeSelect({ agencies, ...props }: AgencyTreeSelectProps) {
  const treeData = useMemo(() => buildForest(agencies, compareAgencies).map(toOption), [agencies]);
  return (
    <TreeSelect<string>
      placeholder="选择执法机构"
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      allowClear
      {...props}
      treeData={treeData}
    />
  );
}
