// 购物车 view models and glue (docs/trade-api.md, CART-1/2/4): lines grouped by shop, invalid lines
// with their reason copy, the price-change notice, the tab-bar badge and the guest-cart merge.
import { formatPrice, priceParts } from "../shared/index.js";
import { getToken } from "./api.js";
import { skuLineView } from "./sku-line.js";
import { getItem, removeItem, setItem } from "./storage.js";
import { cartApi, deviceId, GUEST_CART_KEY } from "./trade-api.js";

export const CART_TAB_INDEX = 2;
export const CHECKOUT_DRAFT_KEY = "checkout_draft";

export const REASON_TEXT = {
  sku_gone: "商品已失效",
  off_shelf: "商品已下架",
  unit_gone: "单位已变更",
  sold_out: "已售罄",
  insufficient_stock: "库存不足",
};

/** 「比加入时降价 ¥x」 / 「比加入时涨价 ¥x」, or "" when the price is what it was. */
export function priceChangeText(line) {
  if (!line.price_changed || typeof line.unit_price !== "number" || typeof line.added_price !== "number") return "";
  const diff = line.unit_price - line.added_price;
  if (!diff) return "";
  return (diff < 0 ? "比加入时降价 " : "比加入时涨价 ") + formatPrice(Math.abs(diff));
}

export function lineView(line) {
  const price = priceParts(line.unit_price);
  return Object.assign(skuLineView(line), {
    unit: line.unit || 0,
    quantity: line.quantity,
    max: typeof line.stock === "number" && line.stock > 0 ? line.stock : 1,
    yuan: price.yuan,
    fen: price.fen,
    selected: line.selected === true,
    priceNotice: priceChangeText(line),
    priceDown: line.unit_price < line.added_price,
    reason: line.reason ? REASON_TEXT[line.reason] || "商品已失效" : "",
  });
}

/** The whole cart page's view model. */
export function cartView(cart) {
  const c = cart || {};
  const shops = (c.shops || []).map((shop) => {
    const lines = (shop.lines || []).map(lineView);
    return {
      id: shop.shop_id,
      name: shop.shop_name || "",
      self: shop.self_operated === true,
      lines,
      allSelected: lines.length > 0 && lines.every((l) => l.selected),
    };
  });
  const summary = c.summary || {};
  const payable = priceParts(summary.payable || 0);
  return {
    shops,
    invalid: (c.invalid || []).map(lineView),
    count: c.count || 0,
    selectedCount: c.selected_count || 0,
    allSelected: c.all_selected === true,
    payableYuan: payable.yuan,
    payableFen: payable.fen,
    goods: formatPrice(summary.goods_total || 0),
    discount: summary.discount_total ? formatPrice(summary.discount_total) : "",
    freight: summary.freight_total ? formatPrice(summary.freight_total) : "",
  };
}

/** The buyable selected lines → checkout items and the cart line ids they come from. */
export function selectedItems(cart) {
  const items = [];
  const ids = [];
  ((cart && cart.shops) || []).forEach((shop) =>
    (shop.lines || []).forEach((line) => {
      if (!line.selected) return;
      items.push({ sku_id: line.sku_id, quantity: line.quantity, unit: line.unit || 0 });
      ids.push(line.id);
    }),
  );
  return { items, cart_line_ids: ids };
}

/** The tab-bar badge: the count, or none for 0. */
export function setCartBadge(count) {
  const n = Number(count) || 0;
  try {
    if (n > 0) wx.setTabBarBadge({ index: CART_TAB_INDEX, text: n > 99 ? "99+" : String(n), fail() {} });
    else wx.removeTabBarBadge({ index: CART_TAB_INDEX, fail() {} });
  } catch (e) {
    // not on a tab page yet: the next refresh sets it
  }
}

/** GET /cart/count → the badge. */
export async function refreshCartBadge() {
  try {
    const answer = await cartApi.count();
    setCartBadge(answer && answer.count);
  } catch (e) {
    // the badge is a hint
  }
}

/** After sign-in: a guest cart kept under this device moves into the member's cart (once). */
export async function mergeGuestCart() {
  if (!getToken() || !getItem(GUEST_CART_KEY, false)) return null;
  const cart = await cartApi.merge(deviceId());
  removeItem(GUEST_CART_KEY);
  return cart;
}

/** What checkout buys: kept in storage (a cart selection may be too long for a page query). */
export function saveCheckoutDraft(draft) {
  setItem(CHECKOUT_DRAFT_KEY, draft);
}

export function loadCheckoutDraft() {
  const draft = getItem(CHECKOUT_DRAFT_KEY, null);
  return draft && Array.isArray(draft.items) ? draft : null;
}
