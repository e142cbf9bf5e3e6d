import { flushPromises } from "@vue/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";

import AftersaleDetailView from "@/views/aftersales/detail/index.vue";
import { orderLineRows, stepActor, stepFacts } from "@/views/aftersales/detail/data";
import OrderDetail from "@/views/orders/detail/index.vue";

import { errorEnvelope, jsonResponse, mockFetch } from "../helpers";
import { detail as orderDetail, line, typeInto } from "../orders/fixtures";
import { mountAs } from "../orders/mount";
import { detailOf, returning } from "./fixtures";

const MANAGE = ["aftersales:manage"];

const summary = {
  requests: [{ request_no: "A2603020001", type: "refund_only", type_text: "仅退款", status: "requested", status_text: "待商家处理", amount: 3980, created_at: "2026-03-02T02:00:00Z" }],
  open_count: 1, refunded_amount: 1990,
  lines: [{ line_id: 1, requested_quantity: 3, refunded_quantity: 1 }, { line_id: 2, requested_quantity: 0, refunded_quantity: 0 }],
};

const order = orderDetail({
  status: "received", status_text: "待评价",
  lines: [line(1, "红富士苹果", 3, 3), line(2, "赣南脐橙", 2, 2)],
  aftersales: summary,
});

function api(request: Record<string, unknown>, post: (url: string, body: unknown) => Response = () => jsonResponse(200, request)) {
  return mockFetch((url, init) => {
    if (init.method === "POST") return post(url, init.body ? JSON.parse(String(init.body)) : undefined);
    if (url === `/api/v1/admin/aftersales/${String(request.request_no)}`) return jsonResponse(200, request);
    if (url === "/api/v1/admin/orders/202603010001") return jsonResponse(200, order);
    return jsonResponse(404, errorEnvelope("request_not_found", "售后单不存在"));
  });
}

const text = (selector: string) => document.querySelector(selector)?.textContent ?? "";
const dialog = () => document.querySelector<HTMLElement>(".el-dialog")!;
const posts = (fetchMock: ReturnType<typeof api>) => fetchMock.mock.calls.filter(([, init]) => init.method === "POST");
const shownButtons = () =>
  [...document.querySelectorAll<HTMLElement>("[data-test=aftersale-actions] button")]
    .filter((el) => el.style.display !== "none")
    .map((el) => el.textContent?.trim());

async function click(selector: string) {
  document.querySelector<HTMLElement>(selector)!.click();
  await flushPromises();
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = "";
});

