import { Tickets } from "@element-plus/icons-vue";
import type { RouteRecordRaw } from "vue-router";

/**
 * 订单 (PLT-8): merchant staff see their shop's orders, platform staff every shop's (the backend
 * scopes the rows). `orders:view` reads; 发货 and 审核 need `orders:manage` (hidden with v-access).
 */
const routes: RouteRecordRaw[] = [
  {
    path: "orders",
    name: "orders",
    component: () => import("@/views/orders/list/index.vue"),
    meta: { title: "订单管理", icon: Tickets, perm: "orders:view" },
  },
  {
    path: "orders/:orderNo",
    name: "order-detail",
    component: () => import("@/views/orders/detail/index.vue"),
    props: (route) => ({ orderNo: String(route.params.orderNo) }),
    meta: { title: "订单详情", perm: "orders:view", hidden: true },
  },
];

export default routes;
