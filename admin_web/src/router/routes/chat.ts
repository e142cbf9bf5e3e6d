import { Service } from "@element-plus/icons-vue";
import type { RouteRecordRaw } from "vue-router";

/**
 * 客服 (MSG-1): the customer-service console. `chat:agent` is the code the backend checks (the
 * chat socket and `/admin/chat`); merchants' agents get their shop's conversations only.
 */
const routes: RouteRecordRaw[] = [
  {
    path: "chat",
    name: "chat-console",
    component: () => import("@/views/chat/console/index.vue"),
    meta: { title: "客服工作台", icon: Service, perm: "chat:agent" },
  },
];

export default routes;
