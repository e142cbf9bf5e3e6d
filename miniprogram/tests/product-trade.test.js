// 商品详情 → trade (PDP-4): 加入购物车 POSTs /cart/lines (a guest by X-Device-Id) and updates the
// cart badge; 立即购买 opens checkout with the chosen SKU, unit and quantity.
const { installWx, flush } = require("./helpers/wx.js");
const { serve, openPage, signIn, card, detail } = require("./helpers/catalog.js");
const { installTradeWx } = require("./helpers/trade.js");

const PAGE = "pages/product/index";

beforeEach(() => {
  installWx();
  installTradeWx();
  require("../miniprogram/core/api.js").resetClient();
});

function product(more) {
  return serve(
    Object.assign(
      {
        "GET /products/1": () => detail(),
        "GET /products/1/recommendations": () => ({ items: [card(5)] }),
      },
      more || {},
    ),
  );
}

function choose(comp, color, size) {
  comp.instance.onOption({ currentTarget: { dataset: { spec: 0, value: color } } });
  comp.instance.onOption({ currentTarget: { dataset: { spec: 1, value: size } } });
}

describe("商品详情 → 购物车 / 立即购买", () => {
  test("[PDP-4] 加入购物车 sends the chosen SKU, quantity and unit; the badge shows the new count", async () => {
    const calls = product({ "POST /cart/lines": () => ({ httpStatus: 201, data: { line: { id: 7 }, count: 6 } }) });
    const comp = await openPage(PAGE, { id: "1" });
    comp.instance.onOpenPicker({ currentTarget: { dataset: { mode: "cart" } } });
    await flush(10);
    expect(comp.querySelector(".picker").dom.textContent).toContain("加入购物车");
    choose(comp, "红", "L");
    comp.instance.onQuantity({ detail: 2 });
    await comp.instance.onPickerConfirm();
    await flush(20);

    const post = calls.find((c) => c.method === "POST" && c.path === "/cart/lines");
    expect(post.body).toEqual({ sku_id: 12, quantity: 2, unit: 0 });
    expect(post.headers["X-Device-Id"]).toBe(wx.getStorageSync("cart_device_id"));
    expect(wx.showToast).toHaveBeenLastCalledWith({ title: "已加入购物车", icon: "success" });
    expect(wx.setTabBarBadge).toHaveBeenLastCalledWith(expect.objectContaining({ index: 2, text: "6" }));
    expect(comp.instance.data.pickerShow).toBe(false);
  });

  test("[PDP-4] a refused add shows the API's message; an incomplete choice sends nothing", async () => {
    const calls = product({ "POST /cart/lines": () => ({ httpStatus: 409, data: { error: { code: "insufficient_stock", message: "库存不足" } } }) });
    const comp = await openPage(PAGE, { id: "1" });
    comp.instance.onOpenPicker({ currentTarget: { dataset: { mode: "cart" } } });
    await comp.instance.onPickerConfirm();
    expect(calls.some((c) => c.path === "/cart/lines")).toBe(false);
    choose(comp, "蓝", "L");
    await comp.instance.onPickerConfirm();
    await flush(20);
    expect(calls.filter((c) => c.path === "/cart/lines")).toHaveLength(1);
    expect(wx.showToast).toHaveBeenLastCalledWith({ title: "库存不足", icon: "none" });
  });

  test("[PDP-4] 立即购买 needs sign-in, then opens checkout with sku, quantity and unit", async () => {
    const calls = product();
    const comp = await openPage(PAGE, { id: "1" });
    comp.instance.onOpenPicker({ currentTarget: { dataset: { mode: "buy" } } });
    choose(comp, "蓝", "L");
    await comp.instance.onUnit({ currentTarget: { dataset: { index: 1 } } });
    await comp.instance.onPickerConfirm();
    expect(wx.showToast).toHaveBeenLastCalledWith({ title: "请先登录", icon: "none" });
    expect(wx.navigateTo).not.toHaveBeenCalled();

    signIn();
    await comp.instance.onPickerConfirm();
    expect(wx.navigateTo).toHaveBeenLastCalledWith(expect.objectContaining({ url: "/pages/checkout/index?sku_id=14&quantity=1&unit=1" }));
    expect(calls.some((c) => c.path.startsWith("/cart"))).toBe(false);
  });
});
