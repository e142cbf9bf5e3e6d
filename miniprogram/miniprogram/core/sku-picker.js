// The SKU picker's view model (PDP-2, B2B-1): spec chips with disabled values, the chosen SKU's
// image / price / stock, the sales unit with its price and the most that can be bought. The
// rules themselves live in the shared sku.js.
import {
  formatPrice,
  maxQuantity,
  missingSpecs,
  optionStates,
  priceParts,
  selectedSku,
  toggleOption,
  unitPrice,
} from "../shared/index.js";
import { mediaUrl } from "./media.js";
import { priceBlock } from "./product.js";

/** Picker state: nothing chosen, base unit, quantity 1. */
export function initialPick(detail) {
  return { selected: (detail.specs || []).map(() => null), unitIndex: 0, quantity: 1 };
}

/** The state after tapping a chip (a disabled one changes nothing). */
export function pickOption(detail, pick, specIndex, value) {
  const states = optionStates(detail.specs || [], detail.skus || [], pick.selected);
  const option = (states[specIndex] || []).find((o) => o.value === value);
  if (!option || (option.disabled && !option.selected)) return pick;
  return clampQuantity(detail, Object.assign({}, pick, { selected: toggleOption(detail.specs || [], pick.selected, specIndex, value) }));
}

export function pickUnit(detail, pick, unitIndex) {
  const units = detail.units || [];
  if (!(unitIndex >= 0 && unitIndex < units.length)) return pick;
  return clampQuantity(detail, Object.assign({}, pick, { unitIndex }));
}

export function pickQuantity(detail, pick, quantity) {
  return clampQuantity(detail, Object.assign({}, pick, { quantity: Number(quantity) || 1 }));
}

function clampQuantity(detail, pick) {
  const sku = selectedSku(detail.specs || [], detail.skus || [], pick.selected);
  const max = sku ? maxQuantity(sku, detail.units, pick.unitIndex) : Infinity;
  const quantity = Math.max(1, Math.min(pick.quantity, max || 1));
  return quantity === pick.quantity ? pick : Object.assign({}, pick, { quantity });
}

function unitName(detail, index) {
  const unit = (detail.units || [])[index];
  return unit ? unit.name : "";
}

/** 「已选择 红 / L，2箱」 once a full, available SKU is chosen; null otherwise. */
export function chosenText(detail, pick) {
  const sku = selectedSku(detail.specs || [], detail.skus || [], pick.selected);
  if (!sku || maxQuantity(sku, detail.units, pick.unitIndex) < 1) return null;
  const specText = sku.spec_values.join(" / ");
  return "已选择 " + (specText ? specText + "，" : "") + pick.quantity + (unitName(detail, pick.unitIndex) || "件");
}

/** Everything the picker popup draws. */
export function pickerView(detail, pick) {
  const specs = detail.specs || [];
  const skus = detail.skus || [];
  const units = detail.units || [];
  const states = optionStates(specs, skus, pick.selected);
  const sku = selectedSku(specs, skus, pick.selected);
  const missing = missingSpecs(specs, pick.selected);
  const base = priceBlock(detail);
  const price = sku ? priceParts(unitPrice(sku, units, pick.unitIndex)) : { yuan: base.yuan, fen: base.fen };
  const max = sku ? maxQuantity(sku, units, pick.unitIndex) : 0;
  let status;
  if (missing.length) status = "请选择 " + missing.join(" ");
  else if (!sku || max < 1) status = "该规格已售罄";
  else status = "已选 " + (sku.spec_values.join(" / ") || "默认") + "，库存 " + max + (unitName(detail, pick.unitIndex) || "件");
  return {
    image: mediaUrl((sku && sku.image) || (detail.images || [])[0] || ""),
    yuan: price.yuan,
    fen: price.fen,
    max: sku ? "" : base.max,
    unitName: sku ? unitName(detail, pick.unitIndex) : "",
    status,
    specs: specs.map((spec, i) => ({ name: spec.name, index: i, options: states[i] })),
    units:
      units.length > 1
        ? units.map((unit, i) => ({
            index: i,
            name: unit.name,
            factor: unit.factor,
            active: i === pick.unitIndex,
            price: sku ? formatPrice(unitPrice(sku, units, i)) : "",
          }))
        : [],
    quantity: pick.quantity,
    maxQuantity: sku ? max : 0,
    ready: !!sku && max > 0,
  };
}

/** What the chosen SKU buys — `{sku_id, quantity, unit}` (docs/trade-api.md items) — or null. */
export function chosenItem(detail, pick) {
  const sku = selectedSku(detail.specs || [], detail.skus || [], pick.selected);
  if (!sku || maxQuantity(sku, detail.units, pick.unitIndex) < 1) return null;
  return { sku_id: sku.id, quantity: pick.quantity, unit: pick.unitIndex || 0 };
}
