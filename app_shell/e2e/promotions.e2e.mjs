import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";

import { SCREENSHOTS, api, phonePage, productAndBrowser } from "./harness.mjs";

const SHOPPER = { phone: "13912340001", password: "Demo12345" };

/** A spec-less demo product in stock that carries marks and has a coupon the shopper can claim and use on one unit. */
async function markedProductWithCoupon(base, token) {
  for (let id = 1; id < 400; id += 1) {
    const detail = await api(base, `/products/${id}`);
    const product = detail.json;
    if (detail.status !== 200 || product.specs.length || !product.skus[0]?.available || product.skus[0].stock < 3) continue;
    if (!product.marks.some((mark) => mark.kind !== "coupon")) continue;
    const claimable = (await api(base, `/coupons/claimable?product_id=${id}`, { token })).json.items;
    const template = claimable.find((t) => t.can_claim && t.remaining > 0 && t.threshold <= product.skus[0].price
      && t.shop_id === product.shop.id);
    if (template) return { product, template };
  }
  throw new Error("the demo has no marked product with a shop coupon usable on one unit");
}

describe("Promotions in the H5 shell in Chromium", () => {
  const env = productAndBrowser();

  it("[SEARCH-7] [CO-3] marks on the detail → claim the shop's coupon → checkout pre-selects it → paid as previewed", async () => {
    const base = env.product.baseUrl;
    const login = await api(base, "/auth/login/password", { method: "POST", body: SHOPPER });
    assert.equal(login.status, 200, JSON.stringify(login.json));
    const token = login.json.token;
    const { product, template } = await markedProductWithCoupon(base, token);

    const { page, errors } = await phonePage(env.browser);
    await page.addInitScript((value) => localStorage.setItem("h5.token", value), token);
    await page.goto(`${base}/h5/product/${product.id}`);
    await page.locator("[data-test='pdp-price']").waitFor();
    const activity = product.marks.find((mark) => mark.kind !== "coupon");
    await page.locator("[data-test='mark']", { hasText: activity.text }).first().waitFor();

    await page.locator("[data-test='pdp-coupons']").click();
    const ticket = page.locator(`[data-test='coupon-popup'] [data-test='coupon-ticket'][data-coupon-id='${template.id}']`);
    await ticket.locator("[data-test='coupon-claim']").click();
    await page.waitForFunction(async ([b, t, id]) => {
      const r = await fetch(`${b}/api/v1/me/coupons?status=unused`, { headers: { Authorization: `Bearer ${t}` } });
      return (await r.json()).items.some((c) => c.template_id === id);
    }, [base, token, template.id]);
    await page.screenshot({ path: join(SCREENSHOTS, "h5-pdp-coupons.png"), fullPage: true });
    const held = (await api(base, "/me/coupons?status=unused", { token })).json.items.find((c) => c.template_id === template.id);
    await page.keyboard.press("Escape");

    await page.goto(`${base}/h5/product/${product.id}`);
    await page.locator("[data-test='buy-now']").click();
    await page.locator("[data-test='sku-confirm']").click();
    await page.waitForURL(/\/h5\/checkout/);
    await page.locator("[data-test='checkout-address']").waitFor();
    await page.locator("[data-test='checkout-coupons']").waitFor();
    const body = { items: [{ sku_id: product.skus[0].id, quantity: 1, unit: 0 }], coupon_ids: [held.id] };
    const preview = (await api(base, "/checkout/preview", { token, method: "POST", body })).json;
    assert.ok(preview.coupons.usable.some((c) => c.id === held.id && c.best), "the claimed coupon is the best one");
    const expected = (preview.amounts.payable / 100).toFixed(2);
    await page.waitForFunction((text) => {
      const el = document.querySelector("[data-test='checkout-payable']");
      return el && el.textContent.replace(/[^\d.]/g, "") === text;
    }, expected);
    const couponRow = page.locator("[data-test='checkout-discount']", { hasText: "优惠券" });
    await couponRow.waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, "h5-checkout-coupon.png"), fullPage: true });
    await page.locator("[data-test='checkout-submit']").click();

    await page.waitForURL(/\/h5\/pay\//);
    const paymentNo = decodeURIComponent(new URL(page.url()).pathname.split("/").pop());
    const payment = (await api(base, `/payments/${paymentNo}`, { token })).json;
    assert.equal(payment.amount, preview.amounts.payable, "charged what the preview said, coupon included");
    const used = (await api(base, "/me/coupons?status=used", { token })).json.items;
    assert.ok(used.some((c) => c.id === held.id && c.order_nos.includes(payment.orders[0].order_no)), "the coupon is used on the order");
    assert.deepEqual(errors, []);
  });
});
