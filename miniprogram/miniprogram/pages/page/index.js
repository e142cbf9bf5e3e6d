// 自定义页面: /pages/page/index?key=<page_key>[&shop=<shop_id>] → GET /pages/<key> or
// /shops/<shop>/pages/<key>.
import { layoutPage } from "../../core/layout-page.js";

const PAGE_KEY = /^[a-z0-9_-]{1,40}$/;

Page(
  layoutPage((options) => {
    const key = decodeURIComponent(options.key || "");
    if (!PAGE_KEY.test(key)) return null;
    const shop = Number(options.shop);
    return shop > 0 && Math.floor(shop) === shop ? { key, shopId: shop } : { key };
  }),
);
