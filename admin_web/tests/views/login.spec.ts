import { flushPromises, mount } from "@vue/test-utils";
import ElementPlus from "element-plus";
import { createPinia, setActivePinia } from "pinia";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createMemoryHistory } from "vue-router";

import { configureClient } from "@/api/client";
import { createAppRouter } from "@/router";
import { useAuthStore } from "@/stores/auth";
import LoginView from "@/views/auth/login/index.vue";

import { errorEnvelope, jsonResponse, makeStaff, mockFetch } from "../helpers";

const notify = vi.fn();

async function mountLogin(path = "/login") {
  const router = createAppRouter(createMemoryHistory());
  await router.push(path);
  const wrapper = mount(LoginView, { global: { plugins: [ElementPlus, router] }, attachTo: document.body });
  return { wrapper, router };
}

async function fillAndSubmit(wrapper: Awaited<ReturnType<typeof mountLogin>>["wrapper"], username: string, password: string) {
  await wrapper.get("input[name=username]").setValue(username);
  await wrapper.get("input[name=password]").setValue(password);
  await wrapper.get("form").trigger("submit");
  await flushPromises();
  await vi.waitFor(() => expect(wrapper.get("[data-test=submit]").classes()).not.toContain("is-loading"));
}

beforeEach(() => {
  localStorage.clear();
  setActivePinia(createPinia());
  notify.mockReset();
  configureClient({ getToken: () => useAuthStore().token, onUnauthorized: () => {}, notify });
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = "";
});

describe("login page", () => {
  it("[PLT-12] shows the server's field errors from a 422 beside the fields", async () => {
    mockFetch(() =>
      jsonResponse(
        422,
        errorEnvelope("validation_failed", "invalid", {
          username: "用户名只能包含字母和数字",
          password: "密码至少 8 位",
        }),
      ),
    );
    const { wrapper } = await mountLogin();

    await fillAndSubmit(wrapper, "ops!", "short");

    // Element Plus shows a form item's error after a 100 ms debounce.
    await vi.waitFor(() => {
      const errors = wrapper.findAll(".el-form-item__error").map((node) => node.text());
      expect(errors).toEqual(["用户名只能包含字母和数字", "密码至少 8 位"]);
    });
    expect(wrapper.find("[data-test=form-error]").exists()).toBe(false);
    expect(notify).not.toHaveBeenCalled();
  });

  it("[PLT-12] shows the same field error again after a second failed submit", async () => {
    mockFetch(() => jsonResponse(422, errorEnvelope("validation_failed", "invalid", { username: "账号已停用" })));
    const { wrapper } = await mountLogin();
    const usernameError = () => wrapper.find(".el-form-item__error");

    await fillAndSubmit(wrapper, "ops", "secret-123");
    await vi.waitFor(() => expect(usernameError().text()).toBe("账号已停用"));
    await fillAndSubmit(wrapper, "ops", "secret-456");
    await vi.waitFor(() => expect(usernameError().exists()).toBe(true));
    expect(usernameError().text()).toBe("账号已停用");
  });

  it("[PLT-12] shows a wrong password above the form and stays signed out", async () => {
    mockFetch(() => jsonResponse(401, errorEnvelope("invalid_credentials", "bad credentials")));
    const { wrapper, router } = await mountLogin();

    await fillAndSubmit(wrapper, "ops", "wrong-password");

    expect(wrapper.get("[data-test=form-error]").text()).toContain("用户名或密码错误");
    expect(router.currentRoute.value.name).toBe("login");
    expect(useAuthStore().token).toBeNull();
  });

  it("[PLT-12] checks required fields before calling the server", async () => {
    const fetchMock = mockFetch(() => jsonResponse(500, {}));
    const { wrapper } = await mountLogin();

    await wrapper.get("form").trigger("submit");
    await flushPromises();

    await vi.waitFor(() => {
      expect(wrapper.text()).toContain("请输入用户名");
      expect(wrapper.text()).toContain("请输入密码");
    });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("[PLT-12] signs in and returns to the page asked for", async () => {
    mockFetch(() =>
      jsonResponse(200, {
        token: "tok-1",
        expires_at: "2999-01-01T00:00:00Z",
        staff: makeStaff(["customers:view"]),
      }),
    );
    const { wrapper, router } = await mountLogin("/login?redirect=/platform/customers");

    await fillAndSubmit(wrapper, "ops", "secret-123");

    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe("platform-customers"));
    expect(useAuthStore().token).toBe("tok-1");
  });
});
