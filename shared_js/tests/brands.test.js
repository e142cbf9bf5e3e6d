import { describe, expect, it } from "vitest";

import { brandIndex } from "../src/index.js";

const brand = (id, name, letter, more = {}) => ({ id, name, letter, logo: "", sort: 0, is_recommended: false, ...more });

describe("brandIndex", () => {
  it("[PLT-7] groups brands A to Z by their pinyin letter, # last, each by sort then id", () => {
    const index = brandIndex([
      brand(3, "美的", "M"), brand(1, "华为", "H", { is_recommended: true }), brand(7, "3M", "#"),
      brand(5, "海尔", "H", { sort: -1 }), brand(2, "安踏", "a"),
    ]);
    expect(index.letters).toEqual(["A", "H", "M", "#"]);
    expect(index.groups.map((g) => [g.letter, g.brands.map((b) => b.name)])).toEqual([
      ["A", ["安踏"]], ["H", ["海尔", "华为"]], ["M", ["美的"]], ["#", ["3M"]],
    ]);
    expect(index.recommended.map((b) => b.name)).toEqual(["华为"]);
  });

  it("[PLT-7] an empty or missing list gives no letters", () => {
    expect(brandIndex([])).toEqual({ recommended: [], groups: [], letters: [] });
    expect(brandIndex(undefined)).toEqual({ recommended: [], groups: [], letters: [] });
  });
});
