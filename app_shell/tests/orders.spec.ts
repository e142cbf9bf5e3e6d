import { flushPromises } from "@vue/test-utils";
import { describe, expect, it, vi } from "vitest";

import { setToken } from "@/core/api";

import { fakeApi, jsonResponse, mountAt, queryOf, toastText } from "./helpers";
import { bodyOf, callsTo, orderCard, orderDetail } from "./trade-fixtures";

const counts = { pending_payment: 2, pending_shipment: 1, pending_receipt: 0, pending_review: 120 };
const page = (items: unknown[]) => ({ items, total: items.length, page: 1, page_size: 20 });

async function confirmDialog() {
  await vi.waitFor(() => expect(document.body.querySelector(".van-dialog__confirm")).not.toBeNull());
  (document.body.querySelector(".van-dialog__confirm") as HTMLElement).click();
}

async function openOrders(path = "/orders", routes: Record<string, unknown> = {}) {
  setToken("buyer");
  const fetch = fakeApi({
    "GET /orders": page([
      orderCard("O1"),
      orderCard("O2", { status: "shipped", status_text: "待收货", actions: ["logistics", "receive", "buy_again"] }),
    ]),
    "GET /orders/counts": counts,
    ...routes,
  });
  const mounted = await mountAt(path);
  await vi.waitFor(() => expect(mounted.wrapper.find("[data-test='order-card'], .van-empty").exists()).toBe(true));
  return { ...mounted, fetch };
}

const card = (wrapper: Awaited<ReturnType<typeof mountAt>>["wrapper"], no: string) => wrapper.find(`[data-test='order-card'][data-order-no='${no}']`);

