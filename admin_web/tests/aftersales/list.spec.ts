import { flushPromises } from "@vue/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";

import { buildMenu } from "@/router/access";
import { areaRoutes } from "@/router/routes";
import { emptyFilters, filtersToQuery } from "@/views/aftersales/list/data";
import AftersaleList from "@/views/aftersales/list/index.vue";
import { actionBody, actionErrors } from "@/views/aftersales/shared/actions";

import { errorEnvelope, jsonResponse, mockFetch } from "../helpers";
import { typeInto, visible } from "../orders/fixtures";
import { mountAs } from "../orders/mount";
import { card, detailOf, page } from "./fixtures";

const MANAGE = ["aftersales:manage"];

type Poster = (url: string, body: unknown) => Response;

function api(items: unknown[] = [card("A2603020001", "requested"), card("A2603020002", "refunded", { status_text: "退款成功" })], post?: Poster) {
  return mockFetch((url, init) => {
    if (init.method === "POST") {
      const body = init.body ? JSON.parse(String(init.body)) : undefined;
      return post ? post(url, body) : jsonResponse(200, detailOf("A2603020001", "approved", { status_text: "商家已同意，待退款" }));
    }
    if (url.startsWith("/api/v1/admin/aftersales")) return jsonResponse(200, page(items));
    return jsonResponse(404, errorEnvelope("not_found", "未找到"));
  });
}

const rowOf = (requestNo: string) =>
  document.querySelector(`[data-test=aftersale-row][data-request-no="${requestNo}"]`)!.closest("tr")!;
const dialog = () => document.querySelector<HTMLElement>(".el-dialog")!;
const posts = (fetchMock: ReturnType<typeof api>) => fetchMock.mock.calls.filter(([, init]) => init.method === "POST");

async function clickIn(root: ParentNode, selector: string) {
  root.querySelector<HTMLElement>(selector)!.click();
  await flushPromises();
}

/** The button a browser test finds by its label (the approve button is 同意, its dialog's 确认同意). */
const buttonNamed = (root: ParentNode, label: string) =>
  [...root.querySelectorAll<HTMLButtonElement>("button")].find((button) => button.textContent?.trim() === label);

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = "";
});

