import { Money, Notebook, Tickets, Wallet } from "@element-plus/icons-vue";
import type { RouteRecordRaw } from "vue-router";

/**
 * 财务 (PLT-8, PAY-6, PAY-7, FIN-10): 线下收款 (offline transfers with the shopper's voucher,
 * confirmed or rejected; `orders:manage`), 退款记录 (every refund for the platform, the shop's own
 * for merchant staff; `orders:view`; refunds paid back by hand are recorded with `orders:manage`)
 * and 总账 (the platform's ledger accounts and journal; `finance:view`).
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
      {
        path: "ledger",
        name: "finance-ledger",
        component: () => import("@/views/finance/ledger/index.vue"),
        meta: { title: "总账", icon: Notebook, perm: "finance:view" },
      },
    ],
  },
];

export default routes;
