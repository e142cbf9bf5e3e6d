import { flushPromises } from "@vue/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";

import { buildMenu } from "@/router/access";
import { areaRoutes } from "@/router/routes";
import RefundList from "@/views/finance/refunds/index.vue";

import { errorEnvelope, jsonResponse, mockFetch } from "../helpers";
import { typeInto, visible } from "../orders/fixtures";
import { mountAs } from "../orders/mount";
import { page, refund } from "./fixtures";

function api(
  items = [refund("R1", { provider: "offline" }), refund("R2", { status: "failed", provider: "sandbox", finished_at: null })],
  record: (body: unknown) => Response = () => jsonResponse(200, { refund_no: "R3", amount: 1990, status: "succeeded", gateway_refund_no: "ICBC9", finished_at: "2026-03-03T00:00:00Z" }),
) {
  return mockFetch((url, init) => {
    if (url.endsWith("/record") && init.method === "POST") return record(JSON.parse(String(init.body)));
    if (url.startsWith("/api/v1/admin/refunds")) return jsonResponse(200, page(items));
    return jsonResponse(404, errorEnvelope("not_found", "未找到"));
  });
}

const rowOf = (refundNo: string) =>
  document.querySelector(`[data-test=refund-row][data-refund-no="${refundNo}"]`)!.closest("tr")!;

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = "";
});

describe("退款记录", { timeout: 20_000 }, () => {
  it("[PLT-8] platform staff see every refund with its shop, channel and status", async () => {
    api();
    await mountAs("platform", ["orders:view"], RefundList);
    expect(document.querySelectorAll("[data-test=refund-row]")).toHaveLength(2);
    const first = rowOf("R1").textContent!;
    expect(first).toContain("2603010001");
    expect(first).toContain("P2603010001");
    expect(first).toContain("¥19.90");
    expect(first).toContain("线下转账");
    expect(first).toContain("已退款");
    expect(rowOf("R2").textContent).toContain("退款失败");
    expect(document.querySelectorAll("[data-test=refund-shop]")).toHaveLength(2);
  });

  it("[PLT-8] merchant staff get no shop column (the API answers their shop's refunds only)", async () => {
    api([refund("R1")]);
    await mountAs("merchant", ["orders:view"], RefundList);
    expect(document.querySelectorAll("[data-test=refund-row]")).toHaveLength(1);
    expect(document.querySelector("[data-test=refund-shop]")).toBeNull();
  });

  it("[PLT-8] a status tab and the keyword go to the API", async () => {
    const fetchMock = api();
    await mountAs("platform", ["orders:view"], RefundList);
    const tab = [...document.querySelectorAll<HTMLElement>(".el-tabs__item")].find((el) => el.textContent?.trim() === "退款失败")!;
    tab.click();
    await flushPromises();
    await vi.waitFor(() => expect(fetchMock.mock.calls.at(-1)![0]).toContain("status=failed"));

    await typeInto("[data-test=refund-keyword]", "P2603010001");
    document.querySelector("[data-test=refund-keyword]")!.closest("form")!.dispatchEvent(new Event("submit"));
    await vi.waitFor(() => {
      const last = fetchMock.mock.calls.at(-1)![0];
      expect(last).toContain("keyword=P2603010001");
      expect(last).toContain("status=failed");
    });
  });

  it("[PLT-8] an empty list and the API's error message are shown", async () => {
    api([]);
    await mountAs("merchant", ["orders:view"], RefundList);
    expect(document.querySelector("[data-test=refund-empty]")!.textContent).toContain("暂无退款记录");
    document.body.innerHTML = "";

    mockFetch(() => jsonResponse(403, errorEnvelope("forbidden", "无权查看退款")));
    await mountAs("merchant", ["orders:view"], RefundList);
    expect(document.querySelector("[data-test=refund-error]")!.textContent).toContain("无权查看退款");
  });

  it("[PAY-7] a pending refund paid back by hand is recorded with its reference; gateway refunds are not", async () => {
    const fetchMock = api([
      refund("R3", { status: "pending", provider: "offline", finished_at: null }),
      refund("R4", { status: "pending", provider: "cod", finished_at: null }),
      refund("R5", { status: "pending", provider: "wechat", finished_at: null }),
      refund("R6", { status: "succeeded", provider: "offline" }),
    ]);
    await mountAs("merchant", ["orders:view", "orders:manage"], RefundList);
    const recordable = visible("[data-test=refund-record]").map((el) => el.closest("tr")!.querySelector<HTMLElement>("[data-test=refund-row]")!.dataset.refundNo);
    expect(recordable).toEqual(["R3", "R4"]);

    rowOf("R3").querySelector<HTMLElement>("[data-test=refund-record]")!.click();
    await flushPromises();
    const dialog = document.querySelector<HTMLElement>(".el-dialog")!;
    await vi.waitFor(() => expect(dialog.textContent).toContain("登记线下退款"));
    expect(dialog.querySelector("[data-test=record-amount]")!.textContent).toContain("¥19.90");
    dialog.querySelector<HTMLElement>("[data-test=record-submit]")!.click();
    await flushPromises();
    expect(dialog.querySelector("[data-test=record-error]")!.textContent).toContain("请填写退款流水号或收据号");
    await typeInto("[data-test=record-reference]", " ICBC9 ");
    dialog.querySelector<HTMLElement>("[data-test=record-submit]")!.click();
    await flushPromises();
    const call = fetchMock.mock.calls.find(([, init]) => init.method === "POST")!;
    expect(call[0]).toBe("/api/v1/admin/refunds/R3/record");
    expect(JSON.parse(String(call[1].body))).toEqual({ reference: "ICBC9" });
  });

  it("[PAY-7] the API's refusal to record is shown; without orders:manage nothing is offered", async () => {
    api([refund("R3", { status: "pending", provider: "offline", finished_at: null })],
      () => jsonResponse(409, errorEnvelope("refund_not_manual", "该退款由支付渠道原路退回，无需登记")));
    await mountAs("platform", ["orders:view", "orders:manage"], RefundList);
    rowOf("R3").querySelector<HTMLElement>("[data-test=refund-record]")!.click();
    await flushPromises();
    await typeInto("[data-test=record-reference]", "ICBC9");
    document.querySelector<HTMLElement>("[data-test=record-submit]")!.click();
    await flushPromises();
    expect(document.querySelector("[data-test=record-error]")!.textContent).toContain("无需登记");
    document.body.innerHTML = "";

    api([refund("R3", { status: "pending", provider: "offline", finished_at: null })]);
    await mountAs("platform", ["orders:view"], RefundList);
    expect(visible("[data-test=refund-record]")).toHaveLength(0);
  });

  it("[PLT-8] the 财务 menu offers 线下收款 with orders:manage and 退款记录 with orders:view", () => {
    const finance = (perms: string[]) =>
      buildMenu(areaRoutes, (perm) => perm === undefined || [perm].flat().some((p) => perms.includes(p)))
        .find((item) => item.title === "财务")?.children?.map((item) => item.title);
    expect(finance(["orders:view", "orders:manage"])).toEqual(["线下收款", "退款记录"]);
    expect(finance(["orders:view", "finance:view"])).toEqual(["退款记录", "总账"]);
    expect(finance(["orders:view"])).toEqual(["退款记录"]);
    expect(finance(["catalog:manage"])).toBeUndefined();
  });
});
