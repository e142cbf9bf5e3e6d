import { Odometer } from "@element-plus/icons-vue";
import type { RouteRecordRaw } from "vue-router";

/** 工作台: every signed-in staff lands here. */
const routes: RouteRecordRaw[] = [
  {
    path: "dashboard",
    name: "dashboard",
    component: () => import("@/views/dashboard/index.vue"),
    meta: { title: "工作台", icon: Odometer },
  },
];

export default routes;
