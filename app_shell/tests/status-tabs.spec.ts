import { flushPromises, mount } from "@vue/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";
import { defineComponent, h } from "vue";
import { createMemoryHistory, createRouter } from "vue-router";

import type { Page } from "@/api/catalog";
import { setToken } from "@/core/api";
import { useStatusTabs, type StatusTabsOptions } from "@/core/status-tabs";

const answer = (items: string[]): Page<string> => ({ items, total: items.length, page: 1, page_size: 20 });

/** Mounts a bare view using useStatusTabs at `url` (its path `/list`); gives the composable's answer. */
async function mountAt(url: string, options: Partial<StatusTabsOptions<string, string>> = {}) {
  const fetchPage = vi.fn((status: string, page: number) => Promise.resolve(answer([`${status || "all"}-${page}`])));
  let tabs!: ReturnType<typeof useStatusTabs<string>>;
  const View = defineComponent({
    setup() {
      tabs = useStatusTabs<string>({ path: "/list", title: "列表", fallback: "", fetchPage, ...options });
      return () => h("div");
    },
  });
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: "/list", component: View }] });
  await router.push(url);
  await router.isReady();
  mount({ render: () => h(View) }, { global: { plugins: [router] } });
  await flushPromises();
  return { tabs, fetchPage, router };
}

afterEach(() => setToken(null));

describe("useStatusTabs", () => {
  it("opens on the URL's status, sets the title and loads the first page for a signed-in shopper", async () => {
    setToken("buyer");
    const { tabs, fetchPage } = await mountAt("/list?status=open");
    expect(tabs.status.value).toBe("open");
    expect(document.title).toBe("列表");
    expect(fetchPage).toHaveBeenCalledWith("open", 1);
    expect(tabs.list.state.items).toEqual(["open-1"]);
  });

  it("with keys, a status outside them falls back; without, any status is taken", async () => {
    setToken("buyer");
    const limited = await mountAt("/list?status=nope", { keys: ["a", "b"], fallback: "a" });
    expect(limited.tabs.status.value).toBe("a");
    const open = await mountAt("/list?status=nope");
    expect(open.tabs.status.value).toBe("nope");
  });

  it("a tab change replaces the URL (no status for the empty tab) and starts the list over", async () => {
    setToken("buyer");
    const { tabs, fetchPage, router } = await mountAt("/list");
    tabs.onTab("done");
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe("/list?status=done");
    expect(fetchPage).toHaveBeenLastCalledWith("done", 1);
    expect(tabs.list.state.items).toEqual(["done-1"]);
    tabs.onTab("");
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe("/list");
  });

  it("a guest is told to sign in by the view; nothing is fetched", async () => {
    const { tabs, fetchPage } = await mountAt("/list");
    expect(tabs.signedIn).toBe(false);
    expect(fetchPage).not.toHaveBeenCalled();
  });
});
