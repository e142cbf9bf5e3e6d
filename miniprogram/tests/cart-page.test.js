// 购物车 (docs/trade-api.md): CART-1 lines by shop, quantities, delete / clear, invalid lines, price
// notices, summary bar and badge; CART-2 selection and 结算; CART-4 移入收藏 and the guest cart
// (X-Device-Id, merge after sign-in).
const { installWx, flush } = require("./helpers/wx.js");
const { serve, openPage, update, signIn } = require("./helpers/catalog.js");
const { settle } = require("./helpers/sim.js");
const { installTradeWx, cart } = require("./helpers/trade.js");

const PAGE = "pages/cart/index";
const text = (node) => node.dom.textContent.replace(/\s+/g, " ").trim();

beforeEach(() => {
  installWx();
  installTradeWx();
  require("../miniprogram/core/api.js").resetClient();
});

function cartRoutes(state, extra) {
  // the extra routes first: the fake answers with the first matching route
  return Object.assign(
    {},
    extra || {},
    {
      "GET /cart": () => state.cart,
      "GET /cart/count": () => ({ count: state.cart.count }),
      "POST /cart/select": (req) => {
        state.cart = cart({ all_selected: req.body.ids === null && req.body.selected });
        return state.cart;
      },
      "PATCH /cart/lines/\\d+": () => state.cart,
      "DELETE /cart/lines/\\d+": () => state.cart,
      "POST /cart/lines/batch-delete": () => state.cart,
      "DELETE /cart": () => (state.cart = cart({ shops: [], invalid: [], count: 0, selected_count: 0 })),
    },
    extra || {}, // and their answers win
  );
}

