import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { setToken } from "@/core/api";
import { payLauncher } from "@/core/pay-launch";
import { PAY_POLL } from "@/core/trade";

import { fakeApi, jsonResponse, mountAt, queryOf, toastText } from "./helpers";
import { bodyOf, callsTo } from "./trade-fixtures";

const pending = { payment_no: "P1", amount: 4280, status: "pending" };

const PHONE_UA = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Mobile/15E148 Safari/604.1";
const WECHAT_UA = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 MicroMessenger/8.0.47";
const DESKTOP_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/130.0 Safari/537.36";
const realLauncher = { ...payLauncher };
let ua = PHONE_UA;

beforeEach(() => {
  PAY_POLL.intervalMs = 5;
  PAY_POLL.attempts = 15;
  setToken("buyer");
  ua = PHONE_UA;
  payLauncher.userAgent = () => ua;
  payLauncher.go = vi.fn();
});
afterEach(() => {
  PAY_POLL.intervalMs = 1000;
  Object.assign(payLauncher, realLauncher);
  delete (globalThis as { WeixinJSBridge?: unknown }).WeixinJSBridge;
  delete (globalThis as { Capacitor?: unknown }).Capacitor;
});

function payApi(statuses: string[], extra: Record<string, unknown> = {}, lastResult: string | null = null) {
  let polls = 0;
  return fakeApi({
    "GET /payment-methods": { items: [{ code: "sandbox", name: "模拟支付" }] },
    "GET /payments/P1": () => {
      const status = polls === 0 ? "pending" : (statuses[Math.min(polls - 1, statuses.length - 1)] ?? "pending");
      polls += 1;
      return { ...pending, status, last_result: polls > 1 ? lastResult : null };
    },
    "POST /payments/P1/pay": { provider: "sandbox", payment_no: "P1", amount: 4280, confirm_url: "/api/v1/payments/sandbox/P1/confirm" },
    "POST /payments/sandbox/P1/confirm": { payment_no: "P1", outcome: "success", status: "processing" },
    ...extra,
  });
}

async function openWallet(path: string) {
  const mounted = await mountAt(path);
  await vi.waitFor(() => expect(mounted.wrapper.find("[data-test='pay-submit']").exists()).toBe(true));
  await mounted.wrapper.find("[data-test='pay-submit']").trigger("click");
  await vi.waitFor(() => expect(mounted.wrapper.find("[data-test='pay-confirm']").exists()).toBe(true));
  return mounted;
}

