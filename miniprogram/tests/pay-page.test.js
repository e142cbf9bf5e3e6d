// 收银台: PAY-8 the mini-program sandbox payment (channel mp, action sheet, confirm, polling),
// PAY-3 a failed or cancelled payment leaves the order 待付款.
const { installWx, flush } = require("./helpers/wx.js");
const { serve, openPage, update, signIn } = require("./helpers/catalog.js");
const { installTradeWx } = require("./helpers/trade.js");

const PAGE = "pages/pay/index";
const OPTIONS = { payment_no: "P1", amount: "4280", order_no: "O1" };
const text = (node) => node.dom.textContent.replace(/\s+/g, " ").trim();

beforeEach(() => {
  installWx();
  require("../miniprogram/core/api.js").resetClient();
  signIn();
});

function routes(state) {
  return serve({
    "GET /payments/P1": () => ({ payment_no: "P1", amount: 4280, status: state.status, method: "sandbox" }),
    "POST /payments/P1/pay": () => ({ provider: "sandbox", payment_no: "P1", amount: 4280, confirm_url: "/api/v1/payments/sandbox/P1/confirm" }),
    "POST /payments/sandbox/P1/confirm": (req) => {
      state.confirmed = req.body.outcome;
      state.gets = 0;
      return { status: "accepted" };
    },
  });
}

async function open() {
  const comp = await openPage(PAGE, OPTIONS);
  comp.instance.pollMs = 0;
  return comp;
}

describe("收银台", () => {
  test("[PAY-8] shows the amount; 确认支付: POST pay (channel mp) → sandbox confirm success → poll until paid → the order", async () => {
    installTradeWx({ sheet: 0 });
    const state = { status: "pending" };
    let gets = 0;
    const calls = serve({
      "GET /payments/P1": () => {
        gets += 1;
        // pending until the notification (the third look after confirming)
        return { payment_no: "P1", amount: 4280, status: state.confirmed && gets >= 3 ? "paid" : "pending", method: "sandbox" };
      },
      "POST /payments/P1/pay": () => ({ provider: "sandbox", payment_no: "P1", amount: 4280, confirm_url: "/x" }),
      "POST /payments/sandbox/P1/confirm": (req) => ((state.confirmed = req.body.outcome), { status: "accepted" }),
    });
    const comp = await open();
    expect(text(comp.querySelector(".pay-amount"))).toBe("¥42.80");
    expect(text(comp.querySelector(".method"))).toContain("模拟支付");

    await update(comp, comp.instance.onPay());
    expect(calls.find((c) => c.path === "/payments/P1/pay").body).toEqual({ method: "sandbox", channel: "mp" });
    expect(wx.showActionSheet.mock.calls[0][0].itemList).toEqual(["确认支付", "支付失败", "取消"]);
    expect(calls.find((c) => c.path === "/payments/sandbox/P1/confirm").body).toEqual({ outcome: "success" });
    expect(calls.filter((c) => c.method === "GET" && c.path === "/payments/P1")).toHaveLength(3);
    expect(wx.redirectTo).toHaveBeenLastCalledWith(expect.objectContaining({ url: "/pages/order/index?order_no=O1" }));
  });

  test("[PAY-3] 支付失败 / 取消: the outcome is sent, nothing opens, and the page says the order stays 待付款", async () => {
    installTradeWx({ sheet: 1 });
    const state = { status: "pending" };
    const calls = routes(state);
    const comp = await open();
    await update(comp, comp.instance.onPay());
    expect(state.confirmed).toBe("fail");
    expect(text(comp.querySelector(".notice"))).toBe("支付失败，订单仍为待付款，可在订单中继续支付");
    expect(wx.redirectTo).not.toHaveBeenCalled();
    expect(text(comp)).toContain("重新支付 ¥42.80");

    installTradeWx({ sheet: 2 });
    await update(comp, comp.instance.onPay());
    expect(state.confirmed).toBe("cancel");
    expect(text(comp.querySelector(".notice"))).toBe("支付已取消，订单仍为待付款，可在订单中继续支付");
    expect(calls.filter((c) => c.path === "/payments/P1/pay")).toHaveLength(2);
    expect(wx.redirectTo).not.toHaveBeenCalled();

    comp.querySelector(".later").dispatchEvent("tap");
    await flush(10);
    expect(wx.redirectTo).toHaveBeenLastCalledWith(expect.objectContaining({ url: "/pages/order/index?order_no=O1" }));
  });

  test("[PAY-3] 线下转账: the page says where to transfer, no wallet opens, and the order stays 待付款", async () => {
    installTradeWx({ sheet: 0 });
    wx.requestPayment = jest.fn();
    serve({
      "GET /payments/P1": () => ({ payment_no: "P1", amount: 4280, status: "pending", method: "offline" }),
      "POST /payments/P1/pay": () => ({ provider: "offline", payment_no: "P1", amount: 4280,
        instructions: "请转账至 招商银行 6225…，并备注支付单号 P1" }),
    });
    const comp = await open();
    await update(comp, comp.instance.onPay());
    expect(text(comp.querySelector(".notice"))).toBe("请转账至 招商银行 6225…，并备注支付单号 P1 订单在平台确认收款前保持待付款。");
    expect(wx.requestPayment).not.toHaveBeenCalled();
    expect(wx.redirectTo).not.toHaveBeenCalled();
  });

  test("[PAY-3] dismissing the sheet confirms nothing; an already paid payment goes straight to the order; errors show the message", async () => {
    installTradeWx({ sheet: -1 });
    const state = { status: "pending" };
    const calls = routes(state);
    const comp = await open();
    await update(comp, comp.instance.onPay());
    expect(calls.some((c) => c.path.indexOf("/sandbox/") !== -1)).toBe(false);
    expect(text(comp.querySelector(".notice"))).toContain("订单仍为待付款");

    state.status = "paid";
    await open();
    expect(wx.redirectTo).toHaveBeenLastCalledWith(expect.objectContaining({ url: "/pages/order/index?order_no=O1" }));

    serve({ "GET /payments/P1": () => ({ httpStatus: 404, data: { error: { code: "not_found", message: "支付单不存在" } } }) });
    const broken = await open();
    expect(text(broken)).toContain("支付单不存在");
  });
});

