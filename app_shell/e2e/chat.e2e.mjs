import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";

import { SCREENSHOTS, api, phonePage, productAndBrowser } from "./harness.mjs";

const SHOPPER = { phone: "13912340001", password: "Demo12345" };
const AGENTS = ["kefu1", "kefu2"]; // backend/demo.py: the self-operated shop's two agents (password Kefu12345)

/** The shopper's page records its chat sockets and can refuse new ones (a network cut). */
function recordSockets() {
  const Native = window.WebSocket;
  const chat = { sockets: [], blocked: false };
  window.__chat = chat;
  function Recorded(url, protocols) {
    if (chat.blocked) throw new Error("network cut by the test");
    const ws = protocols ? new Native(url, protocols) : new Native(url);
    chat.sockets.push(ws);
    return ws;
  }
  Recorded.prototype = Native.prototype;
  Object.assign(Recorded, { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 });
  window.WebSocket = Recorded;
}

async function staffLogin(base, username) {
  const login = await api(base, "/staff/auth/login", { method: "POST", body: { username, password: "Kefu12345" } });
  assert.equal(login.status, 200, JSON.stringify(login.json));
  // With the console's status endpoint (docs/chat-api.md) a hand-over needs the agent online.
  await api(base, "/admin/chat/status", { method: "PUT", token: login.json.token, body: { status: "online" } });
  return login.json;
}

