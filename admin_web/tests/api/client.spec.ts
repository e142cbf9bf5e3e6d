import { createPinia, setActivePinia } from "pinia";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createMemoryHistory } from "vue-router";

import { ApiError, buildUrl, configureClient, http } from "@/api/client";
import { createAppRouter } from "@/router";
import { setupApiClient } from "@/setup";
import { useAuthStore } from "@/stores/auth";

import { errorEnvelope, jsonResponse, makeStaff, mockFetch } from "../helpers";

const notify = vi.fn();

beforeEach(() => {
  localStorage.clear();
  setActivePinia(createPinia());
  notify.mockReset();
  configureClient({ getToken: () => null, onUnauthorized: () => {}, notify });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("API client", () => {
  it("[PLT-12] turns the error envelope into an ApiError with status, code, message and fields", async () => {
    mockFetch(() =>
      jsonResponse(
        422,
        errorEnvelope("validation_failed", "invalid input", { contact_phone: "手机号格式不正确" }),
      ),
    );

    const error = await http.post("/admin/shops", { name: "x" }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 422,
      code: "validation_failed",
      message: "提交的内容有误，请检查后重试",
      fields: { contact_phone: "手机号格式不正确" },
    });
  });

  it("[PLT-12] shows the server message for a code it has no copy for", async () => {
    mockFetch(() => jsonResponse(409, errorEnvelope("coupon_exhausted", "优惠券已领完")));

    await expect(http.get("/admin/coupons")).rejects.toMatchObject({
      code: "coupon_exhausted",
      message: "优惠券已领完",
    });
    expect(notify).toHaveBeenCalledWith("优惠券已领完");
  });

  it("[PLT-12] copes with an error body that is not the envelope", async () => {
    mockFetch(() => new Response("<html>Bad Gateway</html>", { status: 502 }));

    await expect(http.get("/staff/me")).rejects.toMatchObject({
      status: 502,
      code: "http_502",
      message: "服务器繁忙，请稍后重试",
      fields: {},
    });
  });

  it("[PLT-12] reports a network failure as network_error", async () => {
    vi.stubGlobal("fetch", vi.fn(() => Promise.reject(new TypeError("Failed to fetch"))));

    await expect(http.get("/staff/me")).rejects.toMatchObject({ status: 0, code: "network_error" });
    expect(notify).toHaveBeenCalledWith("网络异常，请检查网络后重试");
  });

  it("[PLT-12] shows the error toast unless the caller opts out", async () => {
    mockFetch(() => jsonResponse(429, errorEnvelope("rate_limited", "too many requests")));

    await http.get("/admin/shops").catch(() => {});
    expect(notify).toHaveBeenCalledExactlyOnceWith("操作过于频繁，请稍后再试");

    notify.mockReset();
    await http.get("/admin/shops", { silent: true }).catch(() => {});
    expect(notify).not.toHaveBeenCalled();
  });

  it("[PLT-12] sends the bearer token, JSON body and query under /api/v1", async () => {
    configureClient({ getToken: () => "tok-1" });
    const fetchMock = mockFetch(() => jsonResponse(200, { items: [], total: 0, page: 1, page_size: 20 }));

    await http.get("/admin/shops", { query: { kind: "merchant", keyword: "", page: 2 } });
    await http.post("/admin/shops", { name: "鲜果坊" });

    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe("/api/v1/admin/shops?kind=merchant&page=2");
    expect((init.headers as Record<string, string>).Authorization).toBe("Bearer tok-1");
    const [, postInit] = fetchMock.mock.calls[1]!;
    expect(postInit.method).toBe("POST");
    expect(postInit.body).toBe(JSON.stringify({ name: "鲜果坊" }));
    expect((postInit.headers as Record<string, string>)["Content-Type"]).toBe("application/json");
  });

  it("[PLT-12] answers undefined for 204 No Content", async () => {
    mockFetch(() => new Response(null, { status: 204 }));
    await expect(http.post("/staff/auth/logout")).resolves.toBeUndefined();
  });

  it("[PLT-12] leaves empty filters out of the query string", () => {
    expect(buildUrl("/admin/customers", { keyword: "", status: undefined, page: 1 })).toBe(
      "/api/v1/admin/customers?page=1",
    );
  });
});

describe("API client on 401", () => {
  async function signedInApp() {
    const router = createAppRouter(createMemoryHistory());
    setupApiClient(router);
    const auth = useAuthStore();
    auth.setSession("tok-1", "2999-01-01T00:00:00Z", makeStaff(["shops:view"]));
    await router.push("/platform/shops");
    return { router, auth };
  }

  it("[PLT-12] ends the session and goes to login when the token is refused", async () => {
    mockFetch(() => jsonResponse(200, { items: [], total: 0, page: 1, page_size: 20 }));
    const { router, auth } = await signedInApp();
    expect(router.currentRoute.value.fullPath).toBe("/platform/shops");

    mockFetch(() => jsonResponse(401, errorEnvelope("token_invalid", "token expired")));
    await expect(http.get("/admin/shops")).rejects.toMatchObject({ status: 401, code: "token_invalid" });
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe("login"));

    expect(auth.token).toBeNull();
    expect(auth.staff).toBeNull();
    expect(localStorage.getItem("admin_web.token")).toBeNull();
    expect(router.currentRoute.value.query.redirect).toBe("/platform/shops");
  });

  it("[PLT-12] tells the user once when several requests fail with the same dead token", async () => {
    const { router } = await signedInApp();
    mockFetch(() => jsonResponse(401, errorEnvelope("token_invalid", "token expired")));

    await Promise.allSettled([http.get("/admin/shops"), http.get("/admin/customers"), http.get("/staff/me")]);
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe("login"));

    expect(notify).toHaveBeenCalledExactlyOnceWith("登录已失效，请重新登录");
  });

  it("[PLT-12] does not end a session on a 401 from a request sent without a token (wrong password)", async () => {
    const onUnauthorized = vi.fn();
    configureClient({ getToken: () => "tok-1", onUnauthorized });
    mockFetch(() => jsonResponse(401, errorEnvelope("invalid_credentials", "bad password")));

    await expect(
      http.post("/staff/auth/login", { username: "a", password: "b" }, { auth: false }),
    ).rejects.toMatchObject({ code: "invalid_credentials", message: "用户名或密码错误" });
    expect(onUnauthorized).not.toHaveBeenCalled();
  });
});
