import { describe, expect, it, vi } from "vitest";

import {
  balanceState,
  batchPayOrderNos,
  browserChannel,
  createApiClient,
  createPaymentsApi,
  isWechatBrowser,
  launchPlan,
  payableMethods,
  paymentOutcome,
  pollPayment,
  voucherState,
  walletEntryView,
  withRedirect,
} from "../src/index.js";

const WECHAT_UA = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 MicroMessenger/8.0.47 NetType/WIFI";
const SAFARI_UA = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Mobile/15E148 Safari/604.1";
const DESKTOP_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/130.0 Safari/537.36";

function recorder(answer = {}) {
  const calls = [];
  const client = createApiClient({
    baseUrl: "/api/v1",
    transport: async (req) => {
      calls.push({ method: req.method, url: req.url, body: req.body ? JSON.parse(req.body) : undefined });
      return { status: 200, headers: {}, data: answer };
    },
  });
  return { api: createPaymentsApi(client), calls };
}

describe("payment endpoints", () => {
  it("[PAY-1] asks the methods of its channel and sends in_wechat only inside WeChat", async () => {
    const { api, calls } = recorder({ items: [] });
    await api.methods("mp");
    await api.pay("P1", { method: "wechat", channel: "h5", inWechat: true });
    await api.pay("P1", { method: "alipay", channel: "pc" });
    expect(calls[0].url).toBe("/api/v1/payment-methods?channel=mp");
    expect(calls[1]).toEqual({ method: "POST", url: "/api/v1/payments/P1/pay", body: { method: "wechat", channel: "h5", in_wechat: true } });
    expect(calls[2].body).toEqual({ method: "alipay", channel: "pc" });
  });

  it("[PAY-5] [PAY-6] pays several orders in one payment, uploads a voucher, reads the wallet", async () => {
    const { api, calls } = recorder({});
    await api.payOrders(["D1", "D2"]);
    await api.submitVoucher("P1", { images: ["/media/a.jpg"], note: "工行转账" });
    await api.vouchers("P1");
    await api.wallet(2);
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      "POST /api/v1/payments",
      "POST /api/v1/payments/P1/vouchers",
      "GET /api/v1/payments/P1/vouchers",
      "GET /api/v1/me/wallet?page=2",
    ]);
    expect(calls[0].body).toEqual({ order_nos: ["D1", "D2"] });
    expect(calls[1].body).toEqual({ images: ["/media/a.jpg"], note: "工行转账" });
  });
});

describe("where the browser pays", () => {
  it("[PAY-1] knows WeChat's browser (not WeChat Work) and desktop browsers", () => {
    expect(isWechatBrowser(WECHAT_UA)).toBe(true);
    expect(isWechatBrowser(SAFARI_UA)).toBe(false);
    expect(isWechatBrowser(WECHAT_UA + " wxwork/4.1")).toBe(false);
    expect(browserChannel(SAFARI_UA)).toBe("h5");
    expect(browserChannel(WECHAT_UA)).toBe("h5");
    expect(browserChannel(DESKTOP_UA)).toBe("pc");
    expect(browserChannel("")).toBe("h5");
  });

  it("[PAY-1] the pay page offers every method but 货到付款 (checkout only)", () => {
    expect(payableMethods([{ code: "wechat", name: "微信支付" }, { code: "cod", name: "货到付款" }, { code: "balance", name: "" }]))
      .toEqual([{ code: "wechat", name: "微信支付" }, { code: "balance", name: "余额支付" }]);
    expect(payableMethods(null)).toEqual([]);
  });
});

