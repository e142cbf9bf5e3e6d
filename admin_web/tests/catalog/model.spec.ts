import { describe, expect, it } from "vitest";

import { fenToYuan, formatYuan, yuanToFen } from "@/utils/format";
import {
  batchFill,
  cartesian,
  emptyProductForm,
  formProblem,
  fromProductEdit,
  mergeParams,
  regenerateSkus,
  toProductIn,
  unitPrice,
  validateUnits,
} from "@/views/catalog/products/edit/model";
import { bulkOptions, rowActions, salesText } from "@/views/catalog/products/list/data";
import { moveItem } from "@/views/catalog/shared/order";
import { toCascaderOptions } from "@/views/catalog/shared/categories";

const merchant = { canManage: true, canAudit: false };
const platform = { canManage: false, canAudit: true };

describe("money", () => {
  it("[PLT-4] converts 元 to integer fen and back without float drift", () => {
    expect(yuanToFen(19.9)).toBe(1990);
    expect(yuanToFen("0.07")).toBe(7);
    expect(yuanToFen(1.005)).toBe(101);
    expect(yuanToFen(undefined)).toBe(0);
    expect(yuanToFen("abc")).toBe(0);
    expect(fenToYuan(1990)).toBe(19.9);
    expect(formatYuan(1990)).toBe("19.90");
    expect(formatYuan(5)).toBe("0.05");
  });
});

describe("specs and SKUs", () => {
  it("[PLT-4] builds the cartesian product in spec order, one empty combination without specs", () => {
    expect(cartesian([])).toEqual([[]]);
    expect(
      cartesian([
        { name: "颜色", values: ["红", "蓝"] },
        { name: "尺码", values: ["M", "L"] },
      ]),
    ).toEqual([
      ["红", "M"],
      ["红", "L"],
      ["蓝", "M"],
      ["蓝", "L"],
    ]);
  });

  it("[PLT-4] regenerating keeps the rows of combinations that still exist and drops the others", () => {
    const specs = [{ name: "颜色", values: ["红", "蓝"] }];
    const rows = regenerateSkus(specs, []);
    rows[0]!.price = 19.9;
    rows[0]!.id = 11;
    rows[1]!.stock = 5;

    const next = regenerateSkus([{ name: "颜色", values: ["红", "绿"] }], rows);
    expect(next.map((row) => row.spec_values)).toEqual([["红"], ["绿"]]);
    expect(next[0]).toMatchObject({ id: 11, price: 19.9 });
    expect(next[1]).toMatchObject({ price: undefined, stock: 0 });
    expect(next[1]!.id).toBeUndefined();
  });

  it("[PLT-4] ignores specs without a name or values, and blank or repeated values", () => {
    const rows = regenerateSkus(
      [
        { name: " 颜色 ", values: ["红", " 红", ""] },
        { name: "", values: ["M"] },
        { name: "尺码", values: [] },
      ],
      [],
    );
    expect(rows.map((row) => row.spec_values)).toEqual([["红"]]);
  });

  it("[PLT-4] batch fill sets only the given fields on every row", () => {
    const rows = regenerateSkus([{ name: "颜色", values: ["红", "蓝"] }], []);
    rows[1]!.weight = 300;
    batchFill(rows, { price: 10, stock: 8 });
    expect(rows.map((row) => [row.price, row.stock, row.weight])).toEqual([
      [10, 8, 0],
      [10, 8, 300],
    ]);
  });
});

describe("units", () => {
  it("[B2B-1] accepts a base unit and strictly increasing factors that divide each other", () => {
    expect(validateUnits([{ name: "个", factor: 1 }])).toBeNull();
    expect(
      validateUnits([
        { name: "个", factor: 1 },
        { name: "包", factor: 20 },
        { name: "箱", factor: 200 },
      ]),
    ).toBeNull();
  });

  it("[B2B-1] rejects a bad base, non-increasing or non-dividing factors, too many units", () => {
    expect(validateUnits([])).toContain("基本单位");
    expect(validateUnits([{ name: "包", factor: 20 }])).toContain("换算数量须为 1");
    expect(validateUnits([{ name: "个", factor: 1 }, { name: "包", factor: 1 }])).toContain("递增");
    expect(
      validateUnits([
        { name: "个", factor: 1 },
        { name: "包", factor: 20 },
        { name: "箱", factor: 30 },
      ]),
    ).toContain("整数倍");
    expect(validateUnits([{ name: "个", factor: 1 }, { name: "个", factor: 2 }])).toContain("重复");
    expect(validateUnits([{ name: "", factor: 1 }])).toContain("名称");
    expect(
      validateUnits([
        { name: "a", factor: 1 },
        { name: "b", factor: 2 },
        { name: "c", factor: 4 },
        { name: "d", factor: 8 },
      ]),
    ).toContain("最多");
  });

  it("[B2B-1] a unit price defaults to price × factor unless typed", () => {
    const units = [
      { name: "个", factor: 1 },
      { name: "箱", factor: 10 },
    ];
    const row = regenerateSkus([], [])[0]!;
    row.price = 1.99;
    expect(unitPrice(row, units, 0)).toBe(1.99);
    expect(unitPrice(row, units, 1)).toBe(19.9);
    row.unit_prices[1] = 18;
    expect(unitPrice(row, units, 1)).toBe(18);
  });
});

