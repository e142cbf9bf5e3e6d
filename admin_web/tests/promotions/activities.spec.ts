import { flushPromises } from "@vue/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";

import type { Activity } from "@/api/promotions";
import { buildMenu } from "@/router/access";
import { areaRoutes } from "@/router/routes";
import { activityToForm, checkActivity, emptyActivityForm, formToInput } from "@/views/promotions/activities/data";
import Activities from "@/views/promotions/activities/index.vue";

import { answerMessageBox } from "../catalog/helpers";
import { errorEnvelope, jsonResponse, mockFetch } from "../helpers";
import { typeInto, visible } from "../orders/fixtures";
import { mountAs } from "../orders/mount";
import { activity, click, dialog, lastBody, page, productRow } from "./fixtures";

const MANAGE = ["promotions:manage"];

function api(options: { items?: unknown[]; save?: (body: unknown) => Response } = {}) {
  const items = options.items ?? [
    activity(1),
    activity(2, { kind: "full_discount", title: "满2件9折", phase: "running", mark: "满2件9折", rules: { basis: "count", tiers: [{ threshold: 2, percent: 90 }] } }),
    activity(3, { phase: "ended", mark: "满500减60" }),
    activity(4, { status: "cancelled", phase: "cancelled" }),
  ];
  return mockFetch((url, init) => {
    const method = init.method ?? "GET";
    if (url.startsWith("/api/v1/admin/activities") && method === "GET" && !/activities\/\d/.test(url)) return jsonResponse(200, page(items));
    if (/\/admin\/activities\/\d+\/cancel$/.test(url)) return jsonResponse(200, { ...activity(1), status: "cancelled", phase: "cancelled" });
    if ((url === "/api/v1/admin/activities" && method === "POST") || (/\/admin\/activities\/\d+$/.test(url) && method === "PUT")) {
      const body = JSON.parse(String(init.body));
      return options.save ? options.save(body) : jsonResponse(method === "POST" ? 201 : 200, { ...activity(9), ...body });
    }
    if (url.startsWith("/api/v1/admin/products?")) return jsonResponse(200, page([productRow(21, "保温杯"), productRow(22, "帆布袋")]));
    if (url === "/api/v1/admin/products/22") {
      return jsonResponse(200, {
        ...productRow(22, "帆布袋"),
        skus: [
          { id: 221, spec_values: ["白"], price: 990, stock: 5, is_enabled: true },
          { id: 222, spec_values: ["黑"], price: 990, stock: 0, is_enabled: true },
        ],
      });
    }
    if (url.startsWith("/api/v1/admin/shops")) return jsonResponse(200, page([{ id: 7, name: "鲜果坊", kind: "merchant" }]));
    return jsonResponse(404, errorEnvelope("not_found", "未找到"));
  });
}

const dialogTitled = (title: string) =>
  [...document.querySelectorAll<HTMLElement>(".el-dialog")].find((d) => d.querySelector(".el-dialog__title")?.textContent?.trim() === title);

const rowOf = (id: number) => document.querySelector(`[data-test=activity-row][data-id="${id}"]`)!.closest("tr")!;

async function openCreate() {
  await click("[data-test=activity-create]");
  await vi.waitFor(() => expect(dialog().textContent).toContain("新建营销活动"));
}

async function chooseKind(kind: string) {
  dialog().querySelector<HTMLInputElement>(`[data-kind=${kind}] input`)!.click();
  await flushPromises();
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = "";
});

