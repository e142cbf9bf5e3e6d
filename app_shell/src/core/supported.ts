/**
 * The component types (and the highest version of each) this shell can draw. Sent to the page
 * API as `X-Shell-Components`; `normalizeLayout` leaves out anything else. Every catalogue type
 * of `layouts/components/` at v1 — a test holds this map, the catalogue and the renderers in
 * `components/sections/` together.
 */
export const SUPPORTED: Readonly<Record<string, number>> = Object.freeze({
  banner: 1,
  brand_wall: 1,
  category_grid: 1,
  coupon_strip: 1,
  divider: 1,
  flash_sale_strip: 1,
  group_buy_strip: 1,
  image_hotspot: 1,
  notice_bar: 1,
  popup_ad: 1,
  product_grid: 1,
  ranking_list: 1,
  rich_text: 1,
  search_box: 1,
  shop_card: 1,
  spacer: 1,
  store_locator: 1,
  tab_bar: 1,
  title_bar: 1,
  video: 1,
});