describe("收银台", () => {
  it("[PAY-8] shows the amount; the sandbox wallet confirms, the page polls until paid and opens the order", async () => {
    const fetch = payApi(["pending", "pending", "paid"]);
    const { wrapper, router } = await openWallet("/pay/P1?orders=O1");
    expect(wrapper.find("[data-test='pay-amount']").text()).toBe("¥42.80");
    expect(wrapper.find("[data-test='pay-method-sandbox']").text()).toContain("模拟支付");
    expect(queryOf(fetch, "/payment-methods")).toEqual({ channel: "h5" });
    expect(bodyOf(fetch, "POST", "/payments/P1/pay")).toEqual({ method: "sandbox", channel: "h5" });
    expect(wrapper.find("[data-test='pay-wallet']").text()).toContain("模拟支付");

    await wrapper.find("[data-test='pay-confirm']").trigger("click");
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe("/order/O1"));
    expect(bodyOf(fetch, "POST", "/payments/sandbox/P1/confirm")).toEqual({ outcome: "success" });
    expect(callsTo(fetch, "GET", "/payments/P1")).toHaveLength(4); // the first load, then three polls
    expect(toastText()).toBe("支付成功");
  });

  it("[PAY-8] several orders paid together (as the payment lists them) open the order list", async () => {
    payApi(["paid"], { "GET /payments/P1": { ...pending, status: "paid", orders: [{ order_no: "O1" }, { order_no: "O2" }] } });
    const { router } = await mountAt("/pay/P1");
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe("/orders"));
  });

  it("[PAY-8] paid notification for several orders from the query opens the order list", async () => {
    payApi(["paid"]);
    const { wrapper, router } = await openWallet("/pay/P1?orders=O1,O2");
    await wrapper.find("[data-test='pay-confirm']").trigger("click");
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe("/orders"));
  });

  it("[PAY-8] stops polling after about 15 tries and says the result is not in yet", async () => {
    const fetch = payApi(["pending"]);
    const { wrapper, router } = await openWallet("/pay/P1?orders=O1");
    await wrapper.find("[data-test='pay-confirm']").trigger("click");
    await vi.waitFor(() => expect(wrapper.find("[data-test='pay-unknown']").exists()).toBe(true));
    expect(callsTo(fetch, "GET", "/payments/P1")).toHaveLength(16);
    expect(router.currentRoute.value.path).toBe("/pay/P1");
  });

  it("[PAY-3] 支付失败 leaves the order 待付款 and payable again", async () => {
    const fetch = payApi(["pending"]);
    const { wrapper, router } = await openWallet("/pay/P1?orders=O1");
    await wrapper.find("[data-test='pay-fail']").trigger("click");
    await vi.waitFor(() => expect(wrapper.find("[data-test='pay-unpaid']").text()).toContain("订单仍为待付款"));
    expect(bodyOf(fetch, "POST", "/payments/sandbox/P1/confirm")).toEqual({ outcome: "fail" });
    expect(callsTo(fetch, "GET", "/payments/P1")).toHaveLength(1); // no polling after a failure
    expect(wrapper.find("[data-test='pay-submit']").text()).toBe("重新支付");
    expect(router.currentRoute.value.path).toBe("/pay/P1");

    await wrapper.find("[data-test='pay-submit']").trigger("click");
    await vi.waitFor(() => expect(callsTo(fetch, "POST", "/payments/P1/pay")).toHaveLength(2));
  });

  it("[PAY-3] a confirm the gateway turns down (last_result fail) leaves the order payable again", async () => {
    payApi(["pending"], {}, "fail");
    const { wrapper, router } = await openWallet("/pay/P1?orders=O1");
    await wrapper.find("[data-test='pay-confirm']").trigger("click");
    await vi.waitFor(() => expect(wrapper.find("[data-test='pay-unpaid']").text()).toContain("订单仍为待付款"));
    expect(router.currentRoute.value.path).toBe("/pay/P1");
    expect(wrapper.find("[data-test='pay-submit']").attributes("disabled")).toBeUndefined();
  });

  it("[PAY-3] coming back to a payment whose last attempt failed says it can be paid again", async () => {
    fakeApi({ "GET /payments/P1": { ...pending, last_result: "cancel" }, "GET /payment-methods": { items: [] } });
    const { wrapper } = await mountAt("/pay/P1?orders=O1");
    await vi.waitFor(() => expect(wrapper.find("[data-test='pay-unpaid']").exists()).toBe(true));
    expect(wrapper.find("[data-test='pay-submit']").text()).toBe("重新支付");
  });

  it("[PAY-3] 取消 in the wallet also keeps the order 待付款; 查看订单 opens it", async () => {
    const fetch = payApi(["pending"]);
    const { wrapper, router } = await openWallet("/pay/P1?orders=O1");
    await wrapper.find("[data-test='pay-cancel']").trigger("click");
    await vi.waitFor(() => expect(wrapper.find("[data-test='pay-unpaid']").exists()).toBe(true));
    expect(bodyOf(fetch, "POST", "/payments/sandbox/P1/confirm")).toEqual({ outcome: "cancel" });
    await wrapper.find("[data-test='pay-view-orders']").trigger("click");
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe("/order/O1"));
  });

  it("[PAY-8] shows the API's message when the payment cannot be loaded", async () => {
    fakeApi({ "GET /payments/P1": () => jsonResponse(404, { error: { code: "not_found", message: "支付单不存在", fields: {} } }) });
    const { wrapper } = await mountAt("/pay/P1");
    await vi.waitFor(() => expect(wrapper.find("[data-test='pay-error']").text()).toContain("支付单不存在"));
  });

  it("[PAY-3] 线下转账 shows where to transfer and leaves the order 待付款 until the platform confirms", async () => {
    const fetch = payApi([], {
      "GET /payment-methods": { items: [{ code: "offline", name: "线下转账" }] },
      "POST /payments/P1/pay": { provider: "offline", payment_no: "P1", amount: 4280, instructions: "请转账至 招商银行 6225…，并备注支付单号 P1" },
    });
    const { wrapper } = await mountAt("/pay/P1?orders=O1");
    await vi.waitFor(() => expect(wrapper.find("[data-test='pay-method-offline']").exists()).toBe(true));
    await wrapper.find("[data-test='pay-submit']").trigger("click");
    await vi.waitFor(() => expect(wrapper.find("[data-test='pay-offline']").exists()).toBe(true));
    expect(wrapper.find("[data-test='pay-offline']").text()).toContain("备注支付单号 P1");
    expect(bodyOf(fetch, "POST", "/payments/P1/pay")).toEqual({ method: "offline", channel: "h5" });
    expect(wrapper.find("[data-test='pay-wallet']").exists() && wrapper.find("[data-test='pay-confirm']").isVisible()).toBe(false);
    expect(wrapper.find("[data-test='pay-view-orders']").exists()).toBe(true);
  });
});