describe("收银台: 微信支付, 余额, 线下转账凭证, 货到付款", () => {
  const JSAPI = { provider: "wechat", trade_type: "jsapi", payment_no: "P1", amount: 4280, appId: "wxapp", timeStamp: "1764000000",
    nonceStr: "abc", package: "prepay_id=wx1", signType: "RSA", paySign: "c2ln" };

  function gateway(methods, payAnswer, extra) {
    let gets = 0;
    return serve(Object.assign({
      "GET /payment-methods": () => ({ items: methods }),
      "GET /payments/P1": () => {
        gets += 1;
        return { payment_no: "P1", amount: 4280, status: gets >= 3 ? "paid" : "pending", provider: "" };
      },
      "POST /payments/P1/pay": () => payAnswer,
    }, extra || {}));
  }

  test("[PAY-1] 微信支付: the methods of channel mp; the JSAPI parameters go to wx.requestPayment; paid → the order", async () => {
    installTradeWx({});
    wx.requestPayment = jest.fn((o) => o.success({ errMsg: "requestPayment:ok" }));
    const calls = gateway([{ code: "wechat", name: "微信支付" }, { code: "cod", name: "货到付款" }], JSAPI);
    const comp = await open();
    expect(calls.find((c) => c.path === "/payment-methods").query).toEqual({ channel: "mp" });
    expect(comp.querySelectorAll(".method").map(text)).toEqual(["微信支付"]);
    await update(comp, comp.instance.onPay());
    expect(calls.find((c) => c.path === "/payments/P1/pay").body).toEqual({ method: "wechat", channel: "mp" });
    expect(wx.requestPayment.mock.calls[0][0]).toMatchObject({ timeStamp: "1764000000", nonceStr: "abc", package: "prepay_id=wx1", signType: "RSA", paySign: "c2ln" });
    expect(wx.redirectTo).toHaveBeenLastCalledWith(expect.objectContaining({ url: "/pages/order/index?order_no=O1" }));
  });

  test("[PAY-1] 微信支付 cancelled in WeChat's sheet: nothing polled, the order stays 待付款", async () => {
    installTradeWx({});
    wx.requestPayment = jest.fn((o) => o.fail({ errMsg: "requestPayment:fail cancel" }));
    const calls = gateway([{ code: "wechat", name: "微信支付" }], JSAPI);
    const comp = await open();
    await update(comp, comp.instance.onPay());
    expect(text(comp.querySelector(".notice"))).toBe("支付已取消，订单仍为待付款，可在订单中继续支付");
    expect(calls.filter((c) => c.method === "GET" && c.path === "/payments/P1")).toHaveLength(1);
    expect(wx.redirectTo).not.toHaveBeenCalled();
  });

  test("[PAY-1] 余额支付: the balance shows; short of the amount it is disabled; enough pays at once", async () => {
    installTradeWx({});
    let balance = 1000;
    const calls = gateway([{ code: "balance", name: "余额支付" }, { code: "sandbox", name: "模拟支付" }],
      { provider: "balance", payment_no: "P1", amount: 4280, status: "paid" },
      { "GET /me/wallet": () => ({ balance, items: [], total: 0, page: 1, page_size: 20 }) });
    const short = await open();
    expect(text(short.querySelector(".method-balance"))).toContain("可用 ¥10.00，还差 ¥32.80");
    expect(text(short)).toContain("余额不足 ¥42.80");
    await update(short, short.instance.onPay());
    expect(calls.filter((c) => c.path === "/payments/P1/pay")).toHaveLength(0);

    balance = 5000;
    const enough = await open();
    expect(text(enough.querySelector(".method-balance"))).toContain("可用 ¥50.00");
    await update(enough, enough.instance.onPay());
    expect(calls.find((c) => c.path === "/payments/P1/pay").body).toEqual({ method: "balance", channel: "mp" });
    expect(wx.redirectTo).toHaveBeenLastCalledWith(expect.objectContaining({ url: "/pages/order/index?order_no=O1" }));
  });

  test("[PAY-6] 线下转账: a rejected voucher shows its reason; images and a note are uploaded again and await confirmation", async () => {
    installTradeWx({});
    wx.chooseMedia = jest.fn((o) => o.success({ tempFiles: [{ tempFilePath: "wxfile://v.jpg" }] }));
    wx.uploadFile = jest.fn((o) => o.success({ statusCode: 201, data: JSON.stringify({ url: "/media/uploads/v.jpg" }) }));
    let vouchers = [{ id: 1, images: ["/media/v1.jpg"], note: "", status: "rejected", reject_reason: "金额与订单不符", created_at: "2026-11-25T02:00:00Z" }];
    const calls = serve({
      "GET /payment-methods": () => ({ items: [{ code: "offline", name: "线下转账" }] }),
      "GET /payments/P1": () => ({ payment_no: "P1", amount: 4280, status: "pending", provider: "offline" }),
      "GET /payments/P1/vouchers": () => ({ items: vouchers }),
      "POST /payments/P1/vouchers": (req) => {
        vouchers = [Object.assign({ id: 2, status: "submitted", reject_reason: "" }, req.body)].concat(vouchers);
        return vouchers[0];
      },
    });
    const comp = await open();
    expect(text(comp.querySelector(".voucher__state"))).toBe("凭证未通过审核，请重新上传");
    expect(text(comp.querySelector(".voucher__reason"))).toBe("驳回原因：金额与订单不符");
    expect(text(comp)).toContain("重新上传凭证");

    await update(comp, comp.instance.onSubmitVoucher());
    expect(wx.showToast).toHaveBeenLastCalledWith(expect.objectContaining({ title: "请上传付款凭证" }));
    await update(comp, comp.instance.onAddVoucherImage());
    expect(wx.chooseMedia.mock.calls[0][0]).toMatchObject({ count: 9 });
    comp.instance.onVoucherNote({ detail: { value: "工行 张三" } });
    await update(comp, comp.instance.onSubmitVoucher());
    expect(calls.find((c) => c.method === "POST" && c.path === "/payments/P1/vouchers").body).toEqual({ images: ["/media/uploads/v.jpg"], note: "工行 张三" });
    expect(text(comp.querySelector(".voucher__state"))).toBe("凭证已提交，等待平台确认收款");
    expect(text(comp)).not.toContain("提交付款凭证");
    expect(text(comp)).not.toContain("重新上传凭证");
  });

  test("[PAY-1] 货到付款 (chosen at checkout): the courier collects, nothing to pay here", async () => {
    installTradeWx({});
    serve({
      "GET /payment-methods": () => ({ items: [{ code: "cod", name: "货到付款" }, { code: "sandbox", name: "模拟支付" }] }),
      "GET /payments/P1": () => ({ payment_no: "P1", amount: 4280, status: "pending", provider: "cod" }),
    });
    const comp = await open();
    expect(text(comp.querySelector(".cod"))).toContain("请在收货时向快递员付款");
    expect(text(comp)).not.toContain("立即支付");
  });
});
