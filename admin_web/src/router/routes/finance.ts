import { Money, Tickets, Wallet } from "@element-plus/icons-vue";
import type { RouteRecordRaw } from "vue-router";

/**
 * 财务 (PLT-8): 线下收款 (platform staff confirm offline transfers; `orders:manage`, the page
 * tells merchant staff it is the platform's job) and 退款记录 (every refund for the platform, the
 * shop's own for merchant staff; `orders:view`).
 */
const routes: RouteRecordRaw[] = [
  {
    path: "finance",
    name: "finance",
    redirect: { name: "finance-refunds" },
    meta: { title: "财务", icon: Wallet },
    children: [
      {
        path: "offline-payments",
        name: "finance-offline",
        component: () => import("@/views/finance/offline/index.vue"),
        meta: { title: "线下收款", icon: Money, perm: "orders:manage" },
      },
      {
        path: "refunds",
        name: "finance-refunds",
        component: () => import("@/views/finance/refunds/index.vue"),
        meta: { title: "退款记录", icon: Tickets, perm: "orders:view" },
      },
    ],
  },
];

export default routes;
