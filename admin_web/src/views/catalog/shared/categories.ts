/** The category tree as the cascaders use it, loaded once per screen. */
import { shallowRef } from "vue";

import { getCategoryTree, type CategoryNode } from "@/api/catalog";

export interface CascaderOption {
  [key: string]: unknown;
  value: number;
  label: string;
  disabled?: boolean;
  children?: CascaderOption[];
}

/**
 * Tree → cascader options. With `leafLevel` set, only that level can be picked: a node above it
 * with no children is disabled (products hang on level 3).
 */
export function toCascaderOptions(nodes: CategoryNode[], leafLevel?: number): CascaderOption[] {
  return nodes.map((node) => {
    const children = node.children?.length ? toCascaderOptions(node.children, leafLevel) : undefined;
    const option: CascaderOption = { value: node.id, label: node.name };
    if (children) option.children = children;
    else if (leafLevel !== undefined && node.level < leafLevel) option.disabled = true;
    return option;
  });
}

export function useCategoryTree() {
  const tree = shallowRef<CategoryNode[]>([]);
  async function load() {
    try {
      tree.value = (await getCategoryTree()).items;
    } catch {
      // Shown by the API client; the cascader stays empty.
    }
  }
  return { tree, load };
}
