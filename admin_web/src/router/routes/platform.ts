import { OfficeBuilding, Shop, User } from "@element-plus/icons-vue";
import type { RouteRecordRaw } from "vue-router";

/** 平台运营: merchants, suppliers and customers, run by the platform's own staff. */
const routes: RouteRecordRaw[] = [
  {
    path: "platform",
    name: "platform",
    redirect: { name: "platform-shops" },
    meta: { title: "平台运营", icon: OfficeBuilding },
    children: [
      {
        path: "shops",
        name: "platform-shops",
        component: () => import("@/views/shops/list/index.vue"),
        meta: { title: "商家与供应商", icon: Shop, perm: "shops:view" },
      },
      {
        path: "customers",
        name: "platform-customers",
        component: () => import("@/views/customers/list/index.vue"),
        meta: { title: "客户管理", icon: User, perm: "customers:view" },
      },
    ],
  },
];

export default routes;
