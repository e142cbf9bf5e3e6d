import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";

import { SCREENSHOTS, api, phonePage, productAndBrowser } from "./harness.mjs";

const SHOPPER = { phone: "13912340001", password: "Demo12345" };
const STAFF = { 1: "ziying", 2: "xianguo" }; // demo shop id → its admin's username (password Shop12345)

/** One product without specs, with stock for two units, from a demo merchant shop. */
async function oneProduct(base) {
  for (let id = 1; id < 400; id += 1) {
    const detail = await api(base, `/products/${id}`);
    const product = detail.json;
    if (detail.status === 200 && STAFF[product.shop.id] && product.specs.length === 0
        && product.skus[0]?.available && product.skus[0].stock > 5) return product;
  }
  throw new Error("the demo has no spec-less product with stock in a merchant shop");
}

async function until(what, check, seconds = 20) {
  const deadline = Date.now() + seconds * 1000;
  let last;
  while (Date.now() < deadline) {
    last = await check();
    if (last) return last;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The shop's admin signs in to admin_web, opens the request and approves it in full. */
async function merchantApproves(browser, base, username, requestNo, amount) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "zh-CN" });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${base}/admin/`);
  await page.locator("input").first().fill(username);
  await page.locator("input[type='password']").fill("Shop12345");
  await page.getByRole("button", { name: /登\s*录/ }).click();
  await page.waitForURL((url) => !url.pathname.includes("login"));
  await page.goto(`${base}/admin/aftersales`);
  await page.locator(`[data-test='aftersale-row'][data-request-no='${requestNo}']`).click();
  await page.locator("[data-test='aftersale-actions']").getByRole("button", { name: "同意", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "同意售后申请" });
  assert.equal(await dialog.locator("[data-test='aftersale-dialog-amount'] input").inputValue(), (amount / 100).toFixed(2));
  await dialog.getByRole("button", { name: "确认同意" }).click();
  await page.locator("[data-test='aftersale-status']", { hasText: /退款/ }).waitFor();
  await page.screenshot({ path: join(SCREENSHOTS, "admin-aftersales-approved.png"), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
}

describe("H5 after-sales in Chromium", () => {
  const env = productAndBrowser();

  it("[AS-1] [AS-3] buy two units, sandbox pay, ask a refund of one, the merchant approves, the refund shows on the order", async () => {
    const base = env.product.baseUrl;
    const login = await api(base, "/auth/login/password", { method: "POST", body: SHOPPER });
    assert.equal(login.status, 200, JSON.stringify(login.json));
    const token = login.json.token;
    const product = await oneProduct(base);
    const skuId = product.skus[0].id;

    // the cart holds two units of this product, the only line selected
    const added = await api(base, "/cart/lines", { token, method: "POST", body: { sku_id: skuId, quantity: 2, unit: 0 } });
    assert.equal(added.status, 201, JSON.stringify(added.json));
    const cart = (await api(base, "/cart", { token })).json;
    for (const shop of cart.shops) {
      for (const line of shop.lines) {
        const mine = line.sku_id === skuId;
        const body = mine ? { selected: true, quantity: 2 } : { selected: false };
        await api(base, `/cart/lines/${line.id}`, { token, method: "PATCH", body });
      }
    }

    const { page, errors } = await phonePage(env.browser);
    await page.addInitScript((value) => localStorage.setItem("h5.token", value), token);
    await page.goto(`${base}/h5/cart`);
    await page.locator(`[data-test='cart-line'][data-sku-id='${skuId}']`).waitFor();
    await page.locator("[data-test='cart-checkout']").click();
    await page.waitForURL(/\/h5\/checkout/);
    await page.locator("[data-test='checkout-address']").waitFor();
    await page.locator("[data-test='checkout-submit']").click();

    // 收银台: the sandbox wallet pays, the page waits for the notification and opens the order
    await page.waitForURL(/\/h5\/pay\//);
    await page.locator("[data-test='pay-method-sandbox']").waitFor();
    await page.locator("[data-test='pay-submit']").click();
    await page.locator("[data-test='pay-confirm']").click();
    await page.waitForURL(/\/h5\/order\/[^/]+$/, { timeout: 20_000 });
    const orderNo = decodeURIComponent(new URL(page.url()).pathname.split("/").pop());
    const paid = (await api(base, `/orders/${orderNo}`, { token })).json;
    assert.equal(paid.status, "pending_shipment");
    const line = paid.lines.find((l) => l.sku_id === skuId);
    assert.equal(line.quantity, 2);

    // 申请售后 on the line: one unit, 仅退款, the preview's maximum
    await page.locator("[data-test='order-line-apply']").first().click();
    await page.waitForURL(/\/aftersales\?line=/);
    await page.locator("[data-test='apply-max']").waitFor();
    const preview = (await api(base, "/aftersales/preview", { token, method: "POST",
      body: { order_no: orderNo, items: [{ line_id: line.id, quantity: 1 }] } })).json;
    await page.waitForFunction((text) => document.querySelector("[data-test='apply-max']")?.textContent.includes(text),
      (preview.max_amount / 100).toFixed(2));
    await page.locator("[data-test='apply-reason']").click();
    await page.locator(".van-action-sheet__item", { hasText: "不想要了" }).click();
    await page.locator("[data-test='apply-description'] textarea").fill("买多了一件");
    await page.screenshot({ path: join(SCREENSHOTS, "h5-aftersales-apply.png"), fullPage: true });
    await page.locator("[data-test='apply-submit']").click();
    await page.waitForURL(/\/h5\/aftersales\/A/);
    const requestNo = decodeURIComponent(new URL(page.url()).pathname.split("/").pop());
    await page.locator("[data-test='aftersales-status']").waitFor();
    assert.equal((await page.locator("[data-test='aftersales-status']").innerText()).trim(), "待商家处理");

    const mine = (await api(base, `/aftersales/${requestNo}`, { token })).json;
    assert.equal(mine.type, "refund_only");
    assert.deepEqual(mine.items.map((i) => [i.line_id, i.quantity]), [[line.id, 1]]);
    assert.equal(mine.amount, preview.max_amount);
    assert.ok(mine.amount < paid.amounts.payable, "a partial refund");

    // the merchant approves in admin_web's after-sales screen; with refund_needs_platform off the
    // approval sends the refund
    await merchantApproves(env.browser, base, STAFF[paid.shop_id], requestNo, mine.amount);

    const refunded = await until("the sandbox refund", async () => {
      const now = (await api(base, `/aftersales/${requestNo}`, { token })).json;
      return now.status === "refunded" ? now : null;
    });
    assert.equal(refunded.refunds.length, 1);
    assert.equal(refunded.refunds[0].amount, mine.amount);

    // the H5 order detail shows the refund: the request, the amount, the line's refunded unit
    await page.goto(`${base}/h5/order/${orderNo}`);
    await page.locator("[data-test='order-aftersales']").waitFor();
    assert.match(await page.locator("[data-test='order-aftersales-request']").innerText(), /退款成功/);
    assert.match(await page.locator("[data-test='order-refunded']").innerText(), new RegExp((mine.amount / 100).toFixed(2).replace(".", "\\.")));
    assert.equal((await page.locator("[data-test='order-line-aftersales']").innerText()).trim(), "已退款 1 件");
    assert.match(await page.locator("[data-test='order-refunds']").innerText(), /已退款/);
    // one unit is left to ask for
    assert.equal(await page.locator("[data-test='order-line-apply']").count(), 1);
    await page.screenshot({ path: join(SCREENSHOTS, "h5-order-refunded.png"), fullPage: true });

    await page.locator("[data-test='order-aftersales-request']").click();
    await page.waitForURL(/\/h5\/aftersales\/A/);
    await page.locator("[data-test='aftersales-refunds']").waitFor();
    assert.equal((await page.locator("[data-test='aftersales-status']").innerText()).trim(), "退款成功");
    assert.deepEqual(errors, []);
  });
});