describe("售后详情", { timeout: 20_000 }, () => {
  it("[AS-1] shows the request's goods, amounts, evidence, refunds, the timeline and the order's lines", async () => {
    api(detailOf("A2603020001", "refunded", {
      status_text: "退款成功", amount: 3000, requested_amount: 3980,
      refunds: [{ refund_no: "R2603020001", amount: 3000, status: "succeeded", reason: "售后退款", created_at: "2026-03-02T04:00:00Z", finished_at: "2026-03-02T04:00:01Z" }],
      timeline: [
        { event: "request", text: "买家申请仅退款", from_state: "", to_state: "requested", actor: "consumer:5", role: "buyer", note: "", images: [], data: { amount: 3980 }, at: "2026-03-02T02:00:00Z" },
        { event: "approve", text: "商家同意退款", from_state: "requested", to_state: "approved", actor: "staff:3", role: "merchant", note: "部分补偿", images: [], data: { amount: 3000 }, at: "2026-03-02T03:00:00Z" },
        { event: "refunded", text: "退款成功", from_state: "refunding", to_state: "refunded", actor: "system", role: "system", note: "", images: [], data: { refund_no: "R2603020001" }, at: "2026-03-02T04:00:01Z" },
      ],
    }));
    const { wrapper } = await mountAs("merchant", [...MANAGE, "orders:view"], AftersaleDetailView, { requestNo: "A2603020001" });
    expect(text("[data-test=aftersale-status]")).toContain("退款成功");
    const info = text("[data-test=aftersale-info]");
    expect(info).toContain("202603010001");
    expect(info).toContain("商品破损");
    expect(info).toContain("¥39.80");
    expect(text("[data-test=aftersale-amount]")).toBe("¥30.00");
    expect(text("[data-test=aftersale-description]")).toBe("收到时有两个压坏了");
    expect(document.querySelectorAll("[data-test=aftersale-image]")).toHaveLength(2);
    expect(text("[data-test=aftersale-items]")).toContain("红富士苹果");
    expect(text("[data-test=aftersale-items]")).toContain("2 / 3");
    expect(text("[data-test=aftersale-refunds]")).toContain("R2603020001");
    expect(text("[data-test=aftersale-refunds]")).toContain("已退款");
    const timeline = text("[data-test=aftersale-timeline]");
    expect(timeline).toContain("商家同意退款");
    expect(timeline).toContain("商家 #3");
    expect(timeline).toContain("金额 ¥30.00");
    expect(timeline).toContain("部分补偿");
    expect(timeline).toContain("退款单 R2603020001");
    // newest first
    expect(timeline.indexOf("退款成功")).toBeLessThan(timeline.indexOf("买家申请仅退款"));
    const lines = text("[data-test=aftersale-order-lines]");
    expect(lines).toContain("赣南脐橙");
    expect(wrapper.text()).toContain("仅退款，无需退货");
    expect(shownButtons()).toEqual([]);
  });

  it("[AS-2] a return shipped back shows its logistics and the clock; 确认收货 may lower the amount", async () => {
    const fetchMock = api(returning(), () =>
      jsonResponse(200, { ...returning(), status: "return_received", status_text: "商家已收货，待退款", actions: ["refund"] }));
    await mountAs("merchant", MANAGE, AftersaleDetailView, { requestNo: "A2603020002" });
    expect(text("[data-test=aftersale-return]")).toContain("顺丰速运");
    expect(text("[data-test=aftersale-return]")).toContain("SF9876543210");
    expect(text("[data-test=aftersale-deadline]")).toContain("前未处理将自动确认收货");
    expect(text("[data-test=aftersale-timeline]")).toContain("物流 顺丰速运 SF9876543210");
    expect(shownButtons()).toEqual(["确认收货", "拒绝收货"]);

    await click("[data-test=aftersale-receive]");
    await vi.waitFor(() => expect(dialog().textContent).toContain("确认收到退货"));
    await typeInto("[data-test=aftersale-dialog-amount]", "25.5");
    await click("[data-test=aftersale-dialog-submit]");
    const [call] = posts(fetchMock);
    expect(call![0]).toBe("/api/v1/admin/aftersales/A2603020002/receive");
    expect(JSON.parse(String(call![1].body))).toEqual({ amount: 2550 });
    await vi.waitFor(() => expect(text("[data-test=aftersale-status]")).toContain("商家已收货，待退款"));
  });

  it("[AS-2] 拒绝收货 sends the reason and shows the request as it now is", async () => {
    const fetchMock = api(returning(), () =>
      jsonResponse(200, { ...returning(), status: "rejected", status_text: "商家已拒绝", actions: [], reject_reason: "退回的是空包裹" }));
    await mountAs("merchant", MANAGE, AftersaleDetailView, { requestNo: "A2603020002" });
    await click("[data-test=aftersale-refuse_receipt]");
    await click("[data-test=aftersale-dialog-submit]");
    expect(posts(fetchMock)).toHaveLength(0);
    expect(text("[data-test=aftersale-dialog-error]")).toContain("请填写拒绝原因");
    await typeInto("[data-test=aftersale-dialog-reason]", "退回的是空包裹");
    await click("[data-test=aftersale-dialog-submit]");
    const [call] = posts(fetchMock);
    expect(call![0]).toBe("/api/v1/admin/aftersales/A2603020002/refuse-receipt");
    expect(JSON.parse(String(call![1].body))).toEqual({ reason: "退回的是空包裹" });
    await vi.waitFor(() => expect(text("[data-test=aftersale-reject-reason]")).toContain("退回的是空包裹"));
    expect(shownButtons()).toEqual([]);
  });

  it("[AS-5] platform staff execute a refund waiting for the platform; a failed refund's message is shown", async () => {
    const waiting = detailOf("A2603020001", "approved", {
      status_text: "商家已同意，待退款", actions: ["refund", "reject"], last_error: "余额不足，退款失败",
    });
    const fetchMock = api(waiting, () => jsonResponse(200, { ...waiting, status: "refunding", status_text: "退款中", actions: [], last_error: "" }));
    await mountAs("platform", MANAGE, AftersaleDetailView, { requestNo: "A2603020001" });
    expect(text("[data-test=aftersale-last-error]")).toContain("余额不足，退款失败");
    expect(shownButtons()).toEqual(["执行退款", "拒绝"]);
    await click("[data-test=aftersale-refund]");
    await vi.waitFor(() => expect(dialog().textContent).toContain("执行退款"));
    expect(text("[data-test=aftersale-dialog-refund]")).toBe("¥39.80");
    await click("[data-test=aftersale-dialog-submit]");
    const [call] = posts(fetchMock);
    expect(call![0]).toBe("/api/v1/admin/aftersales/A2603020001/refund");
    await vi.waitFor(() => expect(text("[data-test=aftersale-status]")).toContain("退款中"));
  });

  it("[AS-5] a merchant refused by the platform rule sees the API's message in the dialog", async () => {
    const waiting = detailOf("A2603020001", "approved", { actions: ["refund"] });
    api(waiting, () => jsonResponse(403, errorEnvelope("platform_executes_refunds", "退款由平台统一执行")));
    await mountAs("merchant", MANAGE, AftersaleDetailView, { requestNo: "A2603020001" });
    await click("[data-test=aftersale-refund]");
    await click("[data-test=aftersale-dialog-submit]");
    expect(text("[data-test=aftersale-dialog-error]")).toContain("退款由平台统一执行");
  });

  it("[AS-1] another shop's request: the API's message and a retry", async () => {
    mockFetch(() => jsonResponse(404, errorEnvelope("request_not_found", "售后单不存在")));
    await mountAs("merchant", MANAGE, AftersaleDetailView, { requestNo: "A9999" });
    expect(text("[data-test=aftersale-error]")).toContain("售后单不存在");
  });

  it("[AS-1] the order detail lists its after-sales requests, each linking to its detail", async () => {
    mockFetch((url) => (url === "/api/v1/admin/orders/202603010001" ? jsonResponse(200, order) : jsonResponse(404, errorEnvelope("x", "x"))));
    const { router } = await mountAs("merchant", ["orders:view", ...MANAGE], OrderDetail, { orderNo: "202603010001" });
    const summary = text("[data-test=order-aftersales]");
    expect(summary).toContain("进行中 1 个，已退款 ¥19.90");
    expect(summary).toContain("待商家处理");
    await click("[data-test=order-aftersale-link]");
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe("/aftersales/A2603020001"));
  });

  it("[AS-1] [AS-2] the detail helpers: who acted, the step's facts, the order's lines beside the request", () => {
    expect(stepActor({ role: "merchant", actor: "staff:3" })).toBe("商家 #3");
    expect(stepActor({ role: "system", actor: "system" })).toBe("系统");
    expect(stepFacts({ data: { amount: 1990, carrier_name: "顺丰速运", tracking_no: "SF1" } })).toEqual(["金额 ¥19.90", "物流 顺丰速运 SF1"]);
    const rows = orderLineRows(order.lines as never, { items: [{ line_id: 1, quantity: 2 } as never] }, summary as never);
    expect(rows.map((row) => [row.title, row.in_request, row.requested, row.refunded])).toEqual([
      ["红富士苹果", 2, 3, 1],
      ["赣南脐橙", 0, 0, 0],
    ]);
  });
});
