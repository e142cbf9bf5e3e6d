import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";

import { SCREENSHOTS, api, phonePage, productAndBrowser } from "./harness.mjs";

const SHOPPER = { phone: "13912340001", password: "Demo12345" };
const STAFF = { 1: "ziying", 2: "xianguo" }; // demo shop id → its admin's username (password Shop12345)

/** One product without specs, in stock, from each of the two demo merchants. */
async function twoProductsFromTwoShops(base) {
  const found = {};
  for (let id = 1; id < 400 && Object.keys(found).length < 2; id += 1) {
    const detail = await api(base, `/products/${id}`);
    const product = detail.json;
    if (detail.status === 200 && STAFF[product.shop.id] && !found[product.shop.id] && product.specs.length === 0
        && product.skus[0]?.available && product.skus[0].stock > 5) {
      found[product.shop.id] = product;
    }
  }
  assert.equal(Object.keys(found).length, 2, "the demo has no spec-less products in both merchant shops");
  return Object.values(found);
}

async function addToCart(page, base, product) {
  await page.goto(`${base}/h5/product/${product.id}`);
  await page.locator("[data-test='pdp-price']").waitFor();
  const badge = page.locator("[data-test='cart-badge']");
  const before = Number((await badge.count()) ? (await badge.first().innerText()).trim() || 0 : 0);
  await page.locator("[data-test='add-to-cart']").click();
  await page.locator("[data-test='sku-confirm']").click(); // the picker opens even for a single SKU
  await page.waitForFunction((n) => {
    const el = document.querySelector("[data-test='cart-badge']");
    return el && Number(el.textContent.trim()) > n;
  }, before);
}

async function adminPage(browser, base, username) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "zh-CN" });
  const admin = await context.newPage();
  const errors = [];
  admin.on("pageerror", (error) => errors.push(error.message));
  await admin.goto(`${base}/admin/`);
  await admin.locator("input").first().fill(username);
  await admin.locator("input[type='password']").fill("Shop12345");
  await admin.getByRole("button", { name: /登\s*录/ }).click();
  await admin.waitForURL((url) => !url.pathname.includes("login"));
  return { admin, errors, context };
}

describe("H5 buying journey with the back office in Chromium", () => {
  const env = productAndBrowser();

  it("[CART-1] [CO-8] [PAY-8] [ORD-5] [ORD-6] [ORD-7] two shops → checkout → sandbox pay → merchant ships → receipt → review", async () => {
    const base = env.product.baseUrl;
    const login = await api(base, "/auth/login/password", { method: "POST", body: SHOPPER });
    assert.equal(login.status, 200, JSON.stringify(login.json));
    const token = login.json.token;
    const products = await twoProductsFromTwoShops(base);

    const { page, errors } = await phonePage(env.browser);
    await page.addInitScript((value) => localStorage.setItem("h5.token", value), token);
    for (const product of products) await addToCart(page, base, product);

    await page.goto(`${base}/h5/cart`);
    await page.locator("[data-test='cart-line']").nth(1).waitFor();
    const cart = (await api(base, "/cart", { token })).json;
    const wanted = new Set(products.map((p) => p.skus[0].id));
    for (const shop of cart.shops) {
      for (const line of shop.lines) {
        if (line.selected !== wanted.has(line.sku_id)) {
          await api(base, `/cart/lines/${line.id}`, { token, method: "PATCH", body: { selected: wanted.has(line.sku_id) } });
        }
      }
    }
    await page.reload();
    await page.locator("[data-test='cart-line']").nth(1).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, "h5-cart.png"), fullPage: true });
    await page.locator("[data-test='cart-checkout']").click();

    await page.waitForURL(/\/h5\/checkout/);
    await page.locator("[data-test='checkout-address']").waitFor();
    const payable = (await page.locator("[data-test='checkout-payable']").innerText()).replace(/[^\d.]/g, "");
    await page.screenshot({ path: join(SCREENSHOTS, "h5-checkout.png"), fullPage: true });
    await page.locator("[data-test='checkout-submit']").click();

    await page.waitForURL(/\/h5\/pay\//);
    const paymentNo = decodeURIComponent(new URL(page.url()).pathname.split("/").pop());
    const payment = (await api(base, `/payments/${paymentNo}`, { token })).json;
    assert.equal(payment.orders.length, 2, "one order per shop under one payment");
    assert.equal((payment.amount / 100).toFixed(2), Number(payable).toFixed(2));
    await page.locator("[data-test='pay-submit']").click();
    await page.locator("[data-test='pay-confirm']").click();
    await page.waitForURL(/\/h5\/orders?(\/|\?|$)/, { timeout: 20_000 });
    for (const order of payment.orders) {
      const detail = (await api(base, `/orders/${order.order_no}`, { token })).json;
      assert.equal(detail.status, "pending_shipment", `${order.order_no} after paying`);
    }

    // the first shop's merchant ships its order in admin_web
    const shipped = payment.orders[0];
    const { admin, errors: adminErrors, context } = await adminPage(env.browser, base, STAFF[shipped.shop_id]);
    await admin.goto(`${base}/admin/orders`);
    const row = admin.locator(`[data-test='order-row'][data-order-no='${shipped.order_no}']`);
    await row.waitFor();
    await row.locator("[data-test='order-ship']").click();
    await admin.locator("[data-test='ship-carrier']").click();
    await admin.locator("[data-test='ship-carrier-SF']").click();
    await admin.locator("[data-test='ship-tracking']").fill("SF1234567894");
    await admin.locator("[data-test='ship-submit']").click();
    await admin.waitForFunction((no) => {
      const status = document.querySelector(`[data-test='order-row'][data-order-no='${no}'] [data-test='order-status']`);
      return status && status.textContent.includes("待收货");
    }, shipped.order_no);
    await admin.screenshot({ path: join(SCREENSHOTS, "admin-orders-shipped.png"), fullPage: true });
    await context.close();

    // the shopper follows the parcel, confirms receipt and reviews
    await page.goto(`${base}/h5/order/${shipped.order_no}`);
    await page.locator("[data-test='order-action-logistics']").click();
    await page.locator("[data-test='logistics-event']").first().waitFor();
    await page.goto(`${base}/h5/order/${shipped.order_no}`);
    await page.locator("[data-test='order-action-receive']").click();
    await page.locator(".van-dialog__confirm").click();
    await page.locator("[data-test='order-action-review']").waitFor();
    await page.locator("[data-test='order-action-review']").click();
    await page.waitForURL(/\/review$/);
    await page.locator("[data-test='review-star-5']").click();
    await page.locator("[data-test='review-content']").locator("xpath=descendant-or-self::textarea")
      .fill("包装很用心，物流也快，好评！");
    await page.locator("[data-test='review-submit']").click();
    await page.waitForURL((url) => !url.pathname.endsWith("/review"));

    const done = (await api(base, `/orders/${shipped.order_no}`, { token })).json;
    assert.equal(done.status, "completed");
    const reviews = (await api(base, `/products/${done.lines[0].product_id}/reviews`)).json.items;
    assert.ok(reviews.some((r) => r.content === "包装很用心，物流也快，好评！"), "the review shows on the product");
    const other = (await api(base, `/orders/${payment.orders[1].order_no}`, { token })).json;
    assert.equal(other.status, "pending_shipment", "the other shop's order is untouched");
    assert.deepEqual(errors, []);
    assert.deepEqual(adminErrors, []);
  });
});
