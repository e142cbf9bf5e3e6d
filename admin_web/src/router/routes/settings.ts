import { Setting, Tools, Van } from "@element-plus/icons-vue";
import type { RouteRecordRaw } from "vue-router";

/**
 * 平台设置: the platform's trade rules (PLT-9) and the carriers every shop ships with (INV-8),
 * both under `settings:manage`.
 */
const MANAGE = "settings:manage";

const routes: RouteRecordRaw[] = [
  {
    path: "settings",
    name: "settings",
    redirect: { name: "settings-trade" },
    meta: { title: "平台设置", icon: Tools },
    children: [
      {
        path: "trade",
        name: "settings-trade",
        component: () => import("@/views/settings/trade/index.vue"),
        meta: { title: "交易设置", icon: Setting, perm: MANAGE },
      },
      {
        path: "carriers",
        name: "settings-carriers",
        component: () => import("@/views/settings/carriers/index.vue"),
        meta: { title: "物流公司", icon: Van, perm: MANAGE },
      },
    ],
  },
];

export default routes;
