import { createRouter, createWebHistory, type RouteRecordRaw, type RouterHistory } from "vue-router";

import AdminLayout from "@/layouts/AdminLayout.vue";

import { installGuards } from "./guard";
import { areaRoutes } from "./routes";

export const routes: RouteRecordRaw[] = [
  {
    path: "/login",
    name: "login",
    component: () => import("@/views/auth/login/index.vue"),
    meta: { title: "登录", public: true },
  },
  {
    path: "/",
    component: AdminLayout,
    redirect: { name: "dashboard" },
    children: [
      ...areaRoutes,
      {
        path: "403",
        name: "forbidden",
        component: () => import("@/views/error/Forbidden.vue"),
        meta: { title: "无权访问", hidden: true },
      },
      {
        path: ":pathMatch(.*)*",
        name: "not-found",
        component: () => import("@/views/error/NotFound.vue"),
        meta: { title: "页面不存在", hidden: true },
      },
    ],
  },
];

export function createAppRouter(history: RouterHistory = createWebHistory(import.meta.env.BASE_URL)) {
  const router = createRouter({ history, routes });
  installGuards(router);
  return router;
}
