// 分类: the category tree (GET /categories/tree) as the two panes of the category tab.
export const LIST_PAGE = "/pages/list/index";

/** The listing page for a category or a keyword. */
export function listUrl(params) {
  const parts = [];
  Object.keys(params).forEach((key) => {
    const value = params[key];
    if (value !== undefined && value !== null && value !== "") parts.push(key + "=" + encodeURIComponent(String(value)));
  });
  return LIST_PAGE + (parts.length ? "?" + parts.join("&") : "");
}

function contains(node, id) {
  if (Number(node.id) === Number(id)) return true;
  return (node.children || []).some((child) => contains(child, id));
}

/** Index of the level-1 category holding `id` (itself or a descendant); 0 when none does. */
export function rootIndexOf(tree, id) {
  const index = (tree || []).findIndex((node) => contains(node, id));
  return index === -1 ? 0 : index;
}

/** Level-2 groups of one level-1 category, each with its level-3 grid. */
export function groupsOf(root) {
  return ((root && root.children) || []).map((group) => ({
    id: group.id,
    name: group.name,
    items: (group.children || []).map((leaf) => ({ id: leaf.id, name: leaf.name, icon: leaf.icon || "" })),
  }));
}
