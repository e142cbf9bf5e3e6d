// 商品详情: view models of ProductDetail (docs/catalog-api.md) for WXML. Prices come from the
// shared SKU logic and format helpers; nothing here calls the API.
import { formatPrice, priceParts, formatSales, priceRange } from "../shared/index.js";
import { mediaUrl } from "./media.js";

/** Swiper slides: the video first when there is one, then the images. */
export function mediaSlides(detail) {
  const slides = [];
  const images = (detail.images || []).map(mediaUrl).filter(Boolean);
  const video = mediaUrl(detail.video);
  if (video) slides.push({ kind: "video", src: video, poster: images[0] || "" });
  images.forEach((src) => slides.push({ kind: "image", src }));
  return slides;
}

/** Big price (lowest), `~ ¥max` when SKUs differ, original price when higher. */
export function priceBlock(detail) {
  const range = detail.skus && detail.skus.length ? priceRange(detail.skus) : { min: detail.price, max: detail.price_max || detail.price };
  const parts = priceParts(range.min);
  return {
    yuan: parts.yuan,
    fen: parts.fen,
    max: range.max > range.min ? formatPrice(range.max) : "",
    original: detail.original_price > range.min ? formatPrice(detail.original_price) : "",
  };
}

/** 包邮 for a free flat fee, else 运费 ¥x.xx. */
export function freightText(fen) {
  return !fen ? "包邮" : "运费 " + formatPrice(fen);
}

/** Params grouped in order of first appearance. */
export function paramGroups(params) {
  const groups = [];
  (params || []).forEach((p) => {
    let group = groups.find((g) => g.name === (p.group || ""));
    if (!group) groups.push((group = { name: p.group || "", items: [] }));
    group.items.push({ name: p.name, value: p.value });
  });
  return groups;
}

/** What onShareAppMessage returns: the `share` payload of the product. */
export function shareMessage(detail) {
  const share = (detail && detail.share) || {};
  return {
    title: share.title || (detail && detail.title) || "",
    imageUrl: mediaUrl(share.image) || mediaUrl((detail && detail.images && detail.images[0]) || ""),
    path: share.path || "/pages/product/index?id=" + (detail ? detail.id : ""),
  };
}

/** The whole page's view model (SKU picker aside: core/sku-picker.js). */
export function productView(detail) {
  const shop = detail.shop || null;
  return {
    id: detail.id,
    title: detail.title || "",
    subtitle: detail.subtitle || "",
    slides: mediaSlides(detail),
    price: priceBlock(detail),
    sales: formatSales(detail.sales),
    freight: freightText(detail.freight),
    promises: detail.service_promise || [],
    tags: detail.tags || [],
    params: paramGroups(detail.params),
    attributes: detail.attributes || [],
    shop: shop && { id: shop.id, name: shop.name, logo: mediaUrl(shop.logo), self: shop.self_operated === true },
    soldOut: detail.stock_state === "sold_out",
  };
}
