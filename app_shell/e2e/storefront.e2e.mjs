import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";

import { SCREENSHOTS, api, phonePage, productAndBrowser } from "./harness.mjs";

describe("H5 storefront in Chromium", () => {
  const env = productAndBrowser();

  it("[SDUI-4] the demo platform home renders every published section with real products", async () => {
    const { page, errors } = await phonePage(env.browser);
    const published = await api(env.product.baseUrl, "/pages/home?channel=h5");
    await page.goto(`${env.product.baseUrl}/h5/`);
    await page.locator("[data-section-type='product_grid'] [data-product-id]").first().waitFor();
    const close = page.locator(".van-popup .van-popup__close-icon, [data-testid='popup-close']").first();
    if (await close.isVisible().catch(() => false)) await close.click();
    const drawn = await page.locator("[data-section-id]").evaluateAll((els) =>
      els.map((el) => el.getAttribute("data-section-id")));
    assert.deepEqual(drawn.filter((id) => published.json.order.includes(id)), published.json.order
      .filter((id) => drawn.includes(id)));
    assert.ok(drawn.length >= published.json.order.length - 1, `drew ${drawn.join(",")}`);
    const firstCard = page.locator("[data-section-id='hot-goods'] [data-product-id]").first();
    assert.match(await firstCard.innerText(), /¥\s*\d+/);
    await page.screenshot({ path: join(SCREENSHOTS, "h5-platform-home.png"), fullPage: true });
    assert.deepEqual(errors, []);
  });

  it("[SDUI-5] each merchant's shop home shows only that shop's products", async () => {
    const { page, errors } = await phonePage(env.browser);
    const shops = (await api(env.product.baseUrl, "/pages/home?channel=h5")).json;
    assert.ok(shops.order.length > 0);
    await page.goto(`${env.product.baseUrl}/h5/shop/2`);
    await page.locator("[data-section-type='shop_card']").first().waitFor();
    assert.match(await page.locator("[data-section-type='shop_card']").first().innerText(), /鲜果坊/);
    const served = (await api(env.product.baseUrl, "/shops/2/page?channel=h5")).json;
    const ids = served.sections.picks.data.items.map((item) => String(item.id));
    const shown = await page.locator("[data-section-id='picks'] [data-product-id]").evaluateAll((els) =>
      els.map((el) => el.getAttribute("data-product-id")));
    assert.deepEqual(shown, ids);
    await page.screenshot({ path: join(SCREENSHOTS, "h5-shop-home.png"), fullPage: true });
    assert.deepEqual(errors, []);
  });
});
