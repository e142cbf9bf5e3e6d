import { Collection, Files, Goods, Finished, Menu, PriceTag, ChatLineSquare, Stamp, List, Van } from "@element-plus/icons-vue";
import type { RouteRecordRaw } from "vue-router";

/**
 * 商品: products, audit, the platform library and the catalogue's reference data. Merchants
 * (`catalog:manage`) manage their own products; the platform (`catalog:audit`) audits and curates.
 * The codes are the ones the backend checks.
 */
const MANAGE = "catalog:manage";
const AUDIT = "catalog:audit";
const ANY = [MANAGE, AUDIT];

const routes: RouteRecordRaw[] = [
  {
    path: "catalog",
    name: "catalog",
    redirect: { name: "catalog-products" },
    meta: { title: "商品", icon: Goods },
    children: [
      {
        path: "products",
        name: "catalog-products",
        component: () => import("@/views/catalog/products/list/index.vue"),
        meta: { title: "商品列表", icon: List, perm: ANY },
      },
      {
        path: "products/new",
        name: "catalog-product-create",
        component: () => import("@/views/catalog/products/edit/index.vue"),
        meta: { title: "发布商品", perm: MANAGE, hidden: true },
      },
      {
        path: "products/:id(\\d+)/edit",
        name: "catalog-product-edit",
        component: () => import("@/views/catalog/products/edit/index.vue"),
        props: (route) => ({ id: Number(route.params.id) }),
        meta: { title: "编辑商品", perm: ANY, hidden: true },
      },
      {
        path: "audit",
        name: "catalog-audit",
        component: () => import("@/views/catalog/audit/index.vue"),
        meta: { title: "商品审核", icon: Finished, perm: AUDIT },
      },
      {
        path: "library",
        name: "catalog-library",
        component: () => import("@/views/catalog/library/index.vue"),
        meta: { title: "商品库", icon: Files, perm: ANY },
      },
      {
        path: "categories",
        name: "catalog-categories",
        component: () => import("@/views/catalog/categories/index.vue"),
        meta: { title: "分类管理", icon: Menu, perm: AUDIT },
      },
      {
        path: "attributes",
        name: "catalog-attributes",
        component: () => import("@/views/catalog/attributes/index.vue"),
        meta: { title: "属性管理", icon: Collection, perm: AUDIT },
      },
      {
        path: "tags",
        name: "catalog-tags",
        component: () => import("@/views/catalog/tags/index.vue"),
        meta: { title: "标签管理", icon: PriceTag, perm: AUDIT },
      },
      {
        path: "brands",
        name: "catalog-brands",
        component: () => import("@/views/catalog/brands/index.vue"),
        meta: { title: "品牌管理", icon: Stamp, perm: ANY },
      },
      {
        path: "reviews",
        name: "catalog-reviews",
        component: () => import("@/views/catalog/reviews/index.vue"),
        meta: { title: "评价管理", icon: ChatLineSquare, perm: ANY },
      },
      {
        path: "shipping-templates",
        name: "catalog-shipping-templates",
        component: () => import("@/views/catalog/shipping-templates/index.vue"),
        meta: { title: "运费模板", icon: Van, perm: MANAGE },
      },
    ],
  },
];

export default routes;