describe("我的订单", () => {
  it("[ORD-1] tabs with counts; the tab in the query picks the list", async () => {
    const { wrapper, fetch, router } = await openOrders("/orders?tab=pending_payment");
    expect(queryOf(fetch, "/orders")).toEqual({ tab: "pending_payment", page: "1" });
    await vi.waitFor(() => expect(wrapper.find("[data-test='orders-tab-pending_payment']").exists()).toBe(true));
    const tabs = wrapper.findAll(".van-tab");
    expect(tabs.map((t) => t.text())).toEqual(["全部", "待付款2", "待发货1", "待收货", "待评价99+"]);
    expect(wrapper.find(".van-tab--active").text()).toContain("待付款");

    await tabs[3].trigger("click");
    await vi.waitFor(() => expect(router.currentRoute.value.query.tab).toBe("pending_receipt"));
    await vi.waitFor(() => expect(queryOf(fetch, "/orders", -1).tab).toBe("pending_receipt"));
  });

  it("[ORD-1] cards show shop, status, lines and total; buttons are exactly the order's actions", async () => {
    const { wrapper, router } = await openOrders();
    const first = card(wrapper, "O1");
    expect(first.find("[data-test='order-status']").text()).toBe("待付款");
    expect(first.text()).toContain("优选生鲜");
    expect(first.text()).toContain("订单商品O1");
    expect(first.text()).toContain("共 2 件 实付 ¥42.80");
    const hooks = (el: typeof first) => el.findAll("[data-test^='order-action-']").map((b) => b.attributes("data-test"));
    expect(hooks(first)).toEqual(["order-action-cancel", "order-action-pay"]);
    expect(first.find("[data-test='order-action-pay']").text()).toBe("去支付");
    expect(hooks(card(wrapper, "O2"))).toEqual(["order-action-logistics", "order-action-buy_again", "order-action-receive"]);
    await first.trigger("click");
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe("/order/O1"));
  });

  it("[ORD-1] searches by product name and says so when nothing matches", async () => {
    const { wrapper, fetch } = await openOrders("/orders", {
      "GET /orders": (url: URL) => (url.searchParams.get("keyword") ? page([]) : page([orderCard("O1")])),
    });
    const input = wrapper.find("[data-test='orders-search'] input");
    await input.setValue("保温杯");
    await input.trigger("keypress", { key: "Enter", keyCode: 13 });
    await vi.waitFor(() => expect(queryOf(fetch, "/orders", -1).keyword).toBe("保温杯"));
    await vi.waitFor(() => expect(wrapper.text()).toContain("没有找到相关订单"));
  });

  it("[ORD-1] 去支付 opens the pay page with the order's payment", async () => {
    const { wrapper, router } = await openOrders("/orders", { "GET /orders/O1": orderDetail("O1") });
    await card(wrapper, "O1").find("[data-test='order-action-pay']").trigger("click");
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe("/pay/PO1?orders=O1"));
  });

  it("[ORD-3] 取消订单 asks for a reason and cancels with it", async () => {
    const { wrapper, fetch } = await openOrders("/orders", {
      "POST /orders/O1/cancel": orderDetail("O1", { status: "cancelled", status_text: "已取消", actions: ["buy_again"] }),
    });
    await card(wrapper, "O1").find("[data-test='order-action-cancel']").trigger("click");
    await vi.waitFor(() => expect(document.body.textContent).toContain("请选择取消原因"));
    const reason = Array.from(document.body.querySelectorAll(".van-action-sheet__item")).find((i) => i.textContent?.includes("商品选错/多选")) as HTMLElement;
    reason.click();
    await vi.waitFor(() => expect(toastText()).toBe("订单已取消"));
    expect(bodyOf(fetch, "POST", "/orders/O1/cancel")).toEqual({ reason: "商品选错/多选" });
    await vi.waitFor(() => expect(callsTo(fetch, "GET", "/orders")).toHaveLength(2)); // the list reloads
  });

  it("[ORD-6] 确认收货 asks first, then confirms receipt", async () => {
    const { wrapper, fetch } = await openOrders("/orders", {
      "POST /orders/O2/receive": orderDetail("O2", { status: "received", status_text: "待评价", actions: ["review"] }),
    });
    await card(wrapper, "O2").find("[data-test='order-action-receive']").trigger("click");
    await vi.waitFor(() => expect(document.body.textContent).toContain("请确认已收到全部商品"));
    expect(callsTo(fetch, "POST", "/orders/O2/receive")).toHaveLength(0);
    await confirmDialog();
    await vi.waitFor(() => expect(toastText()).toBe("已确认收货"));
    expect(callsTo(fetch, "POST", "/orders/O2/receive")).toHaveLength(1);
  });

  it("[ORD-8] 再次购买 puts the lines back in the cart and opens it", async () => {
    const { wrapper, router, fetch } = await openOrders("/orders", {
      "POST /orders/O2/buy-again": { added: 1, skipped: [], cart_line_ids: [7] },
      "GET /cart/count": { count: 5 },
      "GET /cart": { shops: [], invalid: [], count: 0, selected_count: 0, all_selected: false, summary: { goods_total: 0, discount_total: 0, freight_total: 0, payable: 0 } },
    });
    await card(wrapper, "O2").find("[data-test='order-action-buy_again']").trigger("click");
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe("/cart"));
    expect(callsTo(fetch, "POST", "/orders/O2/buy-again")).toHaveLength(1);
  });

  it("[ORD-1] 请先登录 when signed out, with no request", async () => {
    setToken(null);
    const fetch = fakeApi({});
    const { wrapper } = await mountAt("/orders");
    expect(wrapper.find("[data-test='sign-in-required']").exists()).toBe(true);
    expect(callsTo(fetch, "GET", "/orders")).toHaveLength(0);
  });
});

