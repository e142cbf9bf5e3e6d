import { RefreshLeft } from "@element-plus/icons-vue";
import type { RouteRecordRaw } from "vue-router";

/**
 * 售后 (AS-1): merchant staff handle their shop's requests, platform staff every shop's and
 * execute the refunds waiting for the platform. Every page and step needs `aftersales:manage`.
 */
const MANAGE = "aftersales:manage";

const routes: RouteRecordRaw[] = [
  {
    path: "aftersales",
    name: "aftersales",
    component: () => import("@/views/aftersales/list/index.vue"),
    meta: { title: "售后管理", icon: RefreshLeft, perm: MANAGE },
  },
  {
    path: "aftersales/:requestNo",
    name: "aftersale-detail",
    component: () => import("@/views/aftersales/detail/index.vue"),
    props: (route) => ({ requestNo: String(route.params.requestNo) }),
    meta: { title: "售后详情", perm: MANAGE, hidden: true },
  },
];

export default routes;