describe("launching what /pay answered", () => {
  it("[PAY-1] WeChat JSAPI parameters go to the bridge as they are", () => {
    const params = { provider: "wechat", trade_type: "jsapi", payment_no: "P1", amount: 1, appId: "wx1", timeStamp: "1700000000",
      nonceStr: "n", package: "prepay_id=wx2", signType: "RSA", paySign: "sig" };
    expect(launchPlan(params)).toEqual({ kind: "wechat_jsapi",
      params: { appId: "wx1", timeStamp: "1700000000", nonceStr: "n", package: "prepay_id=wx2", signType: "RSA", paySign: "sig" } });
  });

  it("[PAY-1] WeChat H5 and Alipay wap/page open their URL; Alipay app hands the order string over", () => {
    expect(launchPlan({ provider: "wechat", trade_type: "h5", h5_url: "https://wx.tenpay.com/x?prepay_id=1" }))
      .toEqual({ kind: "redirect", url: "https://wx.tenpay.com/x?prepay_id=1", provider: "wechat" });
    expect(launchPlan({ provider: "alipay", product: "wap", pay_url: "https://openapi.alipay.com/gateway.do?a=1" }))
      .toEqual({ kind: "redirect", url: "https://openapi.alipay.com/gateway.do?a=1", provider: "alipay" });
    expect(launchPlan({ provider: "alipay", product: "app", order_string: "app_id=1&sign=x" })).toEqual({ kind: "alipay_app", orderString: "app_id=1&sign=x" });
    expect(launchPlan({ provider: "wechat", trade_type: "app", appid: "wx", partnerid: "1", prepayid: "p", package: "Sign=WXPay", noncestr: "n", timestamp: "1", sign: "s" }).kind).toBe("wechat_app");
  });

  it("[PAY-1] sandbox, 余额 (paid at once), 线下转账 and unknown answers", () => {
    expect(launchPlan({ provider: "sandbox" })).toEqual({ kind: "sandbox" });
    expect(launchPlan({ provider: "balance", status: "paid" })).toEqual({ kind: "paid" });
    expect(launchPlan({ provider: "offline", instructions: "请转账至 工商银行" })).toEqual({ kind: "offline", instructions: "请转账至 工商银行" });
    expect(launchPlan({ provider: "martian" }).kind).toBe("unsupported");
    expect(launchPlan(null).kind).toBe("unsupported");
  });

  it("[PAY-1] WeChat H5 comes back to the page through redirect_url", () => {
    expect(withRedirect("https://wx.tenpay.com/x?prepay_id=1", "https://shop.cn/h5/pay/P1?from=wechat"))
      .toBe("https://wx.tenpay.com/x?prepay_id=1&redirect_url=https%3A%2F%2Fshop.cn%2Fh5%2Fpay%2FP1%3Ffrom%3Dwechat");
  });
});

describe("waiting for the result", () => {
  it("[PAY-1] polls until the payment is paid, trying again after a failed look", async () => {
    const answers = [new Error("offline"), { status: "pending" }, { status: "paid" }];
    const get = vi.fn(async () => {
      const next = answers.shift();
      if (next instanceof Error) throw next;
      return next;
    });
    await expect(pollPayment(get, { intervalMs: 0, attempts: 10 })).resolves.toBe("paid");
    expect(get).toHaveBeenCalledTimes(3);
  });

  it("[PAY-1] a failed attempt or a closed payment ends the wait; running out answers pending", async () => {
    await expect(pollPayment(async () => ({ status: "pending", last_result: "fail" }), { intervalMs: 0, attempts: 5 })).resolves.toBe("failed");
    await expect(pollPayment(async () => ({ status: "closed" }), { intervalMs: 0, attempts: 5 })).resolves.toBe("closed");
    const get = vi.fn(async () => ({ status: "pending" }));
    await expect(pollPayment(get, { intervalMs: 0, attempts: 4 })).resolves.toBe("pending");
    expect(get).toHaveBeenCalledTimes(4);
    expect(paymentOutcome({ status: "late_paid" })).toBe("paid");
  });
});

describe("余额, vouchers, batches", () => {
  it("[PAY-1] 余额 is enough or short by an exact number of fen", () => {
    expect(balanceState(5000, 4990)).toEqual({ known: true, enough: true, shortfall: 0 });
    expect(balanceState(100, 4990)).toEqual({ known: true, enough: false, shortfall: 4890 });
    expect(balanceState(undefined, 1)).toEqual({ known: false, enough: false, shortfall: 0 });
  });

  it("[PAY-6] a transfer's voucher waits, is accepted, or is rejected with its reason and may be uploaded again", () => {
    expect(voucherState([])).toMatchObject({ state: "none", canUpload: true });
    expect(voucherState([{ status: "submitted" }])).toMatchObject({ state: "submitted", text: "凭证已提交，等待平台确认收款", canUpload: false });
    expect(voucherState([{ status: "rejected", reject_reason: "金额不符" }, { status: "rejected" }]))
      .toMatchObject({ state: "rejected", reason: "金额不符", canUpload: true });
    expect(voucherState([{ status: "accepted" }])).toMatchObject({ state: "accepted", canUpload: false });
  });

  it("[PAY-5] pays together only the chosen orders that can still be paid, once each", () => {
    const cards = [{ order_no: "D1", actions: ["pay", "cancel"] }, { order_no: "D2", actions: ["urge"] }, { order_no: "D3", actions: ["pay"] }];
    expect(batchPayOrderNos(cards, ["D3", "D2", "D1", "D3", "D9"])).toEqual(["D3", "D1"]);
  });

  it("[PAY-1] wallet entries show money in and out", () => {
    expect(walletEntryView({ amount: -1990, kind: "payment", description: "余额支付 支付单 P1" }))
      .toEqual({ title: "余额支付", description: "余额支付 支付单 P1", incoming: false, sign: "-", amount: 1990 });
    expect(walletEntryView({ amount: 500, kind: "refund", reference: "R1" })).toMatchObject({ title: "退款退回", incoming: true, sign: "+", description: "R1" });
  });
});
