import { describe, expect, it } from "vitest";

import { buildMenu } from "@/router/access";
import catalog from "@/router/routes/catalog";

const canOf = (codes: string[]) => (perm: string | readonly string[] | undefined) =>
  perm === undefined || (typeof perm === "string" ? [perm] : perm).some((code) => codes.includes(code));

describe("商品 menu", () => {
  it("[PLT-4] merchants get their product screens, never the platform's audit and reference data", () => {
    const titles = buildMenu(catalog, canOf(["catalog:manage"]))[0]!.children!.map((item) => item.title);
    expect(titles).toEqual(["商品列表", "商品库", "品牌管理", "评价管理", "运费模板"]);
  });

  it("[PLT-7] the platform gets audit, library and reference data", () => {
    const titles = buildMenu(catalog, canOf(["catalog:audit"]))[0]!.children!.map((item) => item.title);
    expect(titles).toEqual(["商品列表", "商品审核", "商品库", "分类管理", "属性管理", "标签管理", "品牌管理", "评价管理"]);
    expect(buildMenu(catalog, canOf([]))).toEqual([]);
  });
});
