import { Tree, type TreeDataNode } from 'antd';
import { useMemo } from 'react';
import { buildForest, compareAgencies, type TreeNode } from '../../../lib/tree';
import type { Agency } from '../api';

function toTreeData(node: TreeNode<Agency>): TreeDataNode {
  return { key: node.item.id, title: node.item.name, children: node.children.map(toTreeData) };
}

interface AgencyTreeProps {
  agencies: readonly Agency[];
  selectedId: string | undefined;
  onSelect: (agencyId: string) => void;
}

export function AgencyTree({ agencies, selectedId, onSelect }: AgencyTreeProps) {
  const treeData = useMemo(
    () => buildForest(agencies, compareAgencies).map(toTreeData),
    [agencies],
  );
  return (
    <Tree
      aria-label="执法机构树"
      treeData={treeData}
      selectedKeys={selectedId ? [selectedId] : []}
      onSelect={(keys) => {
        const [first] = keys;
        if (first !== undefined) onSelect(String(first));
      }}
      defaultExpandAll
      showLine
      blockNode
    />
  );
}