/** A payment that turns paid after `pendingPolls` looks following the first load. */
function gatewayApi(methods: { code: string; name: string }[], payAnswer: unknown, pendingPolls = 1, extra: Record<string, unknown> = {}) {
  let looks = 0;
  return fakeApi({
    "GET /payment-methods": (url: URL) => (url.searchParams.get("channel") === "pc" ? { items: [] } : { items: methods }),
    "GET /payments/P1": () => {
      looks += 1;
      return { ...pending, status: looks > pendingPolls + 1 ? "paid" : "pending" };
    },
    "POST /payments/P1/pay": payAnswer,
    ...extra,
  });
}

async function choosePay(path: string, method: string) {
  const mounted = await mountAt(path);
  await vi.waitFor(() => expect(mounted.wrapper.find(`[data-test='pay-method-${method}']`).exists()).toBe(true));
  await mounted.wrapper.find(`[data-test='pay-method-${method}']`).trigger("click");
  await mounted.wrapper.find("[data-test='pay-submit']").trigger("click");
  return mounted;
}

describe("收银台: 微信支付 and 支付宝", () => {
  const jsapi = { provider: "wechat", trade_type: "jsapi", payment_no: "P1", amount: 4280, appId: "wxapp", timeStamp: "1764000000",
    nonceStr: "abc", package: "prepay_id=wx1", signType: "RSA", paySign: "c2ln" };

  it("[PAY-1] inside WeChat: sends in_wechat, hands the JSAPI parameters to WeixinJSBridge, polls and opens the order", async () => {
    ua = WECHAT_UA;
    const invoke = vi.fn((_name: string, _params: unknown, done: (res: { err_msg: string }) => void) => done({ err_msg: "get_brand_wcpay_request:ok" }));
    (globalThis as { WeixinJSBridge?: unknown }).WeixinJSBridge = { invoke };
    const fetch = gatewayApi([{ code: "wechat", name: "微信支付" }], jsapi);
    const { router } = await choosePay("/pay/P1?orders=O1", "wechat");
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe("/order/O1"));
    expect(bodyOf(fetch, "POST", "/payments/P1/pay")).toEqual({ method: "wechat", channel: "h5", in_wechat: true });
    expect(invoke).toHaveBeenCalledWith("getBrandWCPayRequest",
      { appId: "wxapp", timeStamp: "1764000000", nonceStr: "abc", package: "prepay_id=wx1", signType: "RSA", paySign: "c2ln" }, expect.any(Function));
  });

  it("[PAY-1] inside WeChat: cancelling in WeChat's sheet keeps the order 待付款 and offers 重新支付", async () => {
    ua = WECHAT_UA;
    (globalThis as { WeixinJSBridge?: unknown }).WeixinJSBridge = {
      invoke: (_n: string, _p: unknown, done: (res: { err_msg: string }) => void) => done({ err_msg: "get_brand_wcpay_request:cancel" }),
    };
    const fetch = gatewayApi([{ code: "wechat", name: "微信支付" }], jsapi);
    const { wrapper } = await choosePay("/pay/P1?orders=O1", "wechat");
    await vi.waitFor(() => expect(wrapper.find("[data-test='pay-unpaid']").text()).toContain("支付已取消"));
    expect(wrapper.find("[data-test='pay-submit']").text()).toBe("重新支付");
    expect(callsTo(fetch, "GET", "/payments/P1")).toHaveLength(1);
  });

  it("[PAY-1] a phone browser outside WeChat goes to h5_url with a way back; coming back polls the payment", async () => {
    const fetch = gatewayApi([{ code: "wechat", name: "微信支付" }], { provider: "wechat", trade_type: "h5", h5_url: "https://wx.tenpay.com/cgi-bin/mmpayweb-bin/checkmweb?prepay_id=wx1" });
    await choosePay("/pay/P1?orders=O1", "wechat");
    await vi.waitFor(() => expect(payLauncher.go).toHaveBeenCalled());
    expect(bodyOf(fetch, "POST", "/payments/P1/pay")).toEqual({ method: "wechat", channel: "h5" });
    const target = new URL(vi.mocked(payLauncher.go).mock.calls[0][0]);
    expect(target.origin + target.pathname).toBe("https://wx.tenpay.com/cgi-bin/mmpayweb-bin/checkmweb");
    expect(new URL(target.searchParams.get("redirect_url")!).pathname).toMatch(/\/pay\/P1$/);
    expect(new URL(target.searchParams.get("redirect_url")!).searchParams.get("from")).toBe("wechat");

    const back = await mountAt("/pay/P1?orders=O1&from=wechat");
    await vi.waitFor(() => expect(back.router.currentRoute.value.fullPath).toBe("/order/O1"));
  });

  it("[PAY-1] 支付宝 wap opens pay_url; Alipay's return page finds the payment and waits for the notification", async () => {
    gatewayApi([{ code: "alipay", name: "支付宝" }], { provider: "alipay", product: "wap", pay_url: "https://openapi.alipay.com/gateway.do?sign=x" }, 2);
    await choosePay("/pay/P1?orders=O1", "alipay");
    await vi.waitFor(() => expect(payLauncher.go).toHaveBeenCalledWith("https://openapi.alipay.com/gateway.do?sign=x"));

    const back = await mountAt("/pay/return?out_trade_no=P1&trade_no=2026&total_amount=42.80");
    expect(back.router.currentRoute.value.fullPath).toBe("/pay/P1?from=alipay");
    await vi.waitFor(() => expect(back.wrapper.find("[data-test='pay-waiting']").exists()).toBe(true));
    await vi.waitFor(() => expect(back.router.currentRoute.value.path).toBe("/orders"));
  });

  it("[PAY-1] a result that does not arrive says so and 刷新结果 looks again", async () => {
    PAY_POLL.attempts = 2;
    gatewayApi([{ code: "alipay", name: "支付宝" }], {}, 3);
    const { wrapper, router } = await mountAt("/pay/P1?orders=O1&from=alipay");
    await vi.waitFor(() => expect(wrapper.find("[data-test='pay-unknown']").exists()).toBe(true));
    await wrapper.find("[data-test='pay-refresh']").trigger("click");
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe("/order/O1"));
  });

  it("[PAY-1] the app hands Alipay's order_string to the native plugin, or says this version cannot pay that way", async () => {
    (globalThis as { Capacitor?: unknown }).Capacitor = { isNativePlatform: () => true, Plugins: {} };
    const fetch = gatewayApi([{ code: "alipay", name: "支付宝" }], { provider: "alipay", product: "app", order_string: "app_id=1&sign=x" });
    const first = await choosePay("/pay/P1?orders=O1", "alipay");
    await vi.waitFor(() => expect(first.wrapper.find("[data-test='pay-unavailable']").exists()).toBe(true));
    expect(bodyOf(fetch, "POST", "/payments/P1/pay")).toEqual({ method: "alipay", channel: "app" });

    const pay = vi.fn(async () => ({ resultStatus: "9000" }));
    (globalThis as { Capacitor?: unknown }).Capacitor = { isNativePlatform: () => true, Plugins: { Alipay: { pay } } };
    const second = await choosePay("/pay/P1?orders=O1", "alipay");
    await vi.waitFor(() => expect(second.router.currentRoute.value.fullPath).toBe("/order/O1"));
    expect(pay).toHaveBeenCalledWith({ orderString: "app_id=1&sign=x" });
  });

  it("[PAY-1] a desktop browser pays in the pc channel, and falls back to h5 when nothing is offered there", async () => {
    ua = DESKTOP_UA;
    const fetch = gatewayApi([{ code: "sandbox", name: "模拟支付" }], { provider: "sandbox" });
    await choosePay("/pay/P1?orders=O1", "sandbox");
    await vi.waitFor(() => expect(callsTo(fetch, "POST", "/payments/P1/pay")).toHaveLength(1));
    expect(queryOf(fetch, "/payment-methods", 0)).toEqual({ channel: "pc" });
    expect(queryOf(fetch, "/payment-methods", 1)).toEqual({ channel: "h5" });
    expect(bodyOf(fetch, "POST", "/payments/P1/pay")).toEqual({ method: "sandbox", channel: "h5" });

    const pc = fakeApi({
      "GET /payment-methods": { items: [{ code: "alipay", name: "支付宝" }] },
      "GET /payments/P1": pending,
      "POST /payments/P1/pay": { provider: "alipay", product: "page", pay_url: "https://openapi.alipay.com/gateway.do?page=1" },
    });
    await choosePay("/pay/P1?orders=O1", "alipay");
    await vi.waitFor(() => expect(payLauncher.go).toHaveBeenCalledWith("https://openapi.alipay.com/gateway.do?page=1"));
    expect(bodyOf(pc, "POST", "/payments/P1/pay")).toEqual({ method: "alipay", channel: "pc" });
  });
});

