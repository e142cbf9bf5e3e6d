// Browser tests against the real product: a fresh demo database, the Sanic service serving the
// built admin_web and app_shell, and Debian's Chromium driven through playwright-core.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { after, before } from "node:test";

import { chromium } from "playwright-core";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const SCREENSHOTS = join(ROOT, "test-results", "screenshots");
const PYTHON = join(ROOT, ".venv", "bin", "python");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
// STACK.md: without the background-networking flags Chromium floods the closed network.
// Playwright adds --headless and a fresh --user-data-dir of its own for every launch.
const CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
    server.on("error", fail);
  });
}

async function waitUntilUp(url, seconds = 60) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`server at ${url} did not come up`);
}

/** Start the product with demo data; returns {baseUrl, stop}. */
export async function startProduct() {
  for (const dist of ["admin_web/dist/index.html", "app_shell/dist/index.html"]) {
    if (!existsSync(join(ROOT, dist))) throw new Error(`${dist} is missing: build the front ends first`);
  }
  const folder = mkdtempSync(join(tmpdir(), "shop-e2e-"));
  const port = await freePort();
  const env = {
    ...process.env,
    DATABASE_URL: `sqlite://${join(folder, "e2e.db")}`,
    STORAGE_LOCAL_DIR: join(folder, "media"),
    PORT: String(port),
    WORKERS: "1",
    SANIC_GRACEFUL_SHUTDOWN_TIMEOUT: "1",
    PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
    ADMIN_DIST: join(ROOT, "admin_web", "dist"),
    H5_DIST: join(ROOT, "app_shell", "dist"),
  };
  const demo = spawnSync(PYTHON, ["-m", "backend", "demo"], { cwd: ROOT, env, encoding: "utf8" });
  if (demo.status !== 0) throw new Error(`demo data failed to load:\n${demo.stderr}`);
  const server = spawn(PYTHON, ["-m", "backend"], { cwd: ROOT, env, stdio: "ignore" });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilUp(`${baseUrl}/healthz`);
  return {
    baseUrl,
    stop: () => new Promise((done) => {
      if (server.exitCode !== null) return done();
      const force = setTimeout(() => server.kill("SIGKILL"), 20_000);
      server.once("exit", () => {
        clearTimeout(force);
        done();
      });
      server.kill("SIGTERM");
    }),
  };
}

export async function launchBrowser() {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
}

/** A phone-sized page (iPhone 12/13 CSS size) that fails the test on any page error. */
export async function phonePage(browser) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2,
    locale: "zh-CN", isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  return { page, errors };
}

export async function api(baseUrl, path, { token, method = "GET", body } = {}) {
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: response.status === 204 ? null : await response.json() };
}

/** For a test file: the product and a browser, started before its tests and stopped after. */
export function productAndBrowser() {
  const env = {};
  before(async () => {
    env.product = await startProduct();
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    await env.product?.stop();
  });
  return env;
}
