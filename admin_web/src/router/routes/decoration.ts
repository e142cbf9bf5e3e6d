import { Brush, Document } from "@element-plus/icons-vue";
import type { RouteRecordRaw } from "vue-router";

/**
 * 店铺装修 (SDUI-2): server-driven pages and their decorator. The same routes serve the platform
 * (platform home, B2B home, campaign pages…) and each merchant (its shop's pages); the backend
 * scopes the list to the caller. The decorator is lazy-loaded: its code stays out of the console
 * bundle until someone opens a page to decorate.
 */
const routes: RouteRecordRaw[] = [
  {
    path: "decoration",
    name: "decoration",
    redirect: { name: "decoration-pages" },
    meta: { title: "店铺装修", icon: Brush, perm: "pages:manage" },
    children: [
      {
        path: "pages",
        name: "decoration-pages",
        component: () => import("@/views/decoration/pages/index.vue"),
        meta: { title: "页面管理", icon: Document, perm: "pages:manage" },
      },
      {
        path: "pages/:id(\\d+)/edit",
        name: "decoration-editor",
        component: () => import("@/views/decoration/editor/index.vue"),
        props: (route) => ({ id: Number(route.params.id) }),
        meta: { title: "页面装修", perm: "pages:manage", hidden: true },
      },
    ],
  },
];

export default routes;
