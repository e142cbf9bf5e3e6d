import type { RouteRecordRaw } from "vue-router";

import aftersales from "./aftersales";
import catalog from "./catalog";
import chat from "./chat";
import dashboard from "./dashboard";
import decoration from "./decoration";
import finance from "./finance";
import orders from "./orders";
import platform from "./platform";
import promotions from "./promotions";
import settings from "./settings";
import system from "./system";

/**
 * Every console page, area by area, in menu order. The sidebar is built from this list, so a new
 * console plugs in by adding its module here (merchant, supplier, warehouse, customer service…).
 */
export const areaRoutes: RouteRecordRaw[] = [
  ...dashboard,
  ...platform,
  ...orders,
  ...aftersales,
  ...chat,
  ...finance,
  ...catalog,
  ...promotions,
  ...decoration,
  ...settings,
  ...system,
];