describe("收银台: 余额, 线下转账, 货到付款", () => {
  const methods = [{ code: "balance", name: "余额支付" }, { code: "offline", name: "线下转账" }, { code: "cod", name: "货到付款" }];

  it("[PAY-1] 余额支付 shows the balance; short of the amount it cannot be chosen to pay", async () => {
    const fetch = fakeApi({
      "GET /payment-methods": { items: methods },
      "GET /payments/P1": pending,
      "GET /me/wallet": { balance: 1000, items: [], total: 0, page: 1, page_size: 20 },
    });
    const { wrapper } = await mountAt("/pay/P1?orders=O1");
    await vi.waitFor(() => expect(wrapper.find("[data-test='pay-balance']").text()).toContain("可用 ¥10.00，还差 ¥32.80"));
    expect(wrapper.find("[data-test='pay-method-cod']").exists()).toBe(false);
    await wrapper.find("[data-test='pay-method-balance']").trigger("click");
    expect(wrapper.find("[data-test='pay-submit']").text()).toBe("余额不足");
    expect(wrapper.find("[data-test='pay-submit']").attributes("disabled")).toBeDefined();
    await wrapper.find("[data-test='pay-submit']").trigger("click");
    expect(callsTo(fetch, "POST", "/payments/P1/pay")).toHaveLength(0);
  });

  it("[PAY-1] 余额支付 with enough balance pays at once and opens the order", async () => {
    const fetch = fakeApi({
      "GET /payment-methods": { items: methods },
      "GET /payments/P1": pending,
      "GET /me/wallet": { balance: 5000, items: [], total: 0, page: 1, page_size: 20 },
      "POST /payments/P1/pay": { provider: "balance", payment_no: "P1", amount: 4280, status: "paid" },
    });
    const { wrapper, router } = await choosePay("/pay/P1?orders=O1", "balance");
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe("/order/O1"));
    expect(bodyOf(fetch, "POST", "/payments/P1/pay")).toEqual({ method: "balance", channel: "h5" });
    expect(toastText()).toBe("支付成功");
    expect(wrapper.exists()).toBe(true);
  });

  it("[PAY-1] 余额 that cannot be read is the server's to judge: its refusal is shown", async () => {
    fakeApi({
      "GET /payment-methods": { items: methods },
      "GET /payments/P1": pending,
      "POST /payments/P1/pay": () => jsonResponse(409, { error: { code: "wallet_insufficient", message: "余额不足", fields: {} } }),
    });
    const { wrapper, router } = await choosePay("/pay/P1?orders=O1", "balance");
    await vi.waitFor(() => expect(toastText()).toBe("余额不足"));
    expect(wrapper.find("[data-test='pay-balance']").text()).toBe("");
    expect(router.currentRoute.value.path).toBe("/pay/P1");
  });

  it("[PAY-6] 线下转账: a rejected voucher shows its reason; a new voucher (image + note) is uploaded and awaits confirmation", async () => {
    let vouchers: unknown[] = [{ id: 1, images: ["/media/v1.jpg"], note: "", status: "rejected", reject_reason: "金额与订单不符", created_at: "2026-11-25T02:00:00Z" }];
    const fetch = fakeApi({
      "GET /payment-methods": { items: methods },
      "GET /payments/P1": { ...pending, provider: "offline" },
      "POST /payments/P1/pay": { provider: "offline", payment_no: "P1", amount: 4280, instructions: "请转账至 招商银行 6225…，并备注支付单号 P1" },
      "GET /payments/P1/vouchers": () => ({ items: vouchers }),
      "POST /uploads/images": { url: "/media/uploads/v2.png" },
      "POST /payments/P1/vouchers": (_u: URL, init: RequestInit) => {
        const body = JSON.parse(String(init.body));
        vouchers = [{ id: 2, ...body, status: "submitted", reject_reason: "", created_at: "2026-11-25T03:00:00Z" }, ...vouchers];
        return vouchers[0];
      },
    });
    const { wrapper } = await mountAt("/pay/P1?orders=O1");
    await vi.waitFor(() => expect(wrapper.find("[data-test='voucher-reason']").text()).toBe("驳回原因：金额与订单不符"));
    expect(wrapper.find("[data-test='voucher-state']").text()).toBe("凭证未通过审核，请重新上传");
    await wrapper.find("[data-test='pay-submit']").trigger("click"); // 查看转账信息
    await vi.waitFor(() => expect(wrapper.find("[data-test='pay-instructions']").text()).toContain("备注支付单号 P1"));

    await wrapper.find("[data-test='voucher-submit']").trigger("click");
    expect(toastText()).toBe("请上传付款凭证");
    const input = wrapper.find("[data-test='voucher-images'] input[type='file']");
    Object.defineProperty(input.element, "files", { value: [new File(["png"], "v2.png", { type: "image/png" })] });
    await input.trigger("change");
    await vi.waitFor(() => expect(callsTo(fetch, "POST", "/uploads/images")).toHaveLength(1));
    await wrapper.find("[data-test='voucher-note'] input").setValue("工行 张三 转账");
    await vi.waitFor(async () => {
      await wrapper.find("[data-test='voucher-submit']").trigger("click");
      expect(callsTo(fetch, "POST", "/payments/P1/vouchers")).toHaveLength(1);
    });
    expect(bodyOf(fetch, "POST", "/payments/P1/vouchers")).toEqual({ images: ["/media/uploads/v2.png"], note: "工行 张三 转账" });
    await vi.waitFor(() => expect(wrapper.find("[data-test='voucher-state']").text()).toBe("凭证已提交，等待平台确认收款"));
    expect(wrapper.find("[data-test='voucher-submit']").exists()).toBe(false);
  });

  it("[PAY-1] 货到付款 (chosen at checkout) says the courier collects, with nothing to pay here", async () => {
    fakeApi({ "GET /payment-methods": { items: methods }, "GET /payments/P1": { ...pending, provider: "cod" } });
    const { wrapper } = await mountAt("/pay/P1?orders=O1");
    await vi.waitFor(() => expect(wrapper.find("[data-test='pay-cod']").text()).toContain("货到付款"));
    expect(wrapper.find("[data-test='pay-submit']").exists()).toBe(false);
    expect(wrapper.find("[data-test='pay-view-orders']").exists()).toBe(true);
  });
});
