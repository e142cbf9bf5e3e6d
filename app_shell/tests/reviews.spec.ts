import { flushPromises } from "@vue/test-utils";
import { describe, expect, it, vi } from "vitest";

import { setToken } from "@/core/api";

import { detail, review } from "./catalog-fixtures";
import { fakeApi, jsonResponse, mountAt, product, queryOf, toastText } from "./helpers";

const summary = {
  total: 12,
  good_rate: 92,
  counts: { good: 10, medium: 1, bad: 1, with_images: 3 },
  tags: [{ name: "很好看", count: 5 }, { name: "保温好", count: 4 }],
};

describe("reviews on the product page", () => {
  it("[REV-1] shows the count, 好评率, tag chips with counts and the two latest reviews", async () => {
    fakeApi({ "GET /products/1": detail(), "GET /products/1/recommendations": { items: [product(5)] } });
    const { wrapper } = await mountAt("/product/1");
    await vi.waitFor(() => expect(wrapper.find(".review-summary").exists()).toBe(true));
    const block = wrapper.find(".review-summary");
    expect(block.text()).toContain("商品评价（12）");
    expect(block.text()).toContain("好评率 92%");
    expect(block.findAll("[data-test='review-summary-tag']").map((t) => t.text())).toEqual(["很好看(5)", "保温好(4)"]);
    expect(block.findAll("[data-test='review-card']").map((c) => c.attributes("data-review-id"))).toEqual(["1", "2"]);
  });

  it("[REV-1] the summary links to the reviews page, a tag to it filtered by that tag", async () => {
    fakeApi({
      "GET /products/1": detail(),
      "GET /products/1/reviews/summary": summary,
      "GET /products/1/reviews": { items: [review(1)], total: 1, page: 1, page_size: 10 },
    });
    const { wrapper, router } = await mountAt("/product/1");
    await vi.waitFor(() => expect(wrapper.find("[data-test='review-summary-tag']").exists()).toBe(true));
    await wrapper.find("[data-test='review-summary-tag'][data-value='保温好']").trigger("click");
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe("/product/1/reviews"));
    expect(router.currentRoute.value.query.tag).toBe("保温好");
  });
});