describe("订单详情", () => {
  const shipped = orderDetail("O9", {
    status: "shipped",
    status_text: "待收货",
    actions: ["logistics", "receive", "urge"],
    latest_event: { time: "2026-11-25T05:00:00Z", text: "快件已到达深圳转运中心", location: "深圳" },
    times: { created_at: "2026-11-25T02:00:00Z", paid_at: "2026-11-25T02:05:00Z", shipped_at: "2026-11-25T04:00:00Z", received_at: null, completed_at: null, cancelled_at: null },
    payments: [{ payment_no: "PO9", provider: "sandbox", amount: 4280, status: "paid", paid_at: "2026-11-25T02:05:00Z" }],
    shipments: [{ id: 1, carrier_name: "顺丰速运", tracking_no: "SF100", items: [{ line_id: 1, quantity: 2 }], last_event: null, created_at: "2026-11-25T04:00:00Z" }],
    invoice: { kind: "normal", title_type: "company", title: "某某公司", tax_number: "9144", content: "detail", email: "", vat: null, mailing_address: null },
    points_earned: 42,
  });

  it("[ORD-2] shows status, latest logistics event, address, lines, amounts, order no, times, payments, shipments, invoice and remark", async () => {
    setToken("buyer");
    fakeApi({ "GET /orders/O9": shipped });
    const { wrapper, router } = await mountAt("/order/O9");
    await vi.waitFor(() => expect(wrapper.find("[data-test='order-status']").exists()).toBe(true));
    expect(wrapper.find("[data-test='order-status']").text()).toBe("待收货");
    expect(wrapper.find("[data-test='order-latest-event']").text()).toContain("快件已到达深圳转运中心");
    expect(wrapper.find("[data-test='order-address']").text()).toContain("张三 13800138000");
    expect(wrapper.find("[data-test='order-address']").text()).toContain("广东省 深圳市 南山区 科技园1号");
    expect(wrapper.find("[data-test='order-line']").text()).toContain("订单商品O9");
    const amounts = wrapper.find("[data-test='order-amounts']").text();
    expect(amounts).toContain("商品金额¥39.80");
    expect(amounts).toContain("运费+¥8.00");
    expect(amounts).toContain("优惠-¥5.00");
    expect(wrapper.find("[data-test='order-payable']").text()).toBe("¥42.80");
    expect(wrapper.find("[data-test='order-no']").text()).toBe("O9");
    const info = wrapper.find("[data-test='order-info']").text();
    expect(info).toContain("下单时间");
    expect(info).toContain("付款时间");
    expect(info).toContain("发货时间");
    expect(info).not.toContain("取消时间");
    expect(info).toContain("获得积分42");
    expect(wrapper.find("[data-test='order-payments']").text()).toContain("模拟支付 ¥42.80");
    expect(wrapper.find("[data-test='order-payments']").text()).toContain("已支付");
    expect(wrapper.find("[data-test='order-shipments']").text()).toContain("顺丰速运");
    expect(wrapper.find("[data-test='order-invoice']").text()).toContain("普通发票 · 某某公司（9144）");
    expect(wrapper.find("[data-test='order-remark']").text()).toContain("请尽快发货");
    expect(wrapper.findAll("[data-test^='order-action-']").map((b) => b.text())).toEqual(["提醒发货", "查看物流", "确认收货"]);

    await wrapper.find("[data-test='order-latest-event']").trigger("click");
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe("/order/O9/logistics"));
  });

  it("[ORD-2] copies the order number", async () => {
    setToken("buyer");
    fakeApi({ "GET /orders/O9": shipped });
    const writeText = vi.fn(async () => {});
    vi.stubGlobal("navigator", { ...navigator, clipboard: { writeText } });
    const { wrapper } = await mountAt("/order/O9");
    await vi.waitFor(() => expect(wrapper.find("[data-test='order-copy']").exists()).toBe(true));
    await wrapper.find("[data-test='order-copy']").trigger("click");
    await vi.waitFor(() => expect(toastText()).toBe("订单号已复制"));
    expect(writeText).toHaveBeenCalledWith("O9");
  });

  it("[ORD-4] 提醒发货 urges the merchant; again within 24 h shows the API's message", async () => {
    setToken("buyer");
    let urged = 0;
    const fetch = fakeApi({
      "GET /orders/O9": orderDetail("O9", { status: "pending_shipment", status_text: "待发货", actions: ["urge", "cancel"] }),
      "POST /orders/O9/urge": () => {
        urged += 1;
        return urged === 1
          ? { urged_at: "2026-11-25T06:00:00Z" }
          : jsonResponse(409, { error: { code: "already_urged", message: "已提醒过商家，24小时内只能提醒一次", fields: {} } });
      },
    });
    const { wrapper } = await mountAt("/order/O9");
    await vi.waitFor(() => expect(wrapper.find("[data-test='order-action-urge']").exists()).toBe(true));
    await wrapper.find("[data-test='order-action-urge']").trigger("click");
    await vi.waitFor(() => expect(toastText()).toBe("已提醒商家尽快发货"));
    await flushPromises();
    await wrapper.find("[data-test='order-action-urge']").trigger("click");
    await vi.waitFor(() => expect(toastText()).toBe("已提醒过商家，24小时内只能提醒一次"));
    expect(callsTo(fetch, "POST", "/orders/O9/urge")).toHaveLength(2);
  });

  it("[ORD-3] cancelling a paid, unshipped order redraws it from the answer", async () => {
    setToken("buyer");
    fakeApi({
      "GET /orders/O9": orderDetail("O9", { status: "pending_shipment", status_text: "待发货", actions: ["urge", "cancel"] }),
      "POST /orders/O9/cancel": orderDetail("O9", {
        status: "cancelled",
        status_text: "已取消",
        cancel_reason: "不想要了",
        actions: ["buy_again"],
        refunds: [{ refund_no: "R1", amount: 4280, status: "refunded", created_at: "2026-11-25T06:00:00Z" }],
      }),
    });
    const { wrapper } = await mountAt("/order/O9");
    await vi.waitFor(() => expect(wrapper.find("[data-test='order-action-cancel']").exists()).toBe(true));
    await wrapper.find("[data-test='order-action-cancel']").trigger("click");
    await vi.waitFor(() => expect(document.body.querySelectorAll(".van-action-sheet__item").length).toBeGreaterThan(0));
    (document.body.querySelector(".van-action-sheet__item") as HTMLElement).click();
    await vi.waitFor(() => expect(wrapper.find("[data-test='order-status']").text()).toBe("已取消"));
    expect(wrapper.find("[data-test='order-banner']").text()).toBe("取消原因：不想要了");
    expect(wrapper.find("[data-test='order-refunds']").text()).toContain("¥42.80");
    expect(wrapper.findAll("[data-test^='order-action-']").map((b) => b.attributes("data-test"))).toEqual(["order-action-buy_again"]);
  });

  it("[ORD-2] shows the API's message when the order cannot be loaded", async () => {
    setToken("buyer");
    fakeApi({ "GET /orders/X": () => jsonResponse(404, { error: { code: "not_found", message: "订单不存在", fields: {} } }) });
    const { wrapper } = await mountAt("/order/X");
    await vi.waitFor(() => expect(wrapper.find("[data-test='order-error']").text()).toContain("订单不存在"));
  });
});

