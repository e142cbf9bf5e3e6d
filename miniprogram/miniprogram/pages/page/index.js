// 自定义页面: /pages/page/index?key=<page_key>[&shop=<shop_id>] → GET /pages/<key> or
// /shops/<shop>/pages/<key>. The brand wall's 更多 opens `brand-center`: until operators publish
// such a page, the A–Z brand index (pages/brands) takes its place.
import { layoutPage } from "../../core/layout-page.js";

const PAGE_KEY = /^[a-z0-9_-]{1,40}$/;

Page(
  layoutPage((options) => {
    const key = decodeURIComponent(options.key || "");
    if (!PAGE_KEY.test(key)) return null;
    const shop = Number(options.shop);
    return shop > 0 && Math.floor(shop) === shop ? { key, shopId: shop } : { key };
  }, (ref) => {
    if (ref.key !== "brand-center" || ref.shopId) return false;
    wx.redirectTo({ url: "/pages/brands/index" });
    return true;
  }),
);
