import { flushPromises } from "@vue/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";

import { buildMenu } from "@/router/access";
import { areaRoutes } from "@/router/routes";
import RefundList from "@/views/finance/refunds/index.vue";

import { errorEnvelope, jsonResponse, mockFetch } from "../helpers";
import { typeInto } from "../orders/fixtures";
import { mountAs } from "../orders/mount";
import { page, refund } from "./fixtures";

function api(items = [refund("R1", { provider: "offline" }), refund("R2", { status: "failed", provider: "sandbox", finished_at: null })]) {
  return mockFetch((url) => {
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

  it("[PLT-8] the 财务 menu offers 线下收款 with orders:manage and 退款记录 with orders:view", () => {
    const finance = (perms: string[]) =>
      buildMenu(areaRoutes, (perm) => perm === undefined || [perm].flat().some((p) => perms.includes(p)))
        .find((item) => item.title === "财务")?.children?.map((item) => item.title);
    expect(finance(["orders:view", "orders:manage"])).toEqual(["线下收款", "退款记录"]);
    expect(finance(["orders:view"])).toEqual(["退款记录"]);
    expect(finance(["catalog:manage"])).toBeUndefined();
  });
});