async function consolePage(browser, base, username) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "zh-CN" });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${base}/admin/`);
  await page.locator("input").first().fill(username);
  await page.locator("input[type='password']").fill("Kefu12345");
  await page.getByRole("button", { name: /登\s*录/ }).click();
  await page.waitForURL((url) => !url.pathname.includes("login"));
  await page.goto(`${base}/admin/chat`);
  await page.locator("[data-test='chat-tab-waiting']").waitFor();
  return { page, errors, context };
}

/** An Element Plus input carries data-test on the native element (or around it). */
const field = (page, test) => page.locator(`textarea[data-test='${test}'], input[data-test='${test}'], [data-test='${test}'] textarea, [data-test='${test}'] input`).first();

async function reply(page, text) {
  await field(page, "chat-input").fill(text);
  await page.locator("[data-test='chat-send']").click();
  await page.locator("[data-test='chat-message'][data-sender='staff']", { hasText: text }).locator("xpath=self::*[@data-message-id!='']").waitFor();
}

async function shopperSees(page, text) {
  await page.locator("[data-test='chat-list']", { hasText: text }).waitFor({ timeout: 15_000 });
}

describe("customer-service chat: H5 shopper and admin_web agents in Chromium", () => {
  const env = productAndBrowser();

  it("[MSG-1] product card → queue → accept → reply → transfer → the shopper reconnects and has the whole history", async () => {
    const base = env.product.baseUrl;
    const login = await api(base, "/auth/login/password", { method: "POST", body: SHOPPER });
    assert.equal(login.status, 200, JSON.stringify(login.json));
    const [kefu1, kefu2] = [await staffLogin(base, AGENTS[0]), await staffLogin(base, AGENTS[1])];
    const shopId = kefu1.staff.shop.id;
    assert.equal(kefu2.staff.shop.id, shopId, "both demo agents serve the same shop");

    let product = null;
    for (let id = 1; id < 400 && !product; id += 1) {
      const detail = await api(base, `/products/${id}`);
      if (detail.status === 200 && detail.json.shop.id === shopId) product = detail.json;
    }
    assert.ok(product, "the demo has a product of the agents' shop");

    // the shopper asks about a product from its detail page
    const { page, errors } = await phonePage(env.browser);
    await page.addInitScript((value) => localStorage.setItem("h5.token", value), login.json.token);
    await page.addInitScript(recordSockets);
    await page.goto(`${base}/h5/product/${product.id}`);
    await page.locator("[data-test='pdp-price']").waitFor();
    await page.locator("[data-test='pdp-customer-service']").click();
    await page.waitForURL(/\/h5\/chat\/\d+/);
    const conversationId = Number(new URL(page.url()).pathname.split("/").pop());
    await page.locator("[data-test='chat-offer']").waitFor();
    assert.match(await page.locator("[data-test='chat-offer']").innerText(), new RegExp(product.title.slice(0, 6)));
    await page.locator("[data-test='chat-offer-send']").click();
    const card = page.locator("[data-test='chat-message'][data-kind='product_card']");
    await card.locator("xpath=self::*[@data-message-id!='']").waitFor();
    assert.match(await card.innerText(), new RegExp(product.title.slice(0, 6)));
    const question = "你好，请问今天下单什么时候发货？<b>急</b>";
    await page.locator("[data-test='chat-input'] textarea").fill(question);
    await page.locator("[data-test='chat-send']").click();
    const asked = page.locator("[data-test='chat-message'][data-mine='true']", { hasText: "什么时候发货" });
    await asked.locator("xpath=self::*[@data-message-id!='']").waitFor();
    assert.equal(await asked.locator("[data-test='chat-text']").innerText(), question, "text is shown as typed, not as HTML");
    await page.screenshot({ path: join(SCREENSHOTS, "h5-chat-asked.png"), fullPage: true });

    // kefu1 finds it in the queue, accepts and replies
    const agent1 = await consolePage(env.browser, base, AGENTS[0]);
    const queued = agent1.page.locator(`[data-test='chat-row'][data-list='waiting'][data-conversation-id='${conversationId}']`);
    await queued.waitFor();
    assert.match(await queued.innerText(), /什么时候发货/);
    await queued.click();
    await agent1.page.locator("[data-test='chat-product-card']").waitFor();
    await agent1.page.locator("[data-test='chat-accept']").click();
    await agent1.page.locator(`[data-test='chat-row'][data-list='mine'][data-conversation-id='${conversationId}']`).waitFor();
    await reply(agent1.page, "您好，今天16点前下单当天发货");
    await shopperSees(page, "今天16点前下单当天发货");
    await shopperSees(page, "客服已接入");
    await page.locator("[data-test='chat-read']", { hasText: "已读" }).first().waitFor(); // kefu1 opened it
    await agent1.page.screenshot({ path: join(SCREENSHOTS, "admin-chat-console.png"), fullPage: true });

    // the shopper's network drops (and stays down) while kefu1 hands over to kefu2, who answers
    await page.evaluate(() => {
      window.__chat.blocked = true;
      window.__chat.sockets[window.__chat.sockets.length - 1].close();
    });
    await page.locator("[data-test='chat-banner']", { hasText: "连接已断开" }).waitFor();

    await agent1.page.locator("[data-test='chat-transfer']").click();
    const listed = agent1.page.locator(`[data-test='transfer-agent'][data-agent-id='${kefu2.staff.id}']`);
    const byId = agent1.page.locator("[data-test='transfer-agent-id']");
    await listed.or(byId).first().waitFor();
    if (await listed.count()) await listed.click(); // the online agents' list (chat backend's console)
    else await field(agent1.page, "transfer-agent-id").fill(String(kefu2.staff.id)); // before it is merged
    await agent1.page.locator("[data-test='transfer-submit']").click();
    await agent1.page.locator("[data-test='chat-hint']", { hasText: "其他客服" }).waitFor();
    await agent1.page.locator(`[data-test='chat-row'][data-list='mine'][data-conversation-id='${conversationId}']`)
      .waitFor({ state: "detached", timeout: 5_000 }); // no longer mine

    const agent2 = await consolePage(env.browser, base, AGENTS[1]);
    await agent2.page.locator("[data-test='chat-tab-mine']").click();
    const handed = agent2.page.locator(`[data-test='chat-row'][data-list='mine'][data-conversation-id='${conversationId}']`);
    await handed.waitFor();
    await handed.click();
    await agent2.page.locator("[data-test='chat-list']", { hasText: "今天16点前下单当天发货" }).waitFor();
    await reply(agent2.page, "我是客服小丽，已为您备注加急");

    // back online: the page resumes from its last message and shows what it missed, in order
    assert.equal(await page.locator("[data-test='chat-list']", { hasText: "加急" }).count(), 0);
    await page.evaluate(() => {
      window.__chat.blocked = false;
    });
    await page.locator("[data-test='chat-reconnect']").click();
    await shopperSees(page, "已为您转接其他客服");
    await shopperSees(page, "我是客服小丽，已为您备注加急");
    await page.locator("[data-test='chat-banner']").waitFor({ state: "detached" });

    const expected = [
      product.title.slice(0, 6), "什么时候发货", "客服已接入", "今天16点前下单当天发货", "已为您转接其他客服", "已为您备注加急",
    ];
    const order = async () => {
      const shown = await page.locator("[data-test='chat-message'], [data-test='chat-system']").allInnerTexts();
      return expected.map((text) => shown.findIndex((line) => line.includes(text)));
    };
    const resumed = await order();
    assert.ok(resumed.every((i, n) => i >= 0 && (n === 0 || i > resumed[n - 1])), `order after resume: ${resumed}`);

    // and a reload (a new socket, history from the server) shows the same conversation
    await page.reload();
    await shopperSees(page, "已为您备注加急");
    const reloaded = await order();
    assert.ok(reloaded.every((i, n) => i >= 0 && (n === 0 || i > reloaded[n - 1])), `order after reload: ${reloaded}`);
    const stored = await api(base, `/chat/conversations/${conversationId}/messages?limit=100`, { token: login.json.token });
    assert.equal(await page.locator("[data-test='chat-message'], [data-test='chat-system']").count(), stored.json.items.length,
      "every stored message once");
    await page.screenshot({ path: join(SCREENSHOTS, "h5-chat-resumed.png"), fullPage: true });

    const mine = await api(base, "/admin/chat/conversations?mine=true", { token: kefu2.token });
    assert.ok(mine.json.items.some((c) => c.id === conversationId && c.agent_id === kefu2.staff.id));
    assert.deepEqual(errors, []);
    assert.deepEqual(agent1.errors, []);
    assert.deepEqual(agent2.errors, []);
    await agent1.context.close();
    await agent2.context.close();
  });
});
