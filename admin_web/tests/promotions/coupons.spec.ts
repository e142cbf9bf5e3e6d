import { flushPromises } from "@vue/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";

import type { CouponTemplate } from "@/api/promotions";
import { checkTemplate, emptyTemplateForm, formToInput, templateToForm } from "@/views/promotions/coupons/data";
import Coupons from "@/views/promotions/coupons/index.vue";

import { answerMessageBox } from "../catalog/helpers";
import { errorEnvelope, jsonResponse, mockFetch } from "../helpers";
import { typeInto } from "../orders/fixtures";
import { mountAs } from "../orders/mount";
import { click, dialog, lastBody, page, productRow, template } from "./fixtures";

const MANAGE = ["promotions:manage"];

function api(options: { items?: unknown[]; save?: (body: unknown) => Response } = {}) {
  const items = options.items ?? [
    template(1),
    template(2, { threshold: 0, off: 500, product_ids: [21, 22], valid_days: null, valid_from: "2026-11-01T00:00:00Z", valid_until: "2026-12-01T00:00:00Z" }),
    template(3, { status: "stopped" }),
  ];
  return mockFetch((url, init) => {
    const method = init.method ?? "GET";
    if (url.startsWith("/api/v1/admin/coupon-templates") && method === "GET") return jsonResponse(200, page(items));
    if (/\/coupon-templates\/\d+\/stop$/.test(url)) return jsonResponse(200, { ...template(1), status: "stopped" });
    if ((url === "/api/v1/admin/coupon-templates" && method === "POST") || (/\/coupon-templates\/\d+$/.test(url) && method === "PUT")) {
      const body = JSON.parse(String(init.body));
      return options.save ? options.save(body) : jsonResponse(method === "POST" ? 201 : 200, { ...template(9), ...body });
    }
    if (url.startsWith("/api/v1/admin/products?")) return jsonResponse(200, page([productRow(21, "保温杯")]));
    return jsonResponse(404, errorEnvelope("not_found", "未找到"));
  });
}

const rowOf = (id: number) => document.querySelector(`[data-test=coupon-row][data-id="${id}"]`)!.closest("tr")!;

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = "";
});