describe("营销活动", { timeout: 30_000 }, () => {
  it("the 营销 menu offers 营销活动 and 优惠券 with promotions:manage only", () => {
    const promotions = (perms: string[]) =>
      buildMenu(areaRoutes, (perm) => perm === undefined || [perm].flat().some((p) => perms.includes(p)))
        .find((item) => item.title === "营销")?.children?.map((item) => item.title);
    expect(promotions(MANAGE)).toEqual(["营销活动", "优惠券"]);
    expect(promotions(["orders:view", "catalog:manage"])).toBeUndefined();
  });

  it("lists the shop's activities with their mark, kind, scope and phase; 编辑 while upcoming, 取消 until it ends", async () => {
    api();
    await mountAs("merchant", MANAGE, Activities);
    const first = rowOf(1).textContent!;
    expect(first).toContain("双11满减1");
    expect(first).toContain("满300减30");
    expect(first).toContain("满减");
    expect(first).toContain("全店商品");
    expect(first).toContain("未开始");
    expect(rowOf(2).textContent).toContain("满折");
    expect(rowOf(2).textContent).toContain("进行中");
    const actions = (id: number) => [...rowOf(id).querySelectorAll("[data-test^=activity-]")].map((el) => el.getAttribute("data-test")).filter((t) => t === "activity-edit" || t === "activity-cancel");
    expect(actions(1)).toEqual(["activity-edit", "activity-cancel"]);
    expect(actions(2)).toEqual(["activity-cancel"]);
    expect(actions(3)).toEqual([]);
    expect(actions(4)).toEqual([]);
    expect(document.querySelector("[data-test=activity-shop]")).toBeNull();
  });

  it("phase tabs, the kind filter and the keyword go to the API; platform staff get the shop column and filter", async () => {
    const fetchMock = api();
    await mountAs("platform", MANAGE, Activities);
    expect(document.querySelectorAll("[data-test=activity-shop]")).toHaveLength(4);
    expect(document.querySelector("[data-test=activity-shop-filter]")).not.toBeNull();
    const tab = [...document.querySelectorAll<HTMLElement>(".el-tabs__item")].find((el) => el.textContent?.trim() === "进行中")!;
    tab.click();
    await vi.waitFor(() => expect(fetchMock.mock.calls.at(-1)![0]).toContain("phase=running"));
    await typeInto("[data-test=activity-keyword]", "双11");
    document.querySelector("[data-test=activity-keyword]")!.closest("form")!.dispatchEvent(new Event("submit"));
    await vi.waitFor(() => expect(fetchMock.mock.calls.at(-1)![0]).toMatch(/phase=running.*keyword=%E5%8F%8C11|keyword=%E5%8F%8C11.*phase=running/));
  });

  it("a 满减 with two tiers is sent in fen with its window; 每满 sends one tier and the cap", async () => {
    const fetchMock = api();
    await mountAs("merchant", MANAGE, Activities);
    await openCreate();
    await typeInto("[data-test=activity-title]", "双11 满300减30");
    await typeInto("[data-test=tier-threshold-0]", "300");
    await typeInto("[data-test=tier-off-0]", "30");
    await click("[data-test=tier-add]", dialog());
    await typeInto("[data-test=tier-threshold-1]", "500.5");
    await typeInto("[data-test=tier-off-1]", "60");
    await click("[data-test=activity-save]", dialog());
    await vi.waitFor(() => expect(lastBody(fetchMock.mock.calls, "POST", "/api/v1/admin/activities")).toBeDefined());
    const body = lastBody(fetchMock.mock.calls, "POST", "/api/v1/admin/activities");
    expect(body).toMatchObject({
      kind: "full_reduction", title: "双11 满300减30", scope: "shop", product_ids: [],
      rules: { basis: "amount", tiers: [{ threshold: 30000, off: 3000 }, { threshold: 50050, off: 6000 }], cyclic: false, cap: null },
    });
    expect(body.shop_id).toBeUndefined();
    expect(Date.parse(body.ends_at) - Date.parse(body.starts_at)).toBe(7 * 24 * 3600 * 1000);

    const form = emptyActivityForm();
    Object.assign(form, { title: "每满", cyclic: true, cap: 100, tiers: [{ ...form.tiers[0]!, threshold: 300, off: 30 }, { ...form.tiers[0]!, threshold: 500, off: 60 }] });
    expect(formToInput(form, false).rules).toEqual({ basis: "amount", tiers: [{ threshold: 30000, off: 3000 }], cyclic: true, cap: 10000 });
  });

  it("满折 in 折 and by 件, 打包一口价 count and price, chosen products by id", async () => {
    const fetchMock = api();
    await mountAs("merchant", MANAGE, Activities);
    await openCreate();
    await chooseKind("full_discount");
    expect(dialog().querySelector("[data-test=tier-discount-0]")).not.toBeNull();
    await typeInto("[data-test=activity-title]", "两件九折");
    dialog().querySelector<HTMLInputElement>("[data-test=activity-basis] input[value=count]")!.click();
    await flushPromises();
    await typeInto("[data-test=tier-threshold-0]", "2");
    await typeInto("[data-test=tier-discount-0]", "8.5");
    dialog().querySelector<HTMLInputElement>("[data-test=activity-scope] input[value=products]")!.click();
    await flushPromises();
    await click("[data-test=pick-products]", dialog());
    const picker = await vi.waitFor(() => {
      const found = dialogTitled("选择商品");
      expect(found?.textContent).toContain("保温杯");
      return found!;
    });
    picker.querySelector<HTMLInputElement>(".el-table__body tr .el-checkbox input")!.click();
    await flushPromises();
    await click("[data-test=pick-confirm]", picker);
    await vi.waitFor(() => expect([...document.querySelectorAll("[data-test=picked-product]")].map((el) => el.textContent?.trim())).toEqual(["保温杯"]));
    await click("[data-test=activity-save]", dialogTitled("新建营销活动")!);
    await vi.waitFor(() =>
      expect(lastBody(fetchMock.mock.calls, "POST", "/api/v1/admin/activities")).toMatchObject({
        kind: "full_discount", scope: "products", product_ids: [21], rules: { basis: "count", tiers: [{ threshold: 2, percent: 85 }] },
      }),
    );

    const pack = emptyActivityForm();
    Object.assign(pack, { kind: "package_price", title: "任选3件99", count: 3, price: 99 });
    expect(formToInput(pack, false).rules).toEqual({ count: 3, price: 9900 });
    expect(checkActivity({ ...pack, count: 1, price: 0 }, false)).toEqual({ "rules.count": "件数至少为 2", "rules.price": "请填写一口价" });
  });

  it("满赠 tiers pick the gift SKU from the shop's products", async () => {
    const fetchMock = api();
    await mountAs("merchant", MANAGE, Activities);
    await openCreate();
    await chooseKind("full_gift");
    await typeInto("[data-test=activity-title]", "满199送帆布袋");
    await typeInto("[data-test=tier-threshold-0]", "199");
    await click("[data-test=tier-gift-0]", dialog());
    const picker = await vi.waitFor(() => {
      const found = dialogTitled("选择赠品");
      expect(found?.querySelectorAll("[data-test=gift-product]")).toHaveLength(2);
      return found!;
    });
    expect(fetchMock.mock.calls.find(([u]) => u.startsWith("/api/v1/admin/products?"))![0]).toContain("status=on_sale");
    picker.querySelectorAll<HTMLElement>("[data-test=gift-product]")[1]!.click();
    await vi.waitFor(() => expect(picker.querySelectorAll("[data-test=gift-sku]")).toHaveLength(2));
    picker.querySelectorAll<HTMLElement>("[data-test=gift-sku] input")[0]!.click();
    await flushPromises();
    await click("[data-test=gift-confirm]", picker);
    await vi.waitFor(() => expect(document.querySelector("[data-test=tier-gift-0]")!.textContent).toContain("帆布袋 / 白"));
    await typeInto("[data-test=tier-gift-qty-0]", "2");
    await click("[data-test=activity-save]", dialogTitled("新建营销活动")!);
    await vi.waitFor(() =>
      expect(lastBody(fetchMock.mock.calls, "POST", "/api/v1/admin/activities")?.rules).toEqual({
        basis: "amount", tiers: [{ threshold: 19900, gift_sku_id: 221, gift_quantity: 2 }],
      }),
    );
  });

  it("checks the form before sending, then shows the API's field errors on their fields", async () => {
    const fetchMock = api({
      save: () => jsonResponse(422, errorEnvelope("validation_failed", "提交的内容有误", { title: "名称已被使用", "rules.tiers.1.off": "减免金额需小于门槛" })),
    });
    await mountAs("merchant", MANAGE, Activities);
    await openCreate();
    await click("[data-test=activity-save]", dialog());
    expect(dialog().textContent).toContain("请填写活动名称");
    expect(dialog().textContent).toContain("第 1 档：请填写门槛");
    expect(fetchMock.mock.calls.some(([, init]) => init.method === "POST")).toBe(false);

    await typeInto("[data-test=activity-title]", "双11");
    await typeInto("[data-test=tier-threshold-0]", "300");
    await typeInto("[data-test=tier-off-0]", "30");
    await click("[data-test=tier-add]", dialog());
    await typeInto("[data-test=tier-threshold-1]", "500");
    await typeInto("[data-test=tier-off-1]", "60");
    await click("[data-test=activity-save]", dialog());
    await vi.waitFor(() => expect(dialog().querySelector("[data-test=activity-error]")?.textContent).toContain("提交的内容有误"));
    await vi.waitFor(() => {
      const text = dialog().textContent!;
      expect(text).toContain("名称已被使用");
      expect(text).toContain("第 2 档：减免金额需小于门槛");
      expect(text).not.toContain("请填写活动名称");
    });
  });

  it("editing an upcoming activity loads it in 元 and saves it with PUT; 取消 asks first", async () => {
    const fetchMock = api();
    await mountAs("merchant", MANAGE, Activities);
    rowOf(1).querySelector<HTMLElement>("[data-test=activity-edit]")!.click();
    await flushPromises();
    await vi.waitFor(() => expect(dialog().textContent).toContain("编辑营销活动"));
    expect(dialog().querySelector<HTMLInputElement>("[data-test=tier-threshold-0] input")!.value).toBe("300.00");
    await typeInto("[data-test=tier-off-0]", "35");
    await click("[data-test=activity-save]", dialog());
    await vi.waitFor(() => expect(lastBody(fetchMock.mock.calls, "PUT", "/api/v1/admin/activities/1")).toMatchObject({
      title: "双11满减1", starts_at: "2026-11-01T00:00:00.000Z", ends_at: "2026-11-11T16:00:00.000Z",
      rules: { tiers: [{ threshold: 30000, off: 3500 }] },
    }));

    rowOf(2).querySelector<HTMLElement>("[data-test=activity-cancel]")!.click();
    await answerMessageBox();
    await vi.waitFor(() => expect(fetchMock.mock.calls.some(([u, init]) => u === "/api/v1/admin/activities/2/cancel" && init.method === "POST")).toBe(true));
    expect(visible("[data-test=activity-row]")).toHaveLength(4);
  });

  it("a 409 conflict names the products in the dialog; a loaded 满赠 keeps its gift SKU", async () => {
    api({ save: () => jsonResponse(409, errorEnvelope("activity_conflict", "商品 保温杯 已在同类型的活动中")) });
    await mountAs("merchant", MANAGE, Activities);
    await openCreate();
    await typeInto("[data-test=activity-title]", "双11");
    await typeInto("[data-test=tier-threshold-0]", "300");
    await typeInto("[data-test=tier-off-0]", "30");
    await click("[data-test=activity-save]", dialog());
    await vi.waitFor(() => expect(dialog().querySelector("[data-test=activity-error]")?.textContent).toContain("商品 保温杯 已在同类型的活动中"));

    const gift = activity(5, { kind: "full_gift", rules: { basis: "count", tiers: [{ threshold: 3, gift_sku_id: 221, gift_quantity: 1 }] } }) as unknown as Activity;
    const form = activityToForm(gift);
    expect(form.tiers[0]).toMatchObject({ threshold: 3, gift_sku_id: 221, gift_label: "SKU #221" });
    expect(formToInput(form, false).rules).toEqual(gift.rules);
  });
});
