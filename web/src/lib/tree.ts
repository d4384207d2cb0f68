export interface TreeNode<T> {
  item: T;
  children: TreeNode<T>[];
}

/**
 * Nest a flat list by `parentId`. An item whose parent is not in the list (the top of
 * the user's scope) becomes a root; list order is kept among siblings.
 */
export function buildForest<T extends { id: string; parentId: string | null }>(
  items: readonly T[],
): TreeNode<T>[] {
  const nodes = new Map(items.map((item) => [item.id, { item, children: [] as TreeNode<T>[] }]));
  const roots: TreeNode<T>[] = [];
  for (const node of nodes.values()) {
    const parent = node.item.parentId === null ? undefined : nodes.get(node.item.parentId);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}
