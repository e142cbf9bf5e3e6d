import { Discount, Present, Ticket } from "@element-plus/icons-vue";
import type { RouteRecordRaw } from "vue-router";

/**
 * 营销 (docs/promotions-api.md): 营销活动 (满减, 满折, 满赠, 打包一口价) and 优惠券 templates, for
 * merchant staff (their shop's) and platform staff (every shop's activities, the platform's
 * coupons), all under `promotions:manage`.
 */
const MANAGE = "promotions:manage";

const routes: RouteRecordRaw[] = [
  {
    path: "promotions",
    name: "promotions",
    redirect: { name: "promotions-activities" },
    meta: { title: "营销", icon: Present },
    children: [
      {
        path: "activities",
        name: "promotions-activities",
        component: () => import("@/views/promotions/activities/index.vue"),
        meta: { title: "营销活动", icon: Discount, perm: MANAGE },
      },
      {
        path: "coupons",
        name: "promotions-coupons",
        component: () => import("@/views/promotions/coupons/index.vue"),
        meta: { title: "优惠券", icon: Ticket, perm: MANAGE },
      },
    ],
  },
];

export default routes;
