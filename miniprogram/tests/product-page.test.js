// 商品详情: detail blocks, the SKU picker, favourite / share / service / shop, review summary,
// recommendations.
const { installWx, flush } = require("./helpers/wx.js");
const { serve, openPage, update, signIn, card, detail } = require("./helpers/catalog.js");

const PAGE = "pages/product/index";

beforeEach(() => {
  installWx();
  wx.previewImage = jest.fn();
  require("../miniprogram/core/api.js").resetClient();
});

function product(extra, more) {
  return serve(
    Object.assign(
      {
        "GET /products/1": () => detail(extra),
        "GET /products/1/recommendations": () => ({ items: [card(5), card(6)] }),
      },
      more || {},
    ),
  );
}
const text = (comp, sel) => comp.querySelector(sel).dom.textContent.replace(/\s+/g, " ").trim();
const chip = (comp, value) => comp.querySelectorAll(".option").find((n) => n.dom.getAttribute("data-value") === value);
async function tap(node) {
  node.dispatchEvent("tap");
  await flush(20);
}

describe("product page", () => {
  test("[PDP-1] video first, price range, original price, sales, freight, promises, params, safe description", async () => {
    product();
    const comp = await openPage(PAGE, { id: "1" });
    const slides = comp.instance.data.p.slides;
    expect(slides.map((s) => s.kind)).toEqual(["video", "image", "image"]);
    expect(slides[0].src).toBe("http://127.0.0.1:8000/media/v.mp4");
    expect(comp.querySelectorAll(".slide--video")).toHaveLength(1);
    expect(text(comp, ".big-price")).toBe("¥19.90 ~ ¥25.90"); // the sold-out 蓝 M is not in the range
    expect(text(comp, ".original")).toBe("¥29.90");
    expect(text(comp, ".info__sales")).toBe("已售120");
    expect(text(comp, ".info__title")).toContain("纯棉T恤");
    expect(text(comp, ".freight")).toBe("包邮");
    expect(text(comp, ".promises")).toContain("七天无理由退货");
    expect(comp.querySelectorAll(".param").map((n) => n.dom.textContent)).toEqual(["材质棉", "产地浙江", "面料纯棉"]);
    const html = JSON.stringify(comp.instance.data.nodes);
    expect(html).toContain("http://127.0.0.1:8000/media/d.jpg");
    expect(html).not.toContain("script");
  });

  test("[PDP-1] a flat freight shows the fee; a single price has no range", async () => {
    const one = [{ id: 21, spec_values: [], price: 990, original_price: 0, stock: 3, stock_state: "low", image: "", code: "", unit_prices: [990], available: true }];
    product({ freight: 800, specs: [], skus: one, units: [{ name: "个", factor: 1 }], video: "", original_price: 0, price: 990, price_max: 990 });
    const comp = await openPage(PAGE, { id: "1" });
    expect(text(comp, ".freight")).toBe("运费 ¥8.00");
    expect(text(comp, ".big-price")).toBe("¥9.90");
    expect(comp.querySelectorAll(".original")).toHaveLength(0);
    expect(comp.instance.data.p.slides.map((s) => s.kind)).toEqual(["image", "image"]);
    expect(comp.instance.data.picker.status).toBe("已选 默认，库存 3个");
  });

  test("[PDP-2] a sold-out combination cannot be chosen; a full choice shows the SKU's image, price and stock", async () => {
    product();
    const comp = await openPage(PAGE, { id: "1" });
    await tap(comp.querySelector(".goods-action-buy") || comp.querySelectorAll(".row")[0]);
    expect(comp.instance.data.pickerShow).toBe(true);
    expect(comp.instance.data.picker.status).toBe("请选择 颜色 尺码");

    await tap(chip(comp, "M"));
    expect(chip(comp, "蓝").dom.className).toContain("chip--disabled"); // 蓝 M has no stock
    await tap(chip(comp, "蓝"));
    expect(comp.instance.data.picker.specs[0].options.find((o) => o.value === "蓝").selected).toBe(false);

    await tap(chip(comp, "M")); // clear 尺码
    await tap(chip(comp, "蓝"));
    expect(chip(comp, "M").dom.className).toContain("chip--disabled");
    await tap(chip(comp, "L"));
    const picker = comp.instance.data.picker;
    expect(picker.image).toBe("http://127.0.0.1:8000/media/blue.jpg");
    expect(`${picker.yuan}.${picker.fen}`).toBe("25.90");
    expect(picker.status).toBe("已选 蓝 / L，库存 40件");
    expect(picker.maxQuantity).toBe(40);
    expect(text(comp, ".picker-status")).toBe("已选 蓝 / L，库存 40件");
  });

  test("[PDP-4] add to cart / buy now open the picker and confirm only a full SKU", async () => {
    product();
    const comp = await openPage(PAGE, { id: "1" });
    comp.instance.onOpenPicker({ currentTarget: { dataset: { mode: "cart" } } });
    comp.instance.onPickerConfirm();
    expect(wx.showToast).toHaveBeenLastCalledWith({ title: "请选择 颜色 尺码", icon: "none" });
    expect(comp.instance.data.pickerShow).toBe(true);
    comp.instance.onOption({ currentTarget: { dataset: { spec: 0, value: "红" } } });
    comp.instance.onOption({ currentTarget: { dataset: { spec: 1, value: "L" } } });
    comp.instance.onQuantity({ detail: 2 });
    comp.instance.onPickerConfirm();
    expect(wx.showToast).toHaveBeenLastCalledWith({ title: "已选择 红 / L，2件", icon: "none" });
    expect(comp.instance.data.pickerShow).toBe(false);
  });

  test("[B2B-1] with several units the picker offers them with per-unit prices and caps the quantity", async () => {
    product();
    const comp = await openPage(PAGE, { id: "1" });
    comp.instance.onOption({ currentTarget: { dataset: { spec: 0, value: "红" } } });
    comp.instance.onOption({ currentTarget: { dataset: { spec: 1, value: "M" } } }); // stock 25 pieces
    await flush(10);
    expect(comp.querySelectorAll(".unit").map((n) => n.dom.textContent.replace(/\s+/g, ""))).toEqual(["件¥19.90", "箱¥180.00"]);
    comp.instance.onQuantity({ detail: 30 });
    expect(comp.instance.data.picker.quantity).toBe(25);

    await tap(comp.querySelectorAll(".unit")[1]);
    const picker = comp.instance.data.picker;
    expect(`${picker.yuan}.${picker.fen}`).toBe("180.00");
    expect(picker.unitName).toBe("箱");
    expect(picker.maxQuantity).toBe(2); // 25 pieces make 2 boxes of 10
    expect(picker.quantity).toBe(2);
    expect(picker.status).toBe("已选 红 / M，库存 2箱");
    comp.instance.onPickerConfirm();
    expect(wx.showToast).toHaveBeenLastCalledWith({ title: "已选择 红 / M，2箱", icon: "none" });
  });

  test("[B2B-1] a product with one unit shows no unit selector", async () => {
    product({ units: [{ name: "件", factor: 1 }] });
    const comp = await openPage(PAGE, { id: "1" });
    expect(comp.instance.data.picker.units).toEqual([]);
    expect(comp.querySelectorAll(".units")).toHaveLength(0);
  });

  test("[PDP-3] favourite needs sign-in, then PUT / DELETE toggles it", async () => {
    const calls = product({}, {
      "PUT /me/favourites/1": () => ({ product_id: 1, created_at: "2026-11-25T00:00:00Z", available: true, card: card(1) }),
      "DELETE /me/favourites/1": () => undefined,
    });
    const comp = await openPage(PAGE, { id: "1" });
    await comp.instance.onFavourite();
    expect(wx.showToast).toHaveBeenLastCalledWith({ title: "请先登录", icon: "none" });
    expect(calls.some((c) => c.path.startsWith("/me/"))).toBe(false);

    signIn();
    await comp.instance.onFavourite();
    expect(comp.instance.data.favourited).toBe(true);
    await comp.instance.onFavourite();
    expect(comp.instance.data.favourited).toBe(false);
    expect(calls.filter((c) => c.path === "/me/favourites/1").map((c) => c.method)).toEqual(["PUT", "DELETE"]);
  });

  test("[PDP-3] [MSG-1] share payload, customer service of the shop with the product, go to shop", async () => {
    product();
    const comp = await openPage(PAGE, { id: "1" });
    expect(comp.instance.onShareAppMessage()).toEqual({
      title: "纯棉T恤 只要19.9",
      imageUrl: "http://127.0.0.1:8000/media/share.jpg",
      path: "/pages/product/index?id=1",
    });
    comp.instance.onService();
    expect(wx.navigateTo).toHaveBeenLastCalledWith(expect.objectContaining({ url: "/pages/chat/index?shop_id=2&product_id=1" }));
    await tap(comp.querySelector(".shop"));
    expect(wx.navigateTo).toHaveBeenLastCalledWith(expect.objectContaining({ url: "/pages/shop/index?id=2" }));
  });

  test("[PDP-1] [REV-1] review summary: good rate, tag chips with counts, the latest two; taps open the reviews", async () => {
    product();
    const comp = await openPage(PAGE, { id: "1" });
    expect(text(comp, ".good-rate")).toBe("好评率 92%");
    expect(comp.querySelectorAll(".review-tag").map((n) => n.dom.textContent)).toEqual(["很好看 5"]);
    expect(comp.querySelectorAll(".latest")).toHaveLength(2);
    await tap(comp.querySelector(".review-tag"));
    expect(wx.navigateTo).toHaveBeenLastCalledWith(expect.objectContaining({ url: "/pages/reviews/index?product_id=1&tag=" + encodeURIComponent("很好看") }));
    await tap(comp.querySelectorAll(".latest")[1]);
    expect(wx.navigateTo).toHaveBeenLastCalledWith(expect.objectContaining({ url: "/pages/review/index?id=2" }));
  });

  test("[PDP-5] recommended products are drawn below the detail", async () => {
    const calls = product();
    const comp = await openPage(PAGE, { id: "1" });
    expect(calls.find((c) => c.path === "/products/1/recommendations").query.limit).toBe("10");
    expect(Array.from(comp.dom.querySelectorAll("[data-product-id]")).map((n) => n.getAttribute("data-product-id"))).toEqual(["5", "6"]);
  });

  test("a product that is not on sale shows the error", async () => {
    serve({ "GET /products/1": () => ({ httpStatus: 404, data: { error: { code: "product_not_found", message: "商品不存在或已下架" } } }) });
    const comp = await openPage(PAGE, { id: "1" });
    expect(comp.instance.data.state).toBe("error");
    expect(comp.dom.textContent).toContain("商品不存在或已下架");
  });
});
