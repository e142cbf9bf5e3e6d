// 店铺首页: /pages/shop/index?id=<shop_id> → GET /shops/<id>/page.
import { layoutPage } from "../../core/layout-page.js";

Page(
  layoutPage((options) => {
    const id = Number(options.id);
    return id > 0 && Math.floor(id) === id ? { key: "home", shopId: id } : null;
  }),
);
