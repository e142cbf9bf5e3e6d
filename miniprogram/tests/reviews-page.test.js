// 商品评价 list and 评价详情: filters, items, likes, comments.
const { installWx, flush } = require("./helpers/wx.js");
const { serve, openPage, update, signIn, review } = require("./helpers/catalog.js");

beforeEach(() => {
  installWx();
  wx.previewImage = jest.fn();
  require("../miniprogram/core/api.js").resetClient();
});

const SUMMARY = { total: 12, good_rate: 92, counts: { good: 10, medium: 1, bad: 1, with_images: 3 }, tags: [{ name: "很好看", count: 5 }, { name: "质量好", count: 4 }] };

function reviewsApi(extra) {
  return serve(
    Object.assign(
      {
        "GET /products/1/reviews/summary": () => SUMMARY,
        "GET /products/1/reviews": (req) => ({ items: [review(1), review(2, { reply: null, images: [] })], total: 2, page: Number(req.query.page), page_size: 10 }),
        "PUT /reviews/1/like": () => ({ liked: true, like_count: 3 }),
        "DELETE /reviews/1/like": () => ({ liked: false, like_count: 2 }),
      },
      extra || {},
    ),
  );
}
const lists = (calls) => calls.filter((c) => c.path === "/products/1/reviews").map((c) => c.query);

describe("reviews page", () => {
  test("[REV-1] chips for 全部 / 有图 / ratings / tags with counts filter the list", async () => {
    const calls = reviewsApi();
    const comp = await openPage("pages/reviews/index", { product_id: "1", tag: encodeURIComponent("很好看") });
    expect(comp.querySelectorAll(".chip").map((n) => n.dom.textContent)).toEqual(["全部 12", "有图 3", "好评 10", "中评 1", "差评 1", "很好看 5", "质量好 4"]);
    expect(comp.querySelector(".chip--active").dom.textContent).toBe("很好看 5");
    expect(lists(calls)[0]).toMatchObject({ tag: "很好看", page: "1" });

    const chip = (i) => comp.querySelectorAll(".chip")[i];
    chip(1).dispatchEvent("tap");
    await flush(50);
    expect(lists(calls).pop()).toMatchObject({ with_images: "1" });
    chip(4).dispatchEvent("tap");
    await flush(50);
    expect(lists(calls).pop()).toMatchObject({ rating: "bad" });
    chip(0).dispatchEvent("tap");
    await flush(50);
    const all = lists(calls).pop();
    expect(all.tag).toBeUndefined();
    expect(all.rating).toBeUndefined();
  });

  test("[REV-2] items show reviewer, date, stars, SKU, text, images, views and the merchant reply", async () => {
    reviewsApi();
    const comp = await openPage("pages/reviews/index", { product_id: "1" });
    const item = comp.instance.data.items[0];
    expect(item).toMatchObject({ nickname: "买家1", rating: 5, skuText: "红 / M", content: "很好用1", reply: "感谢支持", viewCount: 30, date: "2026-11-01" });
    expect(item.images).toEqual(["http://127.0.0.1:8000/media/r1.jpg"]);
    const first = comp.dom.querySelector("[data-review-id='1']");
    expect(first.textContent).toContain("红 / M");
    expect(first.textContent).toContain("商家回复：感谢支持");
    expect(first.textContent).toContain("浏览 30");
    expect(comp.dom.querySelector("[data-review-id='2']").textContent).not.toContain("商家回复");
  });

  test("[REV-4] like / unlike needs sign-in and updates the count", async () => {
    const calls = reviewsApi();
    const comp = await openPage("pages/reviews/index", { product_id: "1" });
    await comp.instance.onLike({ detail: { id: 1 } });
    expect(wx.showToast).toHaveBeenLastCalledWith({ title: "请先登录", icon: "none" });
    signIn();
    await comp.instance.onLike({ detail: { id: 1 } });
    expect(comp.instance.data.items[0]).toMatchObject({ liked: true, likeCount: 3 });
    await comp.instance.onLike({ detail: { id: 1 } });
    expect(comp.instance.data.items[0]).toMatchObject({ liked: false, likeCount: 2 });
    expect(calls.filter((c) => c.path === "/reviews/1/like").map((c) => c.method)).toEqual(["PUT", "DELETE"]);
    comp.instance.onOpen({ detail: { id: 2 } });
    expect(wx.navigateTo).toHaveBeenLastCalledWith(expect.objectContaining({ url: "/pages/review/index?id=2" }));
  });
});

describe("review page", () => {
  const comments = [{ id: 7, user: { nickname: "路人", avatar: "" }, content: "同款", created_at: "2026-11-03T00:00:00Z" }];

  test("[REV-3] the review with its comments; a signed-in shopper comments and the count grows", async () => {
    const calls = serve({
      "GET /reviews/1": () => Object.assign(review(1, { comment_count: 1 }), { comments }),
      "POST /reviews/1/comments": (req) => ({ id: 8, user: { nickname: "我", avatar: "" }, content: req.body.content, created_at: "2026-11-25T00:00:00Z" }),
    });
    const comp = await openPage("pages/review/index", { id: "1" });
    expect(comp.querySelectorAll(".comment__content").map((n) => n.dom.textContent)).toEqual(["同款"]);

    comp.instance.onInput({ detail: "  我也买了 " });
    await comp.instance.onSend();
    expect(wx.showToast).toHaveBeenLastCalledWith({ title: "请先登录", icon: "none" });
    signIn();
    await update(comp, comp.instance.onSend());
    expect(calls.find((c) => c.method === "POST").body).toEqual({ content: "我也买了" });
    expect(comp.instance.data.comments.map((c) => c.content)).toEqual(["同款", "我也买了"]);
    expect(comp.instance.data.review.commentCount).toBe(2);
    expect(comp.instance.data.draft).toBe("");
  });

  test("[REV-4] like on the review page", async () => {
    signIn();
    serve({ "GET /reviews/1": () => Object.assign(review(1), { comments: [] }), "PUT /reviews/1/like": () => ({ liked: true, like_count: 3 }) });
    const comp = await openPage("pages/review/index", { id: "1" });
    await comp.instance.onLike();
    expect(comp.instance.data.review).toMatchObject({ liked: true, likeCount: 3 });
  });

  test("[REV-4] the share button and the menu share this one review's card", async () => {
    const share = { title: "「纯棉T恤」的买家评价：很好看", image: "/media/r1.jpg", path: "/pages/review/index?id=1" };
    serve({ "GET /reviews/1": () => Object.assign(review(1), { comments: [], share }) });
    const comp = await openPage("pages/review/index", { id: "1" });
    const button = comp.querySelector(".share");
    expect(button.instance.data.openType).toBe("share");
    expect(button.dom.textContent).toContain("分享这条评价");
    expect(comp.instance.onShareAppMessage()).toEqual({
      title: "「纯棉T恤」的买家评价：很好看",
      imageUrl: "http://127.0.0.1:8000/media/r1.jpg",
      path: "/pages/review/index?id=1",
    });
  });

  test("[REV-4] without a share card the review page still shares itself", async () => {
    serve({ "GET /reviews/2": () => Object.assign(review(2), { comments: [] }) });
    const comp = await openPage("pages/review/index", { id: "2" });
    expect(comp.instance.onShareAppMessage()).toEqual({ title: "买家评价", imageUrl: "", path: "/pages/review/index?id=2" });
  });
});
