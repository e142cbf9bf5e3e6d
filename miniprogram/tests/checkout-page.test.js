// 确认订单 (docs/trade-api.md): CO-1 preview of the items, CO-2 address, CO-5 delivery / payment /
// remarks, CO-6 invoice, CO-7 submit with one Idempotency-Key per visit. Plus the address pages.
const { installWx, flush } = require("./helpers/wx.js");
const { serve, openPage, update, signIn } = require("./helpers/catalog.js");
const { installTradeWx, preview, address } = require("./helpers/trade.js");

const PAGE = "pages/checkout/index";
const text = (node) => node.dom.textContent.replace(/\s+/g, " ").trim();
const SUBMITTED = { payment: { payment_no: "P20261125001", amount: 4280 }, orders: [{ order_no: "O20261125001", shop_id: 3, payable: 4280, status: "pending_payment" }] };

beforeEach(() => {
  installWx();
  installTradeWx();
  require("../miniprogram/core/api.js").resetClient();
  signIn();
});

function routes(extra) {
  return serve(Object.assign({ "POST /checkout/preview": () => preview(), "POST /checkout/submit": () => ({ httpStatus: 201, data: SUBMITTED }) }, extra || {}));
}
const BUY_NOW = { sku_id: "12", quantity: "2", unit: "0" };

