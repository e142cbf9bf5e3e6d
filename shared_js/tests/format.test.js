import { describe, expect, it } from "vitest";

import { formatPrice, formatSales, priceParts } from "../src/index.js";

describe("formatPrice", () => {
  it("[HOME-4] formats integer fen as yuan with two decimals", () => {
    expect(formatPrice(1234)).toBe("¥12.34");
    expect(formatPrice(0)).toBe("¥0.00");
    expect(formatPrice(5)).toBe("¥0.05");
    expect(formatPrice(10)).toBe("¥0.10");
    expect(formatPrice(100)).toBe("¥1.00");
    expect(formatPrice(1999900)).toBe("¥19999.00");
    expect(formatPrice(-5)).toBe("-¥0.05");
  });

  it("[HOME-4] never drifts like floats do", () => {
    // 0.1 + 0.2 style drift: 29 fen is 0.29 yuan, 0.29 * 100 is 28.999999999999996 in floats.
    expect(formatPrice(29)).toBe("¥0.29");
    expect(formatPrice(1005)).toBe("¥10.05");
    expect(formatPrice(Number.MAX_SAFE_INTEGER)).toBe("¥90071992547409.91");
    for (let fen = 0; fen < 20000; fen += 7) {
      const parts = priceParts(fen);
      expect(Number(parts.yuan) * 100 + Number(parts.fen)).toBe(fen);
    }
  });

  it("[HOME-4] shows no made-up price for a value that is not integer fen", () => {
    for (const bad of [null, undefined, "1234", 12.5, NaN, Infinity]) {
      expect(formatPrice(bad)).toBe("¥--");
      expect(priceParts(bad)).toEqual({ yuan: "--", fen: "--" });
    }
  });
});

describe("priceParts", () => {
  it("[HOME-4] splits yuan and fen for big/small price display", () => {
    expect(priceParts(1234)).toEqual({ yuan: "12", fen: "34" });
    expect(priceParts(0)).toEqual({ yuan: "0", fen: "00" });
    expect(priceParts(9)).toEqual({ yuan: "0", fen: "09" });
    expect(priceParts(599900)).toEqual({ yuan: "5999", fen: "00" });
  });
});

describe("formatSales", () => {
  it("[HOME-4] shows counts below ten thousand as they are", () => {
    expect(formatSales(0)).toBe("已售0");
    expect(formatSales(356)).toBe("已售356");
    expect(formatSales(9999)).toBe("已售9999");
  });

  it("[HOME-4] shows 万 and 亿 with one decimal, rounded down", () => {
    expect(formatSales(10000)).toBe("已售1万");
    expect(formatSales(12000)).toBe("已售1.2万");
    expect(formatSales(12999)).toBe("已售1.2万");
    expect(formatSales(19999)).toBe("已售1.9万");
    expect(formatSales(100000)).toBe("已售10万");
    expect(formatSales(99999999)).toBe("已售9999.9万");
    expect(formatSales(123456789)).toBe("已售1.2亿");
  });

  it("[HOME-4] reads missing or negative counts as zero", () => {
    for (const bad of [null, undefined, -3, NaN, "12"]) expect(formatSales(bad)).toBe("已售0");
  });
});
