import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";

import { SCREENSHOTS, api, phonePage, productAndBrowser } from "./harness.mjs";

const sectionIds = (page) =>
  page.locator("[data-testid^='canvas-section-']").evaluateAll((els) =>
    els.map((el) => el.getAttribute("data-testid").replace("canvas-section-", "")));

async function dropFromPalette(page, type) {
  const before = await sectionIds(page);
  await page.getByTestId(`palette-${type}`).dragTo(page.getByTestId("canvas"));
  const added = (await sectionIds(page)).filter((id) => !before.includes(id));
  assert.equal(added.length, 1, `dropping ${type} should add one section`);
  await page.getByTestId(`canvas-section-${added[0]}`).click();
  return added[0];
}

describe("decorating a shop home in admin_web", () => {
  const env = productAndBrowser();

  it("[SDUI-2] a merchant drags a banner and a product grid onto the shop home, publishes, and H5 shows them", async () => {
    const shopId = 2; // 鲜果坊 in the demo
    const picks = (await api(env.product.baseUrl, `/shops/${shopId}/page?channel=h5`)).json.sections.picks.data.items;
    const chosen = picks.slice(0, 3).map((item) => item.id).reverse();

    const context = await env.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "zh-CN" });
    const admin = await context.newPage();
    const errors = [];
    admin.on("pageerror", (error) => errors.push(error.message));
    await admin.goto(`${env.product.baseUrl}/admin/`);
    await admin.locator("input").first().fill("xianguo");
    await admin.locator("input[type='password']").fill("Shop12345");
    await admin.getByRole("button", { name: /登\s*录/ }).click();
    await admin.waitForURL((url) => !url.pathname.includes("login"));

    await admin.goto(`${env.product.baseUrl}/admin/decoration/pages`);
    await admin.getByTestId("btn-edit-home").click();
    await admin.getByTestId("canvas").waitFor();

    const banner = await dropFromPalette(admin, "banner");
    await admin.getByTestId("field-slides.0.image").fill("/media/demo/banner-fresh.png");

    const grid = await dropFromPalette(admin, "product_grid");
    await admin.getByTestId("source-kind").click();
    await admin.locator(".el-select-dropdown__item:visible", { hasText: "指定商品" }).click();
    await admin.getByTestId("source-ids").fill(chosen.join(","));
    await admin.getByTestId("source-ids").blur();

    const saved = admin.waitForResponse((r) => r.url().includes("/draft") && r.request().method() === "PUT");
    await admin.getByTestId("btn-save").click();
    assert.equal((await saved).status(), 200);
    const published = admin.waitForResponse((r) => r.url().endsWith("/publish"));
    await admin.getByTestId("btn-publish").click();
    const confirm = admin.locator(".el-message-box__btns .el-button--primary");
    if (await confirm.isVisible({ timeout: 1000 }).catch(() => false)) await confirm.click();
    assert.equal((await published).status(), 200);
    await admin.screenshot({ path: join(SCREENSHOTS, "admin-decorator.png") });
    assert.deepEqual(errors, []);

    const { page: shopper, errors: shopperErrors } = await phonePage(env.browser);
    await shopper.goto(`${env.product.baseUrl}/h5/shop/${shopId}`);
    const drawnGrid = shopper.locator(`[data-section-id='${grid}']`);
    await drawnGrid.locator("[data-product-id]").first().waitFor();
    assert.ok(await shopper.locator(`[data-section-id='${banner}']`).isVisible());
    const shown = await drawnGrid.locator("[data-product-id]").evaluateAll((els) =>
      els.map((el) => Number(el.getAttribute("data-product-id"))));
    assert.deepEqual(shown, chosen);
    await drawnGrid.scrollIntoViewIfNeeded();
    await shopper.screenshot({ path: join(SCREENSHOTS, "h5-decorated-shop-home.png"), fullPage: true });
    assert.deepEqual(shopperErrors, []);
  });
});