describe("reviews page", () => {
  function reviewsApi() {
    return fakeApi({
      "GET /products/1/reviews/summary": summary,
      "GET /products/1/reviews": (url: URL) => ({
        items: [
          review(Number(url.searchParams.get("page") ?? 1) * 10, {
            images: ["/media/demo/r1.png", "/media/demo/r2.png"],
            reply: { content: "感谢支持", created_at: "2026-11-21T00:00:00Z" },
            sku_text: "红 / L",
          }),
        ],
        total: 1,
        page: 1,
        page_size: 10,
      }),
    });
  }

  it("[REV-2] lists reviews with images, SKU text and the merchant's reply", async () => {
    reviewsApi();
    const { wrapper } = await mountAt("/product/1/reviews");
    await vi.waitFor(() => expect(wrapper.find("[data-test='review-card']").exists()).toBe(true));
    const card = wrapper.find("[data-test='review-card']");
    expect(card.findAll("[data-test='review-image']")).toHaveLength(2);
    expect(card.text()).toContain("红 / L");
    expect(card.find("[data-test='review-reply']").text()).toBe("商家回复：感谢支持");
    expect(card.text()).toContain("第10条评价：很好用");
  });

  it("[REV-1] filters by rating, 有图 and tag, with the counts on the chips", async () => {
    const fetch = reviewsApi();
    const { wrapper } = await mountAt("/product/1/reviews");
    await vi.waitFor(() => expect(wrapper.find("[data-test='review-filter'][data-value='good']").text()).toBe("好评(10)"));
    expect(wrapper.find("[data-test='review-filter'][data-value='images']").text()).toBe("有图(3)");
    expect(wrapper.findAll("[data-test='review-tag']").map((t) => t.text())).toEqual(["很好看(5)", "保温好(4)"]);
    expect(queryOf(fetch, "/products/1/reviews")).toEqual({ page: "1", page_size: "10" });

    await wrapper.find("[data-test='review-filter'][data-value='bad']").trigger("click");
    await vi.waitFor(() => expect(queryOf(fetch, "/products/1/reviews", -1)).toMatchObject({ rating: "bad" }));
    await wrapper.find("[data-test='review-filter'][data-value='images']").trigger("click");
    await vi.waitFor(() => expect(queryOf(fetch, "/products/1/reviews", -1)).toMatchObject({ rating: "bad", with_images: "1" }));
    await wrapper.find("[data-test='review-tag'][data-value='很好看']").trigger("click");
    await vi.waitFor(() =>
      expect(queryOf(fetch, "/products/1/reviews", -1)).toEqual({ rating: "bad", with_images: "1", tag: "很好看", page: "1", page_size: "10" }),
    );
    await wrapper.find("[data-test='review-filter'][data-value='all']").trigger("click");
    await vi.waitFor(() => expect(queryOf(fetch, "/products/1/reviews", -1)).toEqual({ page: "1", page_size: "10" }));
  });

  it("[REV-1] starts filtered by ?tag=", async () => {
    const fetch = reviewsApi();
    const { wrapper } = await mountAt(`/product/1/reviews?tag=${encodeURIComponent("保温好")}`);
    await vi.waitFor(() => expect(wrapper.find("[data-test='review-card']").exists()).toBe(true));
    expect(queryOf(fetch, "/products/1/reviews").tag).toBe("保温好");
  });

  it("[REV-4] likes and unlikes a review when signed in", async () => {
    setToken("buyer");
    const fetch = fakeApi({
      "GET /products/1/reviews/summary": summary,
      "GET /products/1/reviews": { items: [review(7, { like_count: 2 })], total: 1, page: 1, page_size: 10 },
      "PUT /reviews/7/like": { liked: true, like_count: 3 },
      "DELETE /reviews/7/like": { liked: false, like_count: 2 },
    });
    const { wrapper } = await mountAt("/product/1/reviews");
    await vi.waitFor(() => expect(wrapper.find("[data-test='review-like']").exists()).toBe(true));
    const like = () => wrapper.find("[data-test='review-like']");
    expect(like().text()).toBe("2");
    await like().trigger("click");
    await vi.waitFor(() => expect(like().text()).toBe("3"));
    expect(like().attributes("aria-pressed")).toBe("true");
    await like().trigger("click");
    await vi.waitFor(() => expect(like().text()).toBe("2"));
    const methods = fetch.mock.calls.filter(([url]) => url.includes("/reviews/7/like")).map(([, init]) => init.method);
    expect(methods).toEqual(["PUT", "DELETE"]);
  });

  it("[REV-4] a like needs a session", async () => {
    const fetch = fakeApi({
      "GET /products/1/reviews/summary": summary,
      "GET /products/1/reviews": { items: [review(7)], total: 1, page: 1, page_size: 10 },
    });
    const { wrapper } = await mountAt("/product/1/reviews");
    await vi.waitFor(() => expect(wrapper.find("[data-test='review-like']").exists()).toBe(true));
    await wrapper.find("[data-test='review-like']").trigger("click");
    await vi.waitFor(() => expect(toastText()).toBe("请先登录"));
    expect(fetch.mock.calls.some(([url]) => url.includes("/like"))).toBe(false);
  });
});