describe("物流详情", () => {
  it("[ORD-5] lists each shipment's carrier, tracking no and events", async () => {
    setToken("buyer");
    fakeApi({
      "GET /orders/O9/logistics": {
        shipments: [
          {
            id: 1,
            carrier_name: "顺丰速运",
            tracking_no: "SF100",
            status: "in_transit",
            items: [],
            events: [
              { time: "2026-11-25T05:00:00Z", text: "快件已到达深圳转运中心", location: "深圳" },
              { time: "2026-11-25T04:00:00Z", text: "商家已发货", location: "" },
            ],
          },
          { id: 2, carrier_name: "中通快递", tracking_no: "ZT200", status: "pending", items: [], events: [] },
        ],
      },
    });
    const { wrapper } = await mountAt("/order/O9/logistics");
    await vi.waitFor(() => expect(wrapper.findAll("[data-test='logistics-shipment']")).toHaveLength(2));
    const [first, second] = wrapper.findAll("[data-test='logistics-shipment']");
    expect(first.text()).toContain("包裹1 · 顺丰速运");
    expect(first.text()).toContain("运输中");
    expect(first.find("[data-test='logistics-tracking-no']").text()).toBe("SF100");
    expect(first.findAll("[data-test='logistics-event']").map((e) => e.text().split("2026")[0])).toEqual(["【深圳】快件已到达深圳转运中心", "商家已发货"]);
    expect(second.text()).toContain("暂无物流轨迹");
  });

  it("[ORD-5] says 暂无物流信息 without shipments", async () => {
    setToken("buyer");
    fakeApi({ "GET /orders/O9/logistics": { shipments: [] } });
    const { wrapper } = await mountAt("/order/O9/logistics");
    await vi.waitFor(() => expect(wrapper.find("[data-test='logistics-empty']").text()).toContain("暂无物流信息"));
  });
});