describe("确认订单", () => {
  test("[CO-1] 立即购买: previews the one SKU and shows address, lines, freight, discounts and 实付款", async () => {
    const calls = routes();
    const comp = await openPage(PAGE, BUY_NOW);
    expect(calls[0]).toMatchObject({ method: "POST", path: "/checkout/preview", body: { items: [{ sku_id: 12, quantity: 2, unit: 0 }], delivery: "express", use_points: 0 } });
    expect(calls[0].body.address_id).toBeUndefined();
    expect(text(comp.querySelector(".address"))).toContain("张三13800138000默认");
    expect(text(comp.querySelector(".address"))).toContain("浙江省 杭州市 西湖区 文三路 1 号");
    const shop = text(comp.querySelector(".shop"));
    expect(shop).toContain("优选生鲜");
    expect(shop).toContain("纯棉T恤");
    expect(shop).toContain("x2");
    expect(shop).toContain("¥8.00");
    const amounts = comp.querySelectorAll(".amount").map(text);
    expect(amounts).toEqual(["商品金额¥39.80", "运费+¥8.00", "满减-¥5.00"]);
    expect(text(comp.querySelector(".bar"))).toContain("实付款：¥42.80");
  });

  test("[CO-1] from the cart: the stored selection is previewed and its line ids go with the order; errors show the message", async () => {
    wx.setStorageSync("checkout_draft", { items: [{ sku_id: 101, quantity: 2, unit: 0 }, { sku_id: 103, quantity: 1, unit: 0 }], cart_line_ids: [1, 3] });
    const calls = routes();
    const comp = await openPage(PAGE, { from: "cart" });
    expect(calls[0].body.items).toEqual([{ sku_id: 101, quantity: 2, unit: 0 }, { sku_id: 103, quantity: 1, unit: 0 }]);
    await update(comp, comp.instance.onSubmit());
    expect(calls.find((c) => c.path === "/checkout/submit").body.cart_line_ids).toEqual([1, 3]);

    routes({ "POST /checkout/preview": () => ({ httpStatus: 409, data: { error: { code: "items_unavailable", message: "部分商品已下架" } } }) });
    const broken = await openPage(PAGE, BUY_NOW);
    expect(broken.instance.data.state).toBe("error");
    expect(text(broken)).toContain("部分商品已下架");
  });

  test("[CO-2] without an address: 请添加收货地址, submit refused; a chosen / new address is previewed with address_id", async () => {
    let current = null;
    const calls = routes({ "POST /checkout/preview": (req) => preview({ address: req.body.address_id ? address(req.body.address_id, { name: "李四" }) : current }) });
    const comp = await openPage(PAGE, BUY_NOW);
    expect(text(comp.querySelector(".address--none"))).toContain("请添加收货地址");
    await comp.instance.onSubmit();
    expect(wx.showToast).toHaveBeenLastCalledWith({ title: "请先添加收货地址", icon: "none" });
    expect(calls.some((c) => c.path === "/checkout/submit")).toBe(false);
    comp.querySelector(".address--none").dispatchEvent("tap");
    await flush(10);
    expect(wx.navigateTo).toHaveBeenLastCalledWith(expect.objectContaining({ url: "/pages/address-edit/index?select=1" }));

    // back from the address page with address 2 chosen
    wx.setStorageSync("checkout_address_id", 2);
    await update(comp, comp.instance.onShow());
    expect(calls[calls.length - 1].body.address_id).toBe(2);
    expect(text(comp.querySelector(".address"))).toContain("李四");
    expect(wx.getStorageSync("checkout_address_id")).toBe("");
    comp.querySelector(".address").dispatchEvent("tap");
    await flush(10);
    expect(wx.navigateTo).toHaveBeenLastCalledWith(expect.objectContaining({ url: "/pages/address-list/index?select=1&current=2" }));
  });

  test("[CO-5] delivery methods (a disabled one is refused), payment method and per-shop remarks reach the order", async () => {
    const calls = routes();
    const comp = await openPage(PAGE, BUY_NOW);
    const delivery = comp.querySelectorAll(".delivery");
    expect(delivery.map(text)).toEqual(["快递配送", "到店自提"]);
    expect(delivery[1].dom.className).toContain("chip--disabled");
    delivery[1].dispatchEvent("tap");
    await flush(20);
    expect(wx.showToast).toHaveBeenLastCalledWith({ title: "暂不支持该配送方式", icon: "none" });
    expect(calls.filter((c) => c.path === "/checkout/preview")).toHaveLength(1);
    expect(comp.querySelectorAll(".payment").map(text)).toEqual(["模拟支付"]);
    expect(comp.querySelector(".payment").dom.className).toContain("chip--active");

    comp.instance.onRemark({ currentTarget: { dataset: { shop: 3 } }, detail: { value: "放门口" } });
    await update(comp, comp.instance.onSubmit());
    const body = calls.find((c) => c.path === "/checkout/submit").body;
    expect(body).toMatchObject({ delivery: "express", payment_method: "sandbox", remarks: { 3: "放门口" }, address_id: 1, invoice: null, use_points: 0, expected_payable: 4280 });
  });

  test("[CO-6] the invoice form: a company title needs a tax number, a VAT invoice its bank details; a valid one is sent", async () => {
    const calls = routes();
    const comp = await openPage(PAGE, BUY_NOW);
    comp.querySelector(".invoice .row").dispatchEvent("tap");
    await flush(10);
    expect(text(comp.querySelector(".invoice"))).toContain("开具发票");
    const choose = (field, value) => comp.instance.onInvoiceChoice({ currentTarget: { dataset: { field, value } } });
    const input = (field, value) => comp.instance.onInvoiceInput({ currentTarget: { dataset: { field } }, detail: { value } });

    await comp.instance.onSubmit();
    expect(wx.showToast).toHaveBeenLastCalledWith({ title: "请填写发票抬头", icon: "none" });
    choose("title_type", "company");
    input("title", "杭州某某科技有限公司");
    await comp.instance.onSubmit();
    expect(wx.showToast).toHaveBeenLastCalledWith({ title: "请填写纳税人识别号", icon: "none" });
    choose("kind", "vat_special");
    input("tax_number", "91330100MA2XXXXXX1");
    await comp.instance.onSubmit();
    expect(wx.showToast).toHaveBeenLastCalledWith({ title: "请填写完整的专票信息（地址、电话、开户行、账号）", icon: "none" });
    expect(calls.some((c) => c.path === "/checkout/submit")).toBe(false);

    input("vat.address", "杭州市文三路 1 号");
    input("vat.phone", "0571-88888888");
    input("vat.bank", "工商银行杭州分行");
    input("vat.account", "1202000000000000");
    input("email", "a@b.cn");
    await update(comp, comp.instance.onSubmit());
    expect(calls.find((c) => c.path === "/checkout/submit").body.invoice).toEqual({
      kind: "vat_special", title_type: "company", title: "杭州某某科技有限公司", tax_number: "91330100MA2XXXXXX1", content: "detail", email: "a@b.cn",
      vat: { address: "杭州市文三路 1 号", phone: "0571-88888888", bank: "工商银行杭州分行", account: "1202000000000000" }, mailing_address: null,
    });
  });

  test("[CO-7] 提交订单 sends one Idempotency-Key per visit (a retry reuses it) and opens the cashier; price_changed re-previews", async () => {
    let fail = true;
    const calls = routes({
      "POST /checkout/submit": () => {
        if (fail) {
          fail = false;
          return { httpStatus: 409, data: { error: { code: "price_changed", message: "商品价格有变动，请确认后再提交" } } };
        }
        return { httpStatus: 201, data: SUBMITTED };
      },
    });
    const comp = await openPage(PAGE, BUY_NOW);
    await update(comp, comp.instance.onSubmit());
    expect(wx.showToast).toHaveBeenLastCalledWith({ title: "商品价格有变动，请确认后再提交", icon: "none" });
    expect(calls.filter((c) => c.path === "/checkout/preview")).toHaveLength(2);
    expect(wx.redirectTo).not.toHaveBeenCalled();

    await update(comp, comp.instance.onSubmit());
    const submits = calls.filter((c) => c.path === "/checkout/submit");
    expect(submits).toHaveLength(2);
    const key = submits[0].headers["Idempotency-Key"];
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(submits[1].headers["Idempotency-Key"]).toBe(key);
    expect(submits[1].body).toMatchObject({ items: [{ sku_id: 12, quantity: 2, unit: 0 }], address_id: 1, attachments: [], cart_line_ids: [] });
    expect(wx.redirectTo).toHaveBeenLastCalledWith(expect.objectContaining({ url: "/pages/pay/index?payment_no=P20261125001&amount=4280&order_no=O20261125001" }));

    // a new visit: a new key
    const again = await openPage(PAGE, BUY_NOW);
    await update(again, again.instance.onSubmit());
    expect(calls.filter((c) => c.path === "/checkout/submit").pop().headers["Idempotency-Key"]).not.toBe(key);
  });

  test("[CO-2] address list: default first, a tap chooses it for checkout; 导入微信地址 creates one from wx.chooseAddress", async () => {
    wx.chooseAddress = jest.fn((o) => o.success({ userName: "王五", telNumber: "13900139000", provinceName: "上海市", cityName: "上海市", countyName: "浦东新区", detailInfo: "世纪大道 100 号", postalCode: "200120" }));
    const calls = serve({
      "GET /me/addresses": () => ({ items: [address(2, { name: "李四" }), address(1)] }),
      "POST /me/addresses": (req) => ({ httpStatus: 201, data: address(5, req.body) }),
    });
    const comp = await openPage("pages/address-list/index", { select: "1" });
    const items = comp.querySelectorAll(".address");
    expect(text(items[0])).toContain("张三");
    expect(text(items[0])).toContain("默认");
    comp.querySelectorAll(".address__main")[1].dispatchEvent("tap");
    await flush(10);
    expect(wx.getStorageSync("checkout_address_id")).toBe(2);
    expect(wx.navigateBack).toHaveBeenCalled();

    await comp.instance.onWechat();
    expect(calls.find((c) => c.method === "POST").body).toEqual({
      name: "王五", phone: "13900139000", province: "上海市", city: "上海市", district: "浦东新区", detail: "世纪大道 100 号", postal_code: "200120", tag: "", is_default: false,
    });
    expect(wx.getStorageSync("checkout_address_id")).toBe(5);
  });

  test("[CO-2] address form: checks before sending, then POST /me/addresses and chooses it for checkout", async () => {
    const calls = serve({ "POST /me/addresses": (req) => ({ httpStatus: 201, data: address(8, req.body) }) });
    const comp = await openPage("pages/address-edit/index", { select: "1" });
    const input = (field, value) => comp.instance.onInput({ currentTarget: { dataset: { field } }, detail: { value } });
    input("name", "赵六");
    input("phone", "12345");
    await comp.instance.onSave();
    expect(wx.showToast).toHaveBeenLastCalledWith({ title: "请填写正确的手机号码", icon: "none" });
    input("phone", "13700137000");
    await comp.instance.onSave();
    expect(wx.showToast).toHaveBeenLastCalledWith({ title: "请选择所在地区", icon: "none" });
    comp.instance.onRegion({ detail: { value: ["广东省", "深圳市", "南山区"] } });
    input("detail", "科技园 8 号");
    await flush(10);
    expect(text(comp.querySelector(".region"))).toBe("广东省 深圳市 南山区");
    expect(calls).toHaveLength(0);
    await comp.instance.onSave();
    expect(calls[0].body).toEqual({ name: "赵六", phone: "13700137000", province: "广东省", city: "深圳市", district: "南山区", detail: "科技园 8 号", postal_code: "", tag: "", is_default: false });
    expect(wx.getStorageSync("checkout_address_id")).toBe(8);
    expect(wx.navigateBack).toHaveBeenCalled();
  });
});
