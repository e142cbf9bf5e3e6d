import { Setting, UserFilled } from "@element-plus/icons-vue";
import type { RouteRecordRaw } from "vue-router";

/**
 * 系统设置: staff accounts and roles. The same page serves the platform and every shop; the
 * backend scopes the rows to the caller's shop.
 */
const routes: RouteRecordRaw[] = [
  {
    path: "system",
    name: "system",
    redirect: { name: "system-staff" },
    meta: { title: "系统设置", icon: Setting },
    children: [
      {
        path: "staff",
        name: "system-staff",
        component: () => import("@/views/staff/list/index.vue"),
        meta: { title: "员工与角色", icon: UserFilled, perm: ["staff:manage", "roles:manage"] },
      },
    ],
  },
];

export default routes;
