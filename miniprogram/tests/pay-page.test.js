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
