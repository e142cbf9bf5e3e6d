import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";

import { SCREENSHOTS, api, phonePage, productAndBrowser } from "./harness.mjs";

const SHOPPER = { phone: "13912340001", password: "Demo12345" };

async function signedInPage(env) {
  const login = await api(env.product.baseUrl, "/auth/login/password", { method: "POST", body: SHOPPER });
  assert.equal(login.status, 200, JSON.stringify(login.json));
  const { page, errors } = await phonePage(env.browser);
  await page.addInitScript((token) => localStorage.setItem("h5.token", token), login.json.token);
  return { page, errors, token: login.json.token };
}

async function pickEverySpec(page) {
  const groups = page.locator(".sku-picker__group[data-spec]");
  for (let i = 0; i < await groups.count(); i += 1) {
    await groups.nth(i).locator("[data-test='spec-chip'][aria-disabled='false']").first().click();
  }
}

describe("H5 catalogue journey in Chromium", () => {
  const env = productAndBrowser();

  it("[SEARCH-6] [PDP-2] [PDP-3] category → list → filter → detail → pick a SKU → favourite it", async () => {
    const { page, errors, token } = await signedInPage(env);
    const base = env.product.baseUrl;

    await page.goto(`${base}/h5/category`);
    await page.locator("[data-test='category-l1']", { hasText: "家居日用" }).click();
    await page.locator("[data-test='category-l3']", { hasText: "保温杯" }).click();
    await page.waitForURL(/\/h5\/category\/\d+/);
    const cards = page.locator("[data-test='listing-card']");
    await cards.first().waitFor();
    const before = await cards.count();

    await page.locator("[data-test='filter-button']").click();
    const material = page.locator("[data-test='filter-attr'][data-value='不锈钢']");
    await material.waitFor();
    const expected = Number((await material.innerText()).match(/\((\d+)\)/)[1]);
    await material.click();
    await page.locator("[data-test='filter-confirm']").click();
    await page.waitForFunction((n) => document.querySelectorAll("[data-test='listing-card']").length === n, expected);
    assert.ok(expected > 0 && expected <= before, `不锈钢 ${expected} of ${before}`);
    await page.screenshot({ path: join(SCREENSHOTS, "h5-listing-filtered.png"), fullPage: true });

    // a product with specs, so the picker has choices to make
    const ids = await cards.evaluateAll((els) => els.map((el) => el.getAttribute("data-product-id")));
    const details = await Promise.all(ids.map(async (id) => (await api(base, `/products/${id}`)).json));
    const index = details.findIndex((d) => d.specs.length > 0 && d.skus.some((sku) => sku.available));
    assert.ok(index >= 0, "no product with specs among the filtered cards");
    const [productId, detail] = [ids[index], details[index]];
    assert.ok(details.every((d) => d.attributes.some((a) => a.name === "材质" && a.value === "不锈钢")));
    await cards.nth(index).click();
    await page.waitForURL(new RegExp(`/h5/product/${productId}`));
    await page.locator("[data-test='pdp-price']").waitFor();

    await page.locator("[data-test='pdp-open-picker']").click();
    await pickEverySpec(page);
    const summary = await page.locator("[data-test='sku-summary']").innerText();
    assert.match(summary, /已选/);
    const chosen = detail.skus.find((sku) => sku.available && summary.includes(sku.spec_values.join(" ")))
      ?? detail.skus.find((sku) => sku.available);
    assert.match(await page.locator("[data-test='sku-price']").innerText(), new RegExp((chosen.price / 100).toFixed(2)));
    await page.locator("[data-test='sku-confirm']").click();
    await page.screenshot({ path: join(SCREENSHOTS, "h5-product-sku.png"), fullPage: true });

    await page.locator("[data-test='favourite-button']").click();
    await page.locator("[data-test='favourite-button'][aria-pressed='true']").waitFor();
    const favourites = await api(base, "/me/favourites", { token });
    assert.ok(favourites.json.items.some((item) => String(item.product_id) === productId && item.available),
      JSON.stringify(favourites.json.items.map((i) => i.product_id)));
    assert.deepEqual(errors, []);
  });
});
