// 我的收藏 / 关注的店铺: rows of GET /me/favourites and /me/followed-shops for WXML, and the
// edit mode's selection.
import { formatPrice } from "../shared/index.js";
import { mediaUrl } from "./media.js";
import { markViews } from "./view.js";

export function favouriteView(row) {
  const card = row.card;
  return {
    id: row.product_id,
    available: row.available === true && !!card,
    title: card ? card.title : "商品已失效",
    image: card ? mediaUrl(card.image) : "",
    price: card ? formatPrice(card.price) : "",
    soldOut: !!card && card.stock_state === "sold_out",
    marks: row.available === true && card ? markViews(card.marks, 3) : [],
  };
}

export function followView(row) {
  const shop = row.shop;
  return {
    id: row.shop_id,
    available: row.available === true && !!shop,
    name: shop ? shop.name : "店铺已关闭",
    logo: shop ? mediaUrl(shop.logo) : "",
    self: !!shop && shop.self_operated === true,
    followers: (row.followers || 0) + " 人关注",
  };
}

/** Toggle one id in the edit-mode selection. */
export function toggleSelected(selected, id) {
  return selected.indexOf(id) === -1 ? selected.concat([id]) : selected.filter((x) => x !== id);
}

/** All ids, or none when all are selected already. */
export function toggleAll(selected, ids) {
  return ids.length && ids.every((id) => selected.indexOf(id) !== -1) ? [] : ids.slice();
}

/** {id: true} for WXML (it cannot call indexOf). */
export function selectionMap(selected) {
  const map = {};
  selected.forEach((id) => (map[id] = true));
  return map;
}