describe("购物车", () => {
  test("[CART-1] a guest's cart: grouped by shop, invalid lines apart with their reason, price notices, 合计 / 结算(n), badge from /cart/count", async () => {
    const state = { cart: cart() };
    const calls = serve(cartRoutes(state));
    const comp = await openPage(PAGE, {});

    const shops = comp.querySelectorAll(".shop");
    expect(shops).toHaveLength(2);
    expect(text(shops[0])).toContain("优选生鲜");
    expect(text(shops[1])).toContain("自营");
    expect(text(shops[0])).toContain("商品2");
    expect(text(shops[1])).not.toContain("商品2");
    const lines = comp.querySelectorAll(".line");
    expect(text(lines[0])).toContain("商品1");
    expect(text(lines[0])).toContain("¥17.90");
    expect(text(lines[0])).toContain("比加入时降价 ¥2.00");
    expect(text(lines[2])).toContain("比加入时涨价 ¥5.00");
    expect(text(lines[1])).not.toContain("比加入时");

    const invalid = comp.querySelector(".invalid");
    expect(text(invalid)).toContain("失效商品 1 件");
    expect(text(invalid)).toContain("已售罄");
    expect(text(comp.querySelector(".bar"))).toContain("合计：¥88.80");
    expect(text(comp.querySelector(".bar"))).toContain("结算(3)");

    // guest: every cart call carries the same device id, generated once and kept in storage
    const device = wx.getStorageSync("cart_device_id");
    expect(device).toMatch(/^[0-9a-f-]{36}$/);
    const cartCalls = calls.filter((c) => c.path.startsWith("/cart"));
    expect(cartCalls.map((c) => c.path)).toEqual(["/cart", "/cart/count"]);
    cartCalls.forEach((c) => expect(c.headers["X-Device-Id"]).toBe(device));
    expect(wx.setTabBarBadge).toHaveBeenLastCalledWith(expect.objectContaining({ index: 2, text: "4" }));

    await comp.instance.load();
    expect(calls.filter((c) => c.path === "/cart").every((c) => c.headers["X-Device-Id"] === device)).toBe(true);
  });

  test("[CART-1] stepper PATCHes the quantity; delete, clear and 清空失效商品 send their requests; an error shows the API's message", async () => {
    const state = { cart: cart() };
    const calls = serve(
      cartRoutes(state, {
        "PATCH /cart/lines/2": () => ({ httpStatus: 409, data: { error: { code: "insufficient_stock", message: "库存不足，最多可买 10 件" } } }),
      }),
    );
    const comp = await openPage(PAGE, {});
    await update(comp, comp.instance.onQuantity({ currentTarget: { dataset: { id: 1 } }, detail: 3 }));
    expect(calls.find((c) => c.method === "PATCH")).toMatchObject({ path: "/cart/lines/1", body: { quantity: 3 } });

    await update(comp, comp.instance.onQuantity({ currentTarget: { dataset: { id: 2 } }, detail: 11 }));
    expect(wx.showToast).toHaveBeenLastCalledWith({ title: "库存不足，最多可买 10 件", icon: "none" });

    comp.querySelectorAll(".line__delete")[0].dispatchEvent("tap");
    await flush(100);
    expect(wx.showModal).toHaveBeenCalled();
    expect(calls.find((c) => c.method === "DELETE" && c.path === "/cart/lines/1")).toBeTruthy();

    comp.querySelector(".invalid__clear").dispatchEvent("tap");
    await flush(100);
    expect(calls.find((c) => c.path === "/cart/lines/batch-delete").body).toEqual({ ids: [9] });

    comp.querySelector(".clear").dispatchEvent("tap");
    await flush(100);
    settle(comp);
    expect(calls.find((c) => c.method === "DELETE" && c.path === "/cart")).toBeTruthy();
    expect(comp.instance.data.state).toBe("empty");
    expect(text(comp)).toContain("去逛逛");
    expect(wx.removeTabBarBadge).toHaveBeenCalledWith(expect.objectContaining({ index: 2 }));
  });

  test("[CART-1] declining the confirm deletes nothing; a failed load shows the error", async () => {
    installTradeWx({ confirm: false });
    const state = { cart: cart() };
    const calls = serve(cartRoutes(state));
    const comp = await openPage(PAGE, {});
    await comp.instance.onDeleteLine({ currentTarget: { dataset: { id: 1 } } });
    expect(calls.some((c) => c.method === "DELETE")).toBe(false);

    serve({ "GET /cart": () => ({ httpStatus: 503, data: {} }) });
    const broken = await openPage(PAGE, {});
    expect(broken.instance.data.state).toBe("error");
    expect(text(broken)).toContain("服务繁忙，请稍后再试");
  });

  test("[CART-2] line, shop and all check boxes POST /cart/select", async () => {
    const state = { cart: cart() };
    const calls = serve(cartRoutes(state));
    const comp = await openPage(PAGE, {});
    comp.querySelectorAll(".line-check")[0].dispatchEvent("tap"); // line 1 is selected → unselect
    await flush(100);
    comp.querySelectorAll(".shop-check")[0].dispatchEvent("tap"); // shop 3 not all selected → select both
    await flush(100);
    comp.querySelector(".bar__all").dispatchEvent("tap");
    await flush(100);
    expect(calls.filter((c) => c.path === "/cart/select").map((c) => c.body)).toEqual([
      { ids: [1], selected: false },
      { ids: [1, 2], selected: true },
      { ids: null, selected: true },
    ]);
    expect(comp.instance.data.cart.allSelected).toBe(true);
  });

  test("[CART-2] 结算(n) takes the selected lines to checkout (signed in only)", async () => {
    const state = { cart: cart() };
    serve(cartRoutes(state));
    const comp = await openPage(PAGE, {});
    comp.instance.onCheckout();
    expect(wx.showToast).toHaveBeenLastCalledWith({ title: "请先登录", icon: "none" });
    expect(wx.navigateTo).not.toHaveBeenCalled();

    signIn();
    comp.instance.onCheckout();
    expect(wx.navigateTo).toHaveBeenLastCalledWith(expect.objectContaining({ url: "/pages/checkout/index?from=cart" }));
    expect(wx.getStorageSync("checkout_draft")).toEqual({
      items: [{ sku_id: 101, quantity: 2, unit: 0 }, { sku_id: 103, quantity: 1, unit: 0 }],
      cart_line_ids: [1, 3],
    });
  });

  test("[CART-4] 移入收藏 moves the selected lines (signed in), and a guest cart is merged once after sign-in", async () => {
    const state = { cart: cart() };
    const calls = serve(
      cartRoutes(state, {
        "POST /cart/move-to-favourites": () => (state.cart = cart({ shops: [cart().shops[0]] })),
        "POST /cart/merge": () => state.cart,
      }),
    );
    // as a guest: something was added under the device id
    await require("../miniprogram/core/trade-api.js").cartApi.add(101, 1, 0).catch(() => null);
    const device = wx.getStorageSync("cart_device_id");
    const comp = await openPage(PAGE, {});
    comp.querySelector(".edit").dispatchEvent("tap");
    await flush(20);
    await comp.instance.onMoveToFavourites();
    expect(wx.showToast).toHaveBeenLastCalledWith({ title: "请先登录", icon: "none" });
    expect(calls.some((c) => c.path === "/cart/move-to-favourites")).toBe(false);

    signIn();
    await update(comp, comp.instance.load());
    const merges = calls.filter((c) => c.path === "/cart/merge");
    expect(merges).toHaveLength(1);
    expect(merges[0].body).toEqual({ device_id: device });
    expect(merges[0].headers.Authorization).toBe("Bearer consumer-token");

    await update(comp, comp.instance.onMoveToFavourites());
    expect(calls.find((c) => c.path === "/cart/move-to-favourites").body).toEqual({ ids: [1, 3] });
    expect(wx.showToast).toHaveBeenLastCalledWith({ title: "已移入收藏", icon: "none" });
    expect(comp.querySelectorAll(".shop")).toHaveLength(1);

    await update(comp, comp.instance.load());
    expect(calls.filter((c) => c.path === "/cart/merge")).toHaveLength(1);
    // signed in: no device header any more
    expect(calls.filter((c) => c.path === "/cart").pop().headers["X-Device-Id"]).toBeUndefined();
  });
});