describe("payload", () => {
  it("[PLT-4] sends money in fen, unit prices per unit and only complete specs", () => {
    const form = emptyProductForm();
    form.title = " 保温杯 ";
    form.category_id = 9;
    form.freight = 8;
    form.images = ["https://img/1.jpg", " "];
    form.units = [
      { name: "个", factor: 1 },
      { name: "箱", factor: 10 },
    ];
    form.specs = [{ name: "颜色", values: ["红"] }];
    form.skus = regenerateSkus(form.specs, form.skus);
    form.skus[0]!.price = 19.9;
    form.skus[0]!.original_price = 29.9;
    form.attributes = { 3: "不锈钢", 4: "" };
    form.params = [{ group: "主体", name: "产地", value: "浙江" }, { group: "主体", name: "容量", value: "" }];

    const payload = toProductIn(form, true);
    expect(payload).toMatchObject({
      title: "保温杯",
      freight: 800,
      images: ["https://img/1.jpg"],
      specs: [{ name: "颜色", values: ["红"] }],
      attributes: [{ id: 3, value: "不锈钢" }],
      params: [{ group: "主体", name: "产地", value: "浙江" }],
      submit: true,
    });
    expect(payload.skus).toEqual([
      expect.objectContaining({ spec_values: ["红"], price: 1990, original_price: 2990, unit_prices: [1990, 19900] }),
    ]);
  });

  it("[PLT-4] a saved product comes back to the form in 元 and round-trips", () => {
    const form = fromProductEdit({
      id: 5, status: "on_sale", shop_id: 7, title: "杯", subtitle: "", category_id: 9, brand_id: null,
      images: [], video: "", description: "", tags: [], service_promise: [], freight: 500, sort: 0,
      params: [], attributes: [{ id: 3, value: "钢" }], specs: [], units: [{ name: "个", factor: 1 }, { name: "箱", factor: 10 }],
      skus: [{ id: 11, spec_values: [], price: 1990, original_price: 0, stock: 3, code: "A", barcode: "", weight: 0, image: "", unit_prices: [1990, 18000], is_enabled: true }],
    });
    expect(form.freight).toBe(5);
    expect(form.skus[0]).toMatchObject({ id: 11, price: 19.9, original_price: undefined, unit_prices: [undefined, 180] });
    expect(toProductIn(form, false).skus[0]!.unit_prices).toEqual([1990, 18000]);
    expect(formProblem(form)).toBeNull();
  });

  it("[PLT-7] params of a new category keep the values typed for the same group and name", () => {
    expect(
      mergeParams(
        [
          { group: "主体", name: "容量", sort: 2 },
          { group: "主体", name: "产地", sort: 1 },
        ],
        [{ group: "主体", name: "产地", value: "浙江" }],
      ),
    ).toEqual([
      { group: "主体", name: "产地", value: "浙江" },
      { group: "主体", name: "容量", value: "" },
    ]);
  });
});

describe("product list rules", () => {
  it("[PLT-4] merchants get shelf and audit-submission actions by status, never platform ones", () => {
    const keys = (status: Parameters<typeof rowActions>[0]) => rowActions(status, merchant).map((a) => a.key);
    expect(keys("draft")).toEqual(["edit", "submit", "delete", "timeline"]);
    expect(keys("on_sale")).toEqual(["off_shelf", "edit", "timeline"]);
    expect(keys("off_shelf")).toEqual(["on_shelf", "edit", "delete", "timeline"]);
    expect(keys("pending")).not.toContain("approve");
  });

  it("[PLT-4] the platform audits, bans and unbans; reasons are asked for reject and ban", () => {
    expect(rowActions("pending", platform).map((a) => a.key)).toEqual(["approve", "reject", "timeline"]);
    expect(rowActions("on_sale", platform).map((a) => a.key)).toEqual(["ban", "padded_sales", "timeline"]);
    expect(rowActions("banned", platform).map((a) => a.key)).toEqual(["unban", "timeline"]);
    expect(rowActions("pending", platform).find((a) => a.key === "reject")?.reason).toBe(true);
    expect(bulkOptions(platform).map((o) => o.action)).toEqual(["approve", "reject", "ban", "unban"]);
    expect(bulkOptions(merchant).map((o) => o.action)).toEqual(["on_shelf", "off_shelf", "submit", "delete"]);
  });

  it("[PLT-5] sales show real plus padded", () => {
    expect(salesText({ sales: 120, padded_sales: 30 })).toBe("150（120+30）");
    expect(salesText({ sales: 7, padded_sales: 0 })).toBe("7");
  });

  it("[PLT-7] moving an item swaps it with its neighbour and stays in bounds", () => {
    expect(moveItem([1, 2, 3], 0, 1)).toEqual([2, 1, 3]);
    expect(moveItem([1, 2, 3], 2, -1)).toEqual([1, 3, 2]);
    expect(moveItem([1, 2, 3], 0, -1)).toEqual([1, 2, 3]);
  });

  it("[PLT-7] category options let products pick only level 3", () => {
    const options = toCascaderOptions(
      [
        { id: 1, name: "家居", level: 1, icon: "", sort: 0, is_visible: true, children: [
          { id: 2, name: "厨具", level: 2, icon: "", sort: 0, is_visible: true, children: [
            { id: 3, name: "水杯", level: 3, icon: "", sort: 0, is_visible: true, children: [] },
          ] },
          { id: 4, name: "空", level: 2, icon: "", sort: 0, is_visible: true, children: [] },
        ] },
      ],
      3,
    );
    expect(options[0]!.children![0]!.children![0]).toEqual({ value: 3, label: "水杯" });
    expect(options[0]!.children![1]).toEqual({ value: 4, label: "空", disabled: true });
  });
});
