/**
 * Routes of the H5 storefront (history mode under the build's base, `/h5/`; the backend answers
 * every client route with index.html). Tab routes: `/`, `/category`, `/cart`, `/me`.
 */
import {
  createRouter,
  createWebHistory,
  type RouteRecordRaw,
  type RouterHistory,
} from "vue-router";

import HomeView from "@/views/HomeView.vue";

declare module "vue-router" {
  interface RouteMeta {
    title?: string;
    /** A bottom-tab page: draws the tab bar and no back arrow. */
    tab?: boolean;
  }
}

const Placeholder = () => import("@/views/PlaceholderView.vue");

export const routes: RouteRecordRaw[] = [
  { path: "/", name: "home", component: HomeView, meta: { title: "首页", tab: true } },
  { path: "/category", name: "category", component: () => import("@/views/CategoryView.vue"), meta: { title: "分类", tab: true } },
  { path: "/category/:id(\\d+)", name: "category-products", component: Placeholder, meta: { title: "分类商品" } },
  { path: "/cart", name: "cart", component: Placeholder, meta: { title: "购物车", tab: true } },
  { path: "/me", name: "me", component: Placeholder, meta: { title: "我的", tab: true } },
  { path: "/product/:id(\\d+)", name: "product", component: Placeholder, meta: { title: "商品详情" } },
  { path: "/search", name: "search", component: Placeholder, meta: { title: "搜索" } },
  { path: "/shop/:id(\\d+)", name: "shop", component: () => import("@/views/ShopView.vue"), meta: { title: "店铺" } },
  { path: "/shop/:id(\\d+)/page/:key", name: "shop-page", component: () => import("@/views/ShopView.vue"), meta: { title: "店铺" } },
  { path: "/page/:key", name: "page", component: () => import("@/views/CustomPageView.vue"), meta: { title: "活动" } },
  { path: "/:pathMatch(.*)*", name: "not-found", component: () => import("@/views/NotFoundView.vue"), meta: { title: "页面不存在" } },
];

export function createAppRouter(history: RouterHistory = createWebHistory(import.meta.env.BASE_URL)) {
  return createRouter({
    history,
    routes,
    scrollBehavior(_to, _from, saved) {
      return saved ?? { top: 0 };
    },
  });
}