describe("售后管理 list", { timeout: 20_000 }, () => {
  it("[AS-1] merchant staff see their requests with type, goods, amount and status", async () => {
    const fetchMock = api();
    await mountAs("merchant", MANAGE, AftersaleList);
    expect(fetchMock.mock.calls[0]![0]).toMatch(/^\/api\/v1\/admin\/aftersales\?page=1&page_size=20$/);
    const first = rowOf("A2603020001").textContent!;
    expect(first).toContain("202603010001");
    expect(first).toContain("仅退款");
    expect(first).toContain("红富士苹果 ×2");
    expect(first).toContain("¥39.80");
    expect(first).toContain("待商家处理");
    expect(rowOf("A2603020002").textContent).toContain("退款成功");
    // merchants get no shop filter nor shop column
    expect(document.body.textContent).not.toContain("店铺 ID");
    expect(first).not.toContain("店铺 7");
  });

  it("[AS-1] each row offers exactly the steps the API lists, and none without aftersales:manage", async () => {
    api([card("A1", "requested"), card("A2", "returning", { actions: ["receive", "refuse_receipt"] }), card("A3", "refunded")]);
    await mountAs("merchant", MANAGE, AftersaleList);
    const labels = (requestNo: string) =>
      [...rowOf(requestNo).querySelectorAll<HTMLElement>("[data-test^=aftersale-]")]
        .filter((el) => el.tagName === "BUTTON" && el.style.display !== "none")
        .map((el) => el.textContent?.trim());
    expect(labels("A1")).toEqual(["同意", "拒绝"]);
    expect(labels("A2")).toEqual(["确认收货", "拒绝收货"]);
    expect(labels("A3")).toEqual([]);
    document.body.innerHTML = "";

    api([card("A1", "requested")]);
    await mountAs("merchant", ["orders:view"], AftersaleList);
    expect(visible("[data-test=aftersale-approve]")).toHaveLength(0);
  });

  it("[AS-1] 同意 → 确认同意 with a lower amount sends it in fen and reloads the list", async () => {
    const fetchMock = api();
    await mountAs("merchant", MANAGE, AftersaleList);
    const approve = buttonNamed(rowOf("A2603020001"), "同意")!;
    expect(approve.dataset.test).toBe("aftersale-approve");
    approve.click();
    await flushPromises();
    await vi.waitFor(() => expect(dialog().textContent).toContain("同意售后申请"));
    expect(dialog().textContent).toContain("最多 ¥39.80");
    await typeInto("[data-test=aftersale-dialog-amount]", "30");
    await typeInto("[data-test=aftersale-dialog-note]", "  部分补偿  ");
    const listCalls = fetchMock.mock.calls.length;
    const submit = buttonNamed(dialog(), "确认同意")!;
    expect(submit.dataset.test).toBe("aftersale-dialog-submit");
    submit.click();
    await flushPromises();
    const [call] = posts(fetchMock);
    expect(call![0]).toBe("/api/v1/admin/aftersales/A2603020001/approve");
    expect(JSON.parse(String(call![1].body))).toEqual({ amount: 3000, note: "部分补偿" });
    await vi.waitFor(() => expect(fetchMock.mock.calls.length).toBeGreaterThan(listCalls + 1));
  });

  it("[AS-1] an amount above the request's is refused before asking; the API's refusal shows in the dialog", async () => {
    const fetchMock = api(undefined, () => jsonResponse(422, errorEnvelope("amount_invalid", "退款金额不能高于买家申请的金额")));
    await mountAs("merchant", MANAGE, AftersaleList);
    await clickIn(rowOf("A2603020001"), "[data-test=aftersale-approve]");
    await typeInto("[data-test=aftersale-dialog-amount]", "40");
    await clickIn(dialog(), "[data-test=aftersale-dialog-submit]");
    expect(posts(fetchMock)).toHaveLength(0);
    expect(dialog().querySelector("[data-test=aftersale-dialog-error]")!.textContent).toContain("退款金额不能超过 ¥39.80");

    await typeInto("[data-test=aftersale-dialog-amount]", "39.8");
    await clickIn(dialog(), "[data-test=aftersale-dialog-submit]");
    expect(JSON.parse(String(posts(fetchMock)[0]![1].body))).toEqual({});
    expect(dialog().querySelector("[data-test=aftersale-dialog-error]")!.textContent).toContain("退款金额不能高于买家申请的金额");
  });

  it("[AS-1] 拒绝 needs a reason the buyer will read", async () => {
    const fetchMock = api(undefined, () => jsonResponse(200, detailOf("A2603020001", "rejected")));
    await mountAs("merchant", MANAGE, AftersaleList);
    await clickIn(rowOf("A2603020001"), "[data-test=aftersale-reject]");
    await clickIn(dialog(), "[data-test=aftersale-dialog-submit]");
    expect(posts(fetchMock)).toHaveLength(0);
    expect(dialog().textContent).toContain("请填写拒绝原因");
    await typeInto("[data-test=aftersale-dialog-reason]", "商品已影响二次销售");
    await clickIn(dialog(), "[data-test=aftersale-dialog-submit]");
    const [call] = posts(fetchMock);
    expect(call![0]).toBe("/api/v1/admin/aftersales/A2603020001/reject");
    expect(JSON.parse(String(call![1].body))).toEqual({ reason: "商品已影响二次销售" });
  });

  it("[AS-1] [AS-5] the filters go to the API; the platform filters by shop and by refunds awaiting execution", async () => {
    const fetchMock = api();
    const { wrapper } = await mountAs("platform", MANAGE, AftersaleList);
    const status = wrapper.findAllComponents({ name: "ElSelect" })[0]!;
    status.vm.$emit("update:modelValue", "returning");
    wrapper.findComponent({ name: "ElDatePicker" }).vm.$emit("update:modelValue", ["2026-03-01", "2026-03-07"]);
    await typeInto("[data-test=filter-order-no]", " 202603010001 ");
    await typeInto("[data-test=filter-shop]", "7");
    document.querySelector("[data-test=aftersale-filters]")!.dispatchEvent(new Event("submit"));
    await vi.waitFor(() => {
      const url = fetchMock.mock.calls.at(-1)![0];
      expect(url).toContain("status=returning");
      expect(url).toContain("order_no=202603010001");
      expect(url).toContain("shop_id=7");
      expect(url).toContain("date_from=2026-03-01");
      expect(url).toContain("date_to=2026-03-07");
      expect(url).not.toContain("awaiting_platform");
    });
    document.querySelector<HTMLElement>("[data-test=filter-awaiting] input")!.click();
    await vi.waitFor(() => expect(fetchMock.mock.calls.at(-1)![0]).toContain("awaiting_platform=true"));
  });

  it("[AS-1] an empty list and the API's error message are shown", async () => {
    api([]);
    await mountAs("merchant", MANAGE, AftersaleList);
    expect(document.querySelector("[data-test=aftersale-empty]")!.textContent).toContain("暂无售后申请");
    document.body.innerHTML = "";

    mockFetch(() => jsonResponse(403, errorEnvelope("permission_denied", "没有权限执行此操作")));
    await mountAs("merchant", MANAGE, AftersaleList);
    expect(document.querySelector("[data-test=aftersale-error]")!.textContent).toContain("没有权限执行此操作");
  });

  it("[AS-1] the form helpers: a lowered amount goes in fen, an unchanged one is left out", () => {
    expect(actionBody("approve", { amount: 30, note: "", reason: "" }, 3980)).toEqual({ amount: 3000 });
    expect(actionBody("receive", { amount: 39.8, note: " ok ", reason: "" }, 3980)).toEqual({ note: "ok" });
    expect(actionBody("refuse_receipt", { amount: undefined, note: "", reason: " 空包 " }, 3980)).toEqual({ reason: "空包" });
    expect(actionBody("refund", { amount: undefined, note: "", reason: "" }, 3980)).toBeUndefined();
    expect(actionErrors("approve", { amount: 0, note: "", reason: "" }, 3980)).toEqual({ amount: "请填写退款金额" });
    expect(actionErrors("refund", { amount: undefined, note: "", reason: "" }, 3980)).toEqual({});
    expect(filtersToQuery({ ...emptyFilters(), shop_id: 7, dates: ["2026-03-01", "2026-03-02"] }, false)).toMatchObject({
      shop_id: null, date_from: "2026-03-01", date_to: "2026-03-02",
    });
  });

  it("[AS-1] the menu offers 售后管理 with aftersales:manage only", () => {
    const titles = (perms: string[]) =>
      buildMenu(areaRoutes, (perm) => perm === undefined || [perm].flat().some((p) => perms.includes(p))).map((item) => item.title);
    expect(titles(MANAGE)).toContain("售后管理");
    expect(titles(["orders:view"])).not.toContain("售后管理");
  });
});
