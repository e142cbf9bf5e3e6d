// 消息中心 in a real browser against the real product (MEM-7, MSG-3): a sandbox payment writes
// 支付成功 for the shopper and 新订单 for the shop; the shopper's 我的 tab shows the red dot, the
// message centre lists 支付成功 and opening it clears the dot; the merchant's bell lists 新订单.
import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";

import { SCREENSHOTS, api, phonePage, productAndBrowser } from "./harness.mjs";

const SHOPPER = { phone: "13912340001", password: "Demo12345" };
const STAFF = { 1: "ziying", 2: "xianguo" }; // demo shop id → its admin's username (password Shop12345)

async function oneProduct(base) {
  for (let id = 1; id < 400; id += 1) {
    const detail = await api(base, `/products/${id}`);
    const p = detail.json;
    if (detail.status === 200 && STAFF[p.shop.id] && p.specs.length === 0 && p.skus[0]?.available && p.skus[0].stock > 5) return p;
  }
  throw new Error("the demo has no spec-less product in a merchant shop");
}

describe("消息中心 after paying, in Chromium", () => {
  const env = productAndBrowser();

  it("[MEM-7] [MSG-3] after a sandbox payment 我的 shows the red dot, the centre lists 支付成功, opening it clears the dot; the shop's bell lists 新订单", async () => {
    const base = env.product.baseUrl;
    const login = await api(base, "/auth/login/password", { method: "POST", body: SHOPPER });
    assert.equal(login.status, 200, JSON.stringify(login.json));
    const token = login.json.token;
    // start from a clean centre: whatever the demo left is read
    await api(base, "/me/notifications/read-all", { token, method: "POST", body: {} });
    const product = await oneProduct(base);

    const { page, errors } = await phonePage(env.browser);
    await page.addInitScript((value) => localStorage.setItem("h5.token", value), token);

    await page.goto(`${base}/h5/me`);
    await page.locator("[data-test='me-messages']").waitFor();
    assert.equal(await page.locator("[data-test='me-messages-unread']").count(), 0, "no unread notices before paying");

    // buy the one product: cart (only it selected) → checkout → sandbox pay
    await page.goto(`${base}/h5/product/${product.id}`);
    await page.locator("[data-test='pdp-price']").waitFor();
    await page.locator("[data-test='add-to-cart']").click();
    await page.locator("[data-test='sku-confirm']").click();
    await page.locator("[data-test='cart-badge']").waitFor();
    const cart = (await api(base, "/cart", { token })).json;
    for (const shop of cart.shops) {
      for (const line of shop.lines) {
        const wanted = line.sku_id === product.skus[0].id;
        if (line.selected !== wanted) await api(base, `/cart/lines/${line.id}`, { token, method: "PATCH", body: { selected: wanted } });
      }
    }
    await page.goto(`${base}/h5/cart`);
    await page.locator("[data-test='cart-line']").first().waitFor();
    await page.locator("[data-test='cart-checkout']").click();
    await page.waitForURL(/\/h5\/checkout/);
    await page.locator("[data-test='checkout-address']").waitFor();
    await page.locator("[data-test='checkout-submit']").click();
    await page.waitForURL(/\/h5\/pay\//);
    const paymentNo = decodeURIComponent(new URL(page.url()).pathname.split("/").pop());
    const payment = (await api(base, `/payments/${paymentNo}`, { token })).json;
    await page.locator("[data-test='pay-submit']").click();
    await page.locator("[data-test='pay-confirm']").click();
    await page.waitForURL(/\/h5\/orders?(\/|\?|$)/, { timeout: 20_000 });

    // 我的: the tab's red dot and 消息中心's count
    await page.goto(`${base}/h5/me`);
    await page.locator("[data-test='tab-chat-dot']").waitFor({ timeout: 10_000 });
    await page.locator("[data-test='me-messages-unread']").waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, "h5-me-unread.png"), fullPage: true });

    // the centre lists 支付成功, unread; opening it marks it read and opens the order
    await page.locator("[data-test='me-messages']").click();
    await page.waitForURL(/\/h5\/me\/messages/);
    const paid = page.locator("[data-test='message-item'][data-read='false']", { hasText: "支付成功" });
    await paid.first().waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, "h5-messages.png"), fullPage: true });
    await paid.first().click();
    await page.waitForURL((url) => url.pathname.includes("/order"));

    // back on 我的: no dot, no count
    await page.goto(`${base}/h5/me`);
    await page.locator("[data-test='me-messages']").waitFor();
    await page.waitForFunction(() => !document.querySelector("[data-test='tab-chat-dot']"));
    assert.equal(await page.locator("[data-test='me-messages-unread']").count(), 0);
    const badge = (await api(base, "/me/notifications/badge", { token })).json;
    assert.equal(badge.total, 0);

    // the merchant's bell: 新订单 for the order
    const order = payment.orders[0];
    const context = await env.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "zh-CN" });
    const admin = await context.newPage();
    const adminErrors = [];
    admin.on("pageerror", (error) => adminErrors.push(error.message));
    await admin.goto(`${base}/admin/`);
    await admin.locator("input").first().fill(STAFF[order.shop_id]);
    await admin.locator("input[type='password']").fill("Shop12345");
    await admin.getByRole("button", { name: /登\s*录/ }).click();
    await admin.waitForURL((url) => !url.pathname.includes("login"));
    await admin.waitForFunction(() => /条未读/.test(document.querySelector("[data-test='notice-bell']")?.getAttribute("aria-label") ?? ""));
    await admin.locator("[data-test='notice-bell']").click();
    const notice = admin.locator("[data-test='notice-item']", { hasText: order.order_no });
    await notice.first().waitFor();
    assert.match(await notice.first().innerText(), /新订单/);
    await admin.waitForTimeout(400); // the popover's fade-in, for the screenshot only
    await admin.screenshot({ path: join(SCREENSHOTS, "admin-notice-bell.png") });
    await notice.first().click();
    await admin.waitForURL((url) => url.pathname.endsWith(`/orders/${order.order_no}`));
    await context.close();

    assert.deepEqual(errors, []);
    assert.deepEqual(adminErrors, []);
  });
});
