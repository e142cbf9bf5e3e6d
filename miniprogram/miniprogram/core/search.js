// 搜索结果: the sort bar, the filter state built from `facets` and the query of
// GET /search/products (docs/catalog-api.md, SearchPage). Pure functions; filters are never
// mutated.
export const SORT_TABS = [
  { key: "composite", text: "综合" },
  { key: "sales", text: "销量" },
  { key: "price", text: "价格" },
  { key: "newest", text: "新品" },
];

export const PAGE_SIZE = 20;

/** The sort after tapping a tab: 价格 starts ascending and toggles asc ⇄ desc. */
export function nextSort(current, key) {
  if (key !== "price") return key;
  return current === "price_asc" ? "price_desc" : "price_asc";
}

/** The tabs with `active` and, for 价格, `arrow` ("asc" | "desc" | ""). */
export function sortTabs(current) {
  return SORT_TABS.map((tab) => {
    const isPrice = tab.key === "price";
    const active = isPrice ? current === "price_asc" || current === "price_desc" : current === tab.key;
    return { key: tab.key, text: tab.text, active, arrow: isPrice && active ? (current === "price_asc" ? "asc" : "desc") : "" };
  });
}

export function emptyFilters() {
  return { brandId: null, tags: [], attrs: {}, priceMin: "", priceMax: "", inStock: false };
}

/** "12.5" → 1250 fen; "" or anything that is not an amount → null. No float arithmetic. */
export function yuanToFen(text) {
  const m = /^\s*(\d{1,9})(?:\.(\d{0,2}))?\s*$/.exec(String(text === undefined || text === null ? "" : text));
  if (!m) return null;
  const fen = (m[2] || "").padEnd(2, "0");
  return Number(m[1]) * 100 + Number(fen);
}

function toggleIn(list, value) {
  return list.indexOf(value) === -1 ? list.concat([value]) : list.filter((v) => v !== value);
}

export function toggleBrand(filters, id) {
  return Object.assign({}, filters, { brandId: filters.brandId === id ? null : id });
}

export function toggleTag(filters, name) {
  return Object.assign({}, filters, { tags: toggleIn(filters.tags, name) });
}

/** One value per attribute; choosing the chosen value again clears it. */
export function toggleAttr(filters, id, value) {
  const attrs = Object.assign({}, filters.attrs);
  if (attrs[id] === value) delete attrs[id];
  else attrs[id] = value;
  return Object.assign({}, filters, { attrs });
}

/** How many filters are on (the 筛选 badge). */
export function activeFilterCount(filters) {
  return (
    (filters.brandId ? 1 : 0) +
    filters.tags.length +
    Object.keys(filters.attrs).length +
    (yuanToFen(filters.priceMin) !== null || yuanToFen(filters.priceMax) !== null ? 1 : 0) +
    (filters.inStock ? 1 : 0)
  );
}

/**
 * The query of GET /search/products. `base` holds keyword / category_id; facets are asked for
 * on the first page only.
 */
export function searchQuery(base, sort, filters, page) {
  const attrs = Object.keys(filters.attrs)
    .sort((a, b) => Number(a) - Number(b))
    .map((id) => id + ":" + filters.attrs[id]);
  let min = yuanToFen(filters.priceMin);
  let max = yuanToFen(filters.priceMax);
  if (min !== null && max !== null && min > max) [min, max] = [max, min];
  return {
    keyword: base.keyword || "",
    category_id: base.category_id || null,
    brand_id: filters.brandId || base.brand_id || null,
    tags: filters.tags.join(","),
    attrs: attrs.join(","),
    price_min: min,
    price_max: max,
    in_stock: filters.inStock ? 1 : null,
    sort: sort || "composite",
    page,
    page_size: PAGE_SIZE,
    facets: page === 1 ? 1 : null,
  };
}

/** The filter popup's groups from `facets`, with counts and what is chosen. */
export function facetGroups(facets, filters) {
  const f = facets || {};
  return {
    brands: (f.brands || []).map((b) => ({ id: b.id, name: b.name, count: b.count, active: filters.brandId === b.id })),
    tags: (f.tags || []).map((t) => ({ name: t.name, count: t.count, active: filters.tags.indexOf(t.name) !== -1 })),
    attributes: (f.attributes || []).map((a) => ({
      id: a.id,
      name: a.name,
      values: (a.values || []).map((v) => ({ value: v.value, count: v.count, active: filters.attrs[a.id] === v.value })),
    })),
  };
}