describe("review page", () => {
  it("[REV-3] a review card opens the review with its comments", async () => {
    fakeApi({
      "GET /products/1/reviews/summary": summary,
      "GET /products/1/reviews": { items: [review(7)], total: 1, page: 1, page_size: 10 },
      "GET /reviews/7": {
        ...review(7),
        comments: [{ id: 1, user: { nickname: "路人甲", avatar: "" }, content: "同款好用", created_at: "2026-11-22T00:00:00Z" }],
      },
    });
    const { wrapper, router } = await mountAt("/product/1/reviews");
    await vi.waitFor(() => expect(wrapper.find("[data-test='review-card']").exists()).toBe(true));
    await wrapper.find(".review-card__body").trigger("click");
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe("/review/7"));
    await vi.waitFor(() => expect(wrapper.findAll("[data-test='review-comment']")).toHaveLength(1));
    expect(wrapper.text()).toContain("同款好用");
    expect(wrapper.text()).toContain("全部评论（1）");
  });

  it("[REV-3] posts a comment and shows it", async () => {
    setToken("buyer");
    const fetch = fakeApi({
      "GET /reviews/7": { ...review(7), comments: [] },
      "POST /reviews/7/comments": (_url: URL, init: RequestInit) => ({
        id: 9,
        user: { nickname: "我", avatar: "" },
        content: JSON.parse(String(init.body)).content,
        created_at: "2026-11-25T00:00:00Z",
      }),
    });
    const { wrapper } = await mountAt("/review/7");
    await vi.waitFor(() => expect(wrapper.text()).toContain("还没有评论"));
    await wrapper.find("[data-test='comment-input'] input").setValue("  请问保温多久？ ");
    await wrapper.find("form").trigger("submit");
    await vi.waitFor(() => expect(wrapper.findAll("[data-test='review-comment']")).toHaveLength(1));
    expect(wrapper.find("[data-test='review-comment']").text()).toContain("请问保温多久？");
    const post = fetch.mock.calls.find(([, init]) => init.method === "POST");
    expect(JSON.parse(String(post?.[1].body))).toEqual({ content: "请问保温多久？" });
    expect((wrapper.find("[data-test='comment-input'] input").element as HTMLInputElement).value).toBe("");
  });

  it("[REV-3] commenting needs a session", async () => {
    const fetch = fakeApi({ "GET /reviews/7": { ...review(7), comments: [] } });
    const { wrapper } = await mountAt("/review/7");
    await vi.waitFor(() => expect(wrapper.find("[data-test='comment-input']").exists()).toBe(true));
    await wrapper.find("[data-test='comment-input'] input").setValue("好");
    await wrapper.find("form").trigger("submit");
    await flushPromises();
    await vi.waitFor(() => expect(toastText()).toBe("请先登录"));
    expect(fetch.mock.calls.some(([, init]) => init.method === "POST")).toBe(false);
  });
});

describe("sharing a review", () => {
  it("[REV-4] the review page's 分享 copies the link with the review's share title", async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal("navigator", { ...navigator, clipboard: { writeText } });
    const share = { title: "「保温杯」的买家评价：保温效果很好", image: "https://img.example.com/r.jpg", path: "/pages/review/index?id=7" };
    fakeApi({ "GET /reviews/7": { ...review(7), comments: [], share } });
    const { wrapper } = await mountAt("/review/7");
    await vi.waitFor(() => expect(wrapper.find("[data-test='review-share']").exists()).toBe(true));
    await wrapper.find("[data-test='review-share']").trigger("click");
    await flushPromises();
    const option = document.body.querySelector(".van-share-sheet__option") as HTMLElement;
    expect(option.textContent).toContain("复制链接");
    option.click();
    await vi.waitFor(() => expect(toastText()).toBe("链接已复制"));
    expect(writeText).toHaveBeenCalledWith(`${share.title} ${window.location.href}`);
    vi.unstubAllGlobals();
  });

  it("[REV-4] a missing review offers nothing to share", async () => {
    fakeApi({ "GET /reviews/8": () => jsonResponse(404, { error: { code: "review_not_found", message: "评价不存在", fields: {} } }) });
    const { wrapper } = await mountAt("/review/8");
    await vi.waitFor(() => expect(wrapper.text()).toContain("评价不存在或已隐藏"));
    expect(wrapper.find("[data-test='review-share']").exists()).toBe(false);
  });
});
