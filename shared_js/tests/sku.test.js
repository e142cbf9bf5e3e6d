import { describe, expect, it } from "vitest";

import {
  maxQuantity,
  missingSpecs,
  optionStates,
  priceRange,
  selectedSku,
  toggleOption,
  unitPrice,
} from "../src/index.js";

const specs = [
  { name: "颜色", values: ["红", "蓝"] },
  { name: "尺码", values: ["M", "L"] },
];
const sku = (id, spec_values, price, stock, extra = {}) => ({
  id,
  spec_values,
  price,
  stock,
  unit_prices: [price],
  available: stock > 0,
  image: "",
  ...extra,
});
const skus = [
  sku(1, ["红", "M"], 1990, 5),
  sku(2, ["红", "L"], 2090, 0), // sold out
  sku(3, ["蓝", "M"], 2190, 3),
  // 蓝 + L has no SKU at all
];
const states = (sel) => optionStates(specs, skus, sel).map((row) => row.map((o) => `${o.value}${o.selected ? "*" : ""}${o.disabled ? "x" : ""}`));

describe("optionStates", () => {
  it("[PDP-2] with nothing chosen, disables only values no available SKU has", () => {
    expect(states([null, null])).toEqual([
      ["红", "蓝"],
      ["M", "Lx"],
    ]);
  });

  it("[PDP-2] disables a size sold out in the chosen colour and a missing combination", () => {
    expect(states(["红", null])).toEqual([
      ["红*", "蓝"],
      ["M", "Lx"],
    ]);
    expect(states(["蓝", null])).toEqual([
      ["红", "蓝*"],
      ["M", "Lx"],
    ]);
  });

  it("[PDP-2] checks each spec against the other specs' choices, not its own", () => {
    const more = [...skus, sku(4, ["蓝", "L"], 2290, 1)];
    const rows = optionStates(specs, more, ["红", "L"]);
    // 红 + L is sold out, but 蓝 + L exists: 蓝 stays enabled, 红 is disabled under L.
    expect(rows[0]).toEqual([
      { value: "红", selected: true, disabled: true },
      { value: "蓝", selected: false, disabled: false },
    ]);
    // Under 红 only M is available.
    expect(rows[1].map((o) => o.disabled)).toEqual([false, true]);
  });

  it("[PDP-2] treats an SKU marked unavailable as missing even with stock", () => {
    const off = [sku(1, ["红", "M"], 1990, 5, { available: false }), sku(3, ["蓝", "M"], 2190, 3)];
    expect(optionStates(specs, off, [null, "M"])[0].map((o) => o.disabled)).toEqual([true, false]);
  });

  it("[PDP-2] accepts a short or empty selection array", () => {
    expect(optionStates(specs, skus, [])).toEqual(optionStates(specs, skus, [null, null]));
  });

  it("[PDP-2] gives no rows for a product without specs", () => {
    expect(optionStates([], [sku(9, [], 100, 1)], [])).toEqual([]);
  });
});

describe("toggleOption", () => {
  it("[PDP-2] chooses a value and returns a new array", () => {
    const sel = [null, null];
    const next = toggleOption(specs, sel, 0, "红");
    expect(next).toEqual(["红", null]);
    expect(sel).toEqual([null, null]);
  });

  it("[PDP-2] switches to another value of the same spec", () => {
    expect(toggleOption(specs, ["红", "M"], 0, "蓝")).toEqual(["蓝", "M"]);
  });

  it("[PDP-2] clears a value chosen again", () => {
    expect(toggleOption(specs, ["红", "M"], 1, "M")).toEqual(["红", null]);
  });

  it("[PDP-2] pads a short selection to one entry per spec", () => {
    expect(toggleOption(specs, [], 1, "L")).toEqual([null, "L"]);
  });
});

describe("selectedSku and missingSpecs", () => {
  it("[PDP-2] finds the SKU once every spec is chosen", () => {
    expect(selectedSku(specs, skus, ["蓝", "M"]).id).toBe(3);
    expect(missingSpecs(specs, ["蓝", "M"])).toEqual([]);
  });

  it("[PDP-2] returns null and names the missing specs while incomplete", () => {
    expect(selectedSku(specs, skus, ["红", null])).toBeNull();
    expect(missingSpecs(specs, ["红", null])).toEqual(["尺码"]);
    expect(missingSpecs(specs, [])).toEqual(["颜色", "尺码"]);
  });

  it("[PDP-2] returns null for a combination without an SKU", () => {
    expect(selectedSku(specs, skus, ["蓝", "L"])).toBeNull();
  });

  it("[PDP-2] returns the one SKU of a product without specs", () => {
    const only = sku(9, [], 500, 2);
    expect(selectedSku([], [only], [])).toBe(only);
    expect(missingSpecs([], [])).toEqual([]);
    expect(selectedSku([], [], [])).toBeNull();
  });
});

describe("units (B2B-1)", () => {
  const units = [
    { name: "个", factor: 1 },
    { name: "包", factor: 20 },
    { name: "箱", factor: 200 },
  ];
  const bulk = sku(5, [], 100, 450, { unit_prices: [100, 1900, 18000] });

  it("[B2B-1] uses the SKU's price per unit when given", () => {
    expect(unitPrice(bulk, units, 0)).toBe(100);
    expect(unitPrice(bulk, units, 1)).toBe(1900);
    expect(unitPrice(bulk, units, 2)).toBe(18000);
  });

  it("[B2B-1] falls back to base price times the factor", () => {
    const plain = sku(6, [], 100, 450, { unit_prices: [100] });
    expect(unitPrice(plain, units, 2)).toBe(20000);
    expect(unitPrice({ ...plain, unit_prices: undefined }, units, 1)).toBe(2000);
    expect(unitPrice(plain, [], 0)).toBe(100);
  });

  it("[B2B-1] counts whole units out of the base-unit stock", () => {
    expect(maxQuantity(bulk, units, 0)).toBe(450);
    expect(maxQuantity(bulk, units, 1)).toBe(22);
    expect(maxQuantity(bulk, units, 2)).toBe(2);
  });

  it("[B2B-1] allows nothing for an unavailable or missing SKU", () => {
    expect(maxQuantity({ ...bulk, available: false }, units, 0)).toBe(0);
    expect(maxQuantity(null, units, 0)).toBe(0);
    expect(maxQuantity(sku(7, [], 100, 10), units, 2)).toBe(0);
  });
});

describe("priceRange", () => {
  it("[PDP-1] spans the available SKUs only", () => {
    expect(priceRange(skus)).toEqual({ min: 1990, max: 2190 });
    expect(priceRange([...skus, sku(8, ["蓝", "L"], 100, 0)])).toEqual({ min: 1990, max: 2190 });
  });

  it("[PDP-1] spans all SKUs when none is available, and is zero without SKUs", () => {
    expect(priceRange([sku(1, [], 300, 0), sku(2, [], 200, 0)])).toEqual({ min: 200, max: 300 });
    expect(priceRange([sku(1, [], 300, 1)])).toEqual({ min: 300, max: 300 });
    expect(priceRange([])).toEqual({ min: 0, max: 0 });
  });
});
