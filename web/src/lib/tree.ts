export interface TreeNode<T> {
  item: T;
  children: TreeNode<T>[];
}

/**
 * Nest a flat list by `parentId`. An item whose parent is not in the list (the top of
 * the user's scope) becomes a root. Siblings are ordered by `compare` when given.
 */
export function buildForest<T extends { id: string; parentId: string | null }>(
  items: readonly T[],
  compare?: (a: T, b: T) => number,
): TreeNode<T>[] {
  const nodes = new Map(items.map((item) => [item.id, { item, children: [] as TreeNode<T>[] }]));
  const roots: TreeNode<T>[] = [];
  for (const node of nodes.values()) {
    const parent = node.item.parentId === null ? undefined : nodes.get(node.item.parentId);
    (parent ? parent.children : roots).push(node);
  }
  if (compare) sortDeep(roots, compare);
  return roots;
}

function sortDeep<T>(nodes: TreeNode<T>[], compare: (a: T, b: T) => number): void {
  nodes.sort((a, b) => compare(a.item, b.item));
  for (const node of nodes) sortDeep(node.children, compare);
}

const pinyinOrder = new Intl.Collator('zh-CN-u-co-pinyin');
const kindRank = ['province', 'city', 'county', 'brigade', 'squadron'];

/** Agencies of a higher level first (县局 before 支队), then by name in pinyin order. */
export function compareAgencies(
  a: { kind: string; name: string },
  b: { kind: string; name: string },
): number {
  return kindRank.indexOf(a.kind) - kindRank.indexOf(b.kind) || pinyinOrder.compare(a.name, b.name);
}
