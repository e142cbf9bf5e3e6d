// What a cart line and an order line show alike: the SKU, its product, title, image and spec.
import { mediaUrl } from "./media.js";

export function skuLineView(line) {
  return {
    id: line.id,
    skuId: line.sku_id,
    productId: line.product_id,
    title: line.title || "",
    image: mediaUrl(line.image),
    spec: [line.spec_text, line.unit_name].filter(Boolean).join("，"),
  };
}
