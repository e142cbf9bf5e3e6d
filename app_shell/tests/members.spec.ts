import { flushPromises } from "@vue/test-utils";
import { describe, expect, it, vi } from "vitest";

import { setToken } from "@/core/api";

import { fakeApi, mountAt, product } from "./helpers";

const favourite = (id: number, available = true) => ({
  product_id: id,
  created_at: "2026-11-20T00:00:00Z",
  available,
  card: available ? product(id, { title: `收藏商品${id}`, price: 1990 }) : null,
});
const follow = (id: number) => ({
  shop_id: id,
  created_at: "2026-11-20T00:00:00Z",
  available: true,
  followers: 120 + id,
  shop: { id, name: `店铺${id}`, logo: "", self_operated: id === 1 },
});

async function confirmDialog() {
  await vi.waitFor(() => expect(document.body.querySelector(".van-dialog__confirm")).not.toBeNull());
  (document.body.querySelector(".van-dialog__confirm") as HTMLElement).click();
}

describe("我的收藏", () => {
  it("[MEM-4] lists favourites with price, gone ones as 已失效; a tap opens the product", async () => {
    setToken("buyer");
    const fetch = fakeApi({ "GET /me/favourites": { items: [favourite(1), favourite(2, false)], total: 2, page: 1, page_size: 20 } });
    const { wrapper, router } = await mountAt("/me/favourites");
    await vi.waitFor(() => expect(wrapper.findAll("[data-test='favourite-item']")).toHaveLength(2));
    expect(fetch.mock.calls[0][0]).toBe("/api/v1/me/favourites?page=1&page_size=20");
    const [first, gone] = wrapper.findAll("[data-test='favourite-item']");
    expect(first.text()).toContain("收藏商品1");
    expect(first.text()).toContain("¥19.90");
    expect(gone.text()).toContain("已失效");
    await first.trigger("click");
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe("/product/1"));
  });

  it("[MEM-4] edit mode deletes the checked favourites in one batch", async () => {
    setToken("buyer");
    const fetch = fakeApi({
      "GET /me/favourites": { items: [favourite(1), favourite(2), favourite(3)], total: 3, page: 1, page_size: 20 },
      "POST /me/favourites/batch-delete": { deleted: 2 },
    });
    const { wrapper, router } = await mountAt("/me/favourites");
    await vi.waitFor(() => expect(wrapper.findAll("[data-test='favourite-item']")).toHaveLength(3));
    await wrapper.find("[data-test='favourites-edit']").trigger("click");
    expect(wrapper.find("[data-test='favourites-edit']").text()).toBe("完成");
    const items = wrapper.findAll("[data-test='favourite-item']");
    await items[0].trigger("click"); // in edit mode a tap checks, never navigates
    await items[2].find("[data-test='favourite-check']").trigger("click");
    expect(router.currentRoute.value.fullPath).toBe("/me/favourites");
    expect(wrapper.find("[data-test='favourites-delete']").text()).toBe("删除(2)");

    await wrapper.find("[data-test='favourites-delete']").trigger("click");
    await confirmDialog();
    await vi.waitFor(() => expect(wrapper.findAll("[data-test='favourite-item']").map((i) => i.attributes("data-product-id"))).toEqual(["2"]));
    const post = fetch.mock.calls.find(([, init]) => init.method === "POST");
    expect(post?.[0]).toBe("/api/v1/me/favourites/batch-delete");
    expect(JSON.parse(String(post?.[1].body))).toEqual({ product_ids: [1, 3] });
  });

  it("[MEM-4] 全选 checks every favourite", async () => {
    setToken("buyer");
    fakeApi({ "GET /me/favourites": { items: [favourite(1), favourite(2)], total: 2, page: 1, page_size: 20 } });
    const { wrapper } = await mountAt("/me/favourites");
    await vi.waitFor(() => expect(wrapper.find("[data-test='favourites-edit']").exists()).toBe(true));
    await wrapper.find("[data-test='favourites-edit']").trigger("click");
    await wrapper.find("[data-test='favourites-check-all']").trigger("click");
    expect(wrapper.find("[data-test='favourites-delete']").text()).toBe("删除(2)");
    await wrapper.find("[data-test='favourites-check-all']").trigger("click");
    expect(wrapper.find("[data-test='favourites-delete']").attributes("disabled")).toBeDefined();
  });

  it("[MEM-4] says 还没有收藏商品 when empty and 请先登录 when signed out", async () => {
    setToken("buyer");
    fakeApi({ "GET /me/favourites": { items: [], total: 0, page: 1, page_size: 20 } });
    const first = await mountAt("/me/favourites");
    await vi.waitFor(() => expect(first.wrapper.text()).toContain("还没有收藏商品"));
    first.wrapper.unmount();

    setToken(null);
    const fetch = fakeApi({});
    const { wrapper } = await mountAt("/me/favourites");
    expect(wrapper.find("[data-test='sign-in-required']").text()).toContain("请先登录");
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe("关注的店铺", () => {
  it("[MEM-4] lists followed shops; a tap opens the shop", async () => {
    setToken("buyer");
    const fetch = fakeApi({ "GET /me/followed-shops": { items: [follow(1), follow(2)], total: 2, page: 1, page_size: 20 } });
    const { wrapper, router } = await mountAt("/me/follows");
    await vi.waitFor(() => expect(wrapper.findAll("[data-test='followed-shop']")).toHaveLength(2));
    expect(fetch.mock.calls[0][0]).toBe("/api/v1/me/followed-shops?page=1&page_size=20");
    expect(wrapper.find("[data-test='followed-shop']").text()).toContain("店铺1");
    expect(wrapper.find("[data-test='followed-shop']").text()).toContain("121 人关注");
    await wrapper.find("[data-test='followed-shop']").trigger("click");
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe("/shop/1"));
  });

  it("[MEM-4] 取消关注 removes the shop", async () => {
    setToken("buyer");
    const fetch = fakeApi({
      "GET /me/followed-shops": { items: [follow(1), follow(2)], total: 2, page: 1, page_size: 20 },
      "DELETE /me/followed-shops/1": undefined,
    });
    const { wrapper, router } = await mountAt("/me/follows");
    await vi.waitFor(() => expect(wrapper.findAll("[data-test='unfollow']")).toHaveLength(2));
    await wrapper.find("[data-test='unfollow']").trigger("click");
    await vi.waitFor(() => expect(wrapper.findAll("[data-test='followed-shop']")).toHaveLength(1));
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe("/me/follows");
    expect(fetch.mock.calls.some(([url, init]) => url === "/api/v1/me/followed-shops/1" && init.method === "DELETE")).toBe(true);
  });

  it("[MEM-4] 我的 links to both lists", async () => {
    fakeApi({});
    const { wrapper } = await mountAt("/me");
    expect(wrapper.find("[data-test='me-favourites']").text()).toContain("我的收藏");
    expect(wrapper.find("[data-test='me-follows']").text()).toContain("关注的店铺");
  });
});
