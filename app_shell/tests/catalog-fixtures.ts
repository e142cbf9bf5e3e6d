/** Answers of the catalogue API (docs/catalog-api.md) for the storefront's tests. */
import type { CategoryNode, Facets, ProductDetail, Review } from "@/api/catalog";

import { product } from "./helpers";

export const tree: CategoryNode[] = [
  {
    id: 1,
    name: "家居",
    level: 1,
    icon: "",
    children: [
      {
        id: 11,
        name: "厨具",
        level: 2,
        icon: "",
        children: [
          { id: 111, name: "保温杯", level: 3, icon: "/media/demo/cat-111.png", children: [] },
          { id: 112, name: "炒锅", level: 3, icon: "/media/demo/cat-112.png", children: [] },
        ],
      },
    ],
  },
  {
    id: 2,
    name: "服饰",
    level: 1,
    icon: "",
    children: [
      { id: 21, name: "女装", level: 2, icon: "", children: [{ id: 211, name: "羽绒服", level: 3, icon: "", children: [] }] },
    ],
  },
];

export const facets: Facets = {
  categories: [{ id: 111, name: "保温杯", count: 3 }],
  brands: [
    { id: 5, name: "象印", count: 2 },
    { id: 6, name: "膳魔师", count: 1 },
  ],
  tags: [
    { name: "新品", count: 2 },
    { name: "包邮", count: 3 },
  ],
  attributes: [{ id: 3, name: "材质", values: [{ value: "不锈钢", count: 2 }, { value: "陶瓷", count: 1 }] }],
};

export function searchPage(ids: number[], total = ids.length, page = 1, withFacets = true) {
  return {
    items: ids.map((id) => product(id)),
    total,
    page,
    page_size: 20,
    ...(withFacets ? { facets } : {}),
  };
}

export function review(id: number, overrides: Partial<Review> = {}): Review {
  return {
    id,
    product_id: 1,
    sku_text: "红 / M",
    user: { nickname: `买家${id}`, avatar: "" },
    rating: 5,
    logistics_rating: 5,
    content: `第${id}条评价：很好用`,
    images: [],
    tags: ["很好看"],
    view_count: 3,
    like_count: 2,
    comment_count: 1,
    liked: false,
    reply: null,
    created_at: "2026-11-20T10:00:00Z",
    ...overrides,
  };
}

/** 颜色 × 尺码: 红/M 5, 红/L sold out, 蓝/M 3, no 蓝/L; units 个 and 箱 (10). */
export function detail(overrides: Partial<ProductDetail> = {}): ProductDetail {
  return {
    id: 1,
    title: "316不锈钢保温杯",
    subtitle: "24小时保温",
    video: "",
    images: ["/media/demo/p1-a.png", "/media/demo/p1-b.png"],
    description: '<p>好杯子</p><img src="/media/demo/d.png" onerror="alert(1)"><script>alert(1)</script>',
    price: 1990,
    original_price: 2990,
    price_max: 2190,
    sales: 120,
    stock_state: "in_stock",
    status: "on_sale",
    specs: [
      { name: "颜色", values: ["红", "蓝"] },
      { name: "尺码", values: ["M", "L"] },
    ],
    skus: [
      { id: 11, spec_values: ["红", "M"], price: 1990, original_price: 2990, stock: 25, stock_state: "in_stock", image: "/media/demo/red.png", code: "A", unit_prices: [1990, 18000], available: true },
      { id: 12, spec_values: ["红", "L"], price: 2090, original_price: 2990, stock: 0, stock_state: "sold_out", image: "", code: "B", unit_prices: [2090, 19000], available: false },
      { id: 13, spec_values: ["蓝", "M"], price: 2190, original_price: 2990, stock: 3, stock_state: "low", image: "/media/demo/blue.png", code: "C", unit_prices: [2190, 20000], available: true },
    ],
    units: [{ name: "个", factor: 1 }],
    params: [{ group: "主体", name: "产地", value: "浙江" }],
    attributes: [{ id: 3, name: "材质", value: "不锈钢" }],
    service_promise: ["七天无理由退货", "正品保障"],
    freight: 0,
    tags: ["新品"],
    shop: { id: 2, name: "杯具旗舰店", logo: "", self_operated: true },
    category_id: 111,
    brand: { id: 5, name: "象印" },
    review_summary: {
      total: 12,
      good_rate: 92,
      with_images: 3,
      tags: [{ name: "很好看", count: 5 }, { name: "保温好", count: 4 }],
      latest: [review(1), review(2), review(3)],
    },
    share: { title: "316不锈钢保温杯", image: "/media/demo/p1-a.png", path: "/pages/product/index?id=1" },
    favourited: false,
    ...overrides,
  };
}