describe("评价订单", () => {
  it("[ORD-7] rates each line, writes text, rates logistics, goes anonymous and posts the review", async () => {
    setToken("buyer");
    const detail = orderDetail("O9", { status: "received", status_text: "待评价", actions: ["review"] });
    detail.lines.push({ ...detail.lines[0], id: 2, title: "第二件商品", reviewed: false });
    const fetch = fakeApi({ "GET /orders/O9": detail, "POST /orders/O9/reviews": { ...detail, reviewed: true } });
    const { wrapper, router } = await mountAt("/order/O9/review");
    await vi.waitFor(() => expect(wrapper.findAll("[data-test='review-line']")).toHaveLength(2));
    await wrapper.find("[data-test='review-star-4']").trigger("click");
    expect(wrapper.find("[data-test='review-star-4']").attributes("aria-checked")).toBe("true");
    expect(wrapper.findAll("[data-test='review-line']")[0].text()).toContain("好");
    await wrapper.find("[data-test='review-content'] textarea").setValue("保温效果很好");
    await wrapper.find("[data-test='review-star-2-3']").trigger("click");
    await wrapper.find("[data-test='review-logistics-star-3']").trigger("click");
    await wrapper.find("[data-test='review-anonymous']").trigger("click");
    await wrapper.find("[data-test='review-submit']").trigger("click");
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe("/order/O9"));
    expect(bodyOf(fetch, "POST", "/orders/O9/reviews")).toEqual({
      items: [
        { line_id: 1, rating: 4, content: "保温效果很好", images: [] },
        { line_id: 2, rating: 3, content: "", images: [] },
      ],
      logistics_rating: 3,
      anonymous: true,
    });
  });

  it("[ORD-7] shows the API's message when the review is refused, and 商品都已评价 when nothing is left", async () => {
    setToken("buyer");
    const detail = orderDetail("O9", { status: "received", actions: ["review"] });
    fakeApi({
      "GET /orders/O9": detail,
      "POST /orders/O9/reviews": () => jsonResponse(422, { error: { code: "invalid_transition", message: "订单当前不能评价", fields: {} } }),
    });
    const { wrapper } = await mountAt("/order/O9/review");
    await vi.waitFor(() => expect(wrapper.find("[data-test='review-submit']").exists()).toBe(true));
    await wrapper.find("[data-test='review-submit']").trigger("click");
    await vi.waitFor(() => expect(toastText()).toBe("订单当前不能评价"));
    wrapper.unmount();

    detail.lines[0].reviewed = true;
    fakeApi({ "GET /orders/O9": detail });
    const again = await mountAt("/order/O9/review");
    await vi.waitFor(() => expect(again.wrapper.find("[data-test='review-done']").text()).toContain("商品都已评价"));
  });
});

describe("我的 订单入口", () => {
  it("[ORD-1] 我的 shows order shortcuts with counts that open the tabs", async () => {
    setToken("buyer");
    fakeApi({ "GET /orders/counts": counts, "GET /orders": page([]) });
    const { wrapper, router } = await mountAt("/me");
    await vi.waitFor(() => expect(wrapper.find("[data-test='me-orders-pending_payment']").text()).toContain("2"));
    expect(wrapper.find("[data-test='me-orders-pending_review']").text()).toContain("99+");
    expect(wrapper.find("[data-test='me-orders-pending_receipt'] .van-badge").exists()).toBe(false);
    await wrapper.find("[data-test='me-orders-pending_shipment']").trigger("click");
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe("/orders?tab=pending_shipment"));
  });
});