describe("优惠券", { timeout: 30_000 }, () => {
  it("lists templates with face value in 元, products, validity, claimed of total and status; 编辑 / 停止 while active", async () => {
    api();
    await mountAs("merchant", MANAGE, Coupons);
    const first = rowOf(1).textContent!;
    expect(first).toContain("满99.00减10.00");
    expect(first).toContain("全部商品");
    expect(first).toContain("领取后 7 天");
    expect(first).toContain("12 / 100");
    expect(first).toContain("发放中");
    expect(rowOf(2).textContent).toContain("无门槛减5.00");
    expect(rowOf(2).textContent).toContain("2 件商品");
    expect(rowOf(3).textContent).toContain("已停止");
    expect(rowOf(3).querySelector("[data-test=coupon-edit]")).toBeNull();
    expect(rowOf(1).querySelector("[data-test=coupon-stop]")).not.toBeNull();
    expect(document.body.textContent).not.toContain("平台券");
  });

  it("platform staff see whose coupon it is; the status tab goes to the API", async () => {
    const fetchMock = api({ items: [template(1, { shop_id: null }), template(2)] });
    await mountAs("platform", MANAGE, Coupons);
    expect(rowOf(1).textContent).toContain("平台券");
    expect(rowOf(2).textContent).toContain("店铺 7");
    const tab = [...document.querySelectorAll<HTMLElement>(".el-tabs__item")].find((el) => el.textContent?.trim() === "已停止")!;
    tab.click();
    await vi.waitFor(() => expect(fetchMock.mock.calls.at(-1)![0]).toContain("status=stopped"));
  });

  it("a new coupon is sent in fen with its claim window and validity days", async () => {
    const fetchMock = api();
    await mountAs("merchant", MANAGE, Coupons);
    await click("[data-test=coupon-create]");
    await vi.waitFor(() => expect(dialog().textContent).toContain("新建店铺优惠券"));
    await typeInto("[data-test=coupon-title]", "新人券");
    await typeInto("[data-test=coupon-threshold]", "99");
    await typeInto("[data-test=coupon-off]", "10.5");
    await typeInto("[data-test=coupon-valid-days]", "15");
    await typeInto("[data-test=coupon-total]", "500");
    await typeInto("[data-test=coupon-limit]", "2");
    await click("[data-test=coupon-save]", dialog());
    await vi.waitFor(() => expect(lastBody(fetchMock.mock.calls, "POST", "/api/v1/admin/coupon-templates")).toBeDefined());
    const body = lastBody(fetchMock.mock.calls, "POST", "/api/v1/admin/coupon-templates");
    expect(body).toMatchObject({
      title: "新人券", threshold: 9900, off: 1050, product_ids: null, valid_days: 15, valid_from: null, valid_until: null, total: 500, per_user_limit: 2,
    });
    expect(Date.parse(body.claim_ends_at) - Date.parse(body.claim_starts_at)).toBe(30 * 24 * 3600 * 1000);
  });

  it("chosen products and a fixed validity window; the form's own checks", () => {
    const form = emptyTemplateForm();
    Object.assign(form, {
      title: "指定商品券", threshold: 0, off: 5, products_mode: "products", products: [{ id: 21, title: "保温杯" }],
      validity: "fixed", valid_period: [new Date("2026-11-01T00:00:00Z"), new Date("2026-12-01T00:00:00Z")],
    });
    expect(formToInput(form)).toMatchObject({
      threshold: 0, off: 500, product_ids: [21], valid_days: null, valid_from: "2026-11-01T00:00:00.000Z", valid_until: "2026-12-01T00:00:00.000Z",
    });
    expect(checkTemplate(form, null)).toEqual({});
    expect(checkTemplate({ ...form, threshold: 5, products: [], valid_period: null, off: 5 }, null)).toEqual({
      threshold: "使用门槛需大于优惠金额", product_ids: "请选择可用商品", valid_from: "请选择有效期",
    });
    expect(checkTemplate({ ...form, total: 10 }, 12)).toEqual({ total: "发放总量不能少于已领取的 12 张" });
  });

  it("editing sends only what may change (title, total, claim window, limit); the API's field errors show on the form", async () => {
    const fetchMock = api({ save: () => jsonResponse(422, errorEnvelope("validation_failed", "提交的内容有误", { total: "不能少于已领取数量" })) });
    await mountAs("merchant", MANAGE, Coupons);
    rowOf(1).querySelector<HTMLElement>("[data-test=coupon-edit]")!.click();
    await flushPromises();
    await vi.waitFor(() => expect(dialog().textContent).toContain("编辑优惠券"));
    expect(dialog().textContent).toContain("已领取 12 张");
    expect(dialog().querySelector<HTMLInputElement>("[data-test=coupon-off] input")!.disabled).toBe(true);
    await typeInto("[data-test=coupon-total]", "200");
    await click("[data-test=coupon-save]", dialog());
    await vi.waitFor(() => expect(dialog().textContent).toContain("不能少于已领取数量"));
    expect(lastBody(fetchMock.mock.calls, "PUT", "/api/v1/admin/coupon-templates/1")).toEqual({
      title: "满99减10券1", total: 200, claim_starts_at: "2026-11-01T00:00:00.000Z", claim_ends_at: "2026-11-30T00:00:00.000Z", per_user_limit: 1,
    });
    expect(dialog().querySelector("[data-test=coupon-error]")!.textContent).toContain("提交的内容有误");
    expect(templateToForm(template(2, { product_ids: [21] }) as unknown as CouponTemplate).products).toEqual([{ id: 21, title: "" }]);
  });

  it("停止 asks first, then stops the template", async () => {
    const fetchMock = api();
    await mountAs("merchant", MANAGE, Coupons);
    rowOf(1).querySelector<HTMLElement>("[data-test=coupon-stop]")!.click();
    await answerMessageBox();
    await vi.waitFor(() => expect(fetchMock.mock.calls.some(([u, init]) => u === "/api/v1/admin/coupon-templates/1/stop" && init.method === "POST")).toBe(true));
  });
});
