import { CreditCard, RefreshLeft, Setting, Tools, Van } from "@element-plus/icons-vue";
import type { RouteRecordRaw } from "vue-router";

/**
 * 平台设置: the platform's trade rules (PLT-9), after-sales rules (AS-5), payment gateways
 * (支付设置) and the carriers every shop ships with (INV-8), all under `settings:manage`.
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
        path: "aftersales",
        name: "settings-aftersales",
        component: () => import("@/views/settings/aftersales/index.vue"),
        meta: { title: "售后设置", icon: RefreshLeft, perm: MANAGE },
      },
      {
        path: "payments",
        name: "settings-payments",
        component: () => import("@/views/settings/payments/index.vue"),
        meta: { title: "支付设置", icon: CreditCard, perm: MANAGE },
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
