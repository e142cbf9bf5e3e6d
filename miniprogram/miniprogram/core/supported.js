// The `{type: max v}` map of the section components this shell has (all 20 catalogue types at
// v1). Sent as `X-Shell-Components` and passed to normalizeLayout: the server and the shared
// core leave out whatever is not in here.
export const SUPPORTED = {
  banner: 1,
  search_box: 1,
  category_grid: 1,
  product_grid: 1,
  ranking_list: 1,
  notice_bar: 1,
  image_hotspot: 1,
  rich_text: 1,
  spacer: 1,
  divider: 1,
  coupon_strip: 1,
  flash_sale_strip: 1,
  group_buy_strip: 1,
  shop_card: 1,
  store_locator: 1,
  popup_ad: 1,
  tab_bar: 1,
  title_bar: 1,
  brand_wall: 1,
  video: 1,
};

export const SECTION_TYPES = Object.keys(SUPPORTED);

/** Whether this shell has a renderer for the section's type at its version. */
export function isSupported(section) {
  return !!(
    section &&
    typeof section.type === "string" &&
    Object.prototype.hasOwnProperty.call(SUPPORTED, section.type) &&
    typeof section.v === "number" &&
    section.v <= SUPPORTED[section.type]
  );
}
