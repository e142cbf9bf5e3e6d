// 我的收藏 and 关注的店铺 (backend/members: /me/favourites, /me/followed-shops).
const { installWx, flush } = require("./helpers/wx.js");
const { serve, openPage, update, signIn, card } = require("./helpers/catalog.js");

beforeEach(() => {
  installWx();
  require("../miniprogram/core/api.js").resetClient();
});

const fav = (id, available = true) => ({ product_id: id, created_at: "2026-11-20T00:00:00Z", available, card: available ? card(id) : null });

describe("我的收藏", () => {
  test("[MEM-4] signed out: nothing is asked and the page says to sign in", async () => {
    const calls = serve({});
    const comp = await openPage("pages/favourites/index", {});
    expect(calls).toHaveLength(0);
    expect(comp.instance.data.state).toBe("signin");
  });

  test("[MEM-4] lists favourites (a gone one marked 已失效); edit mode selects and batch-deletes", async () => {
    signIn();
    let rows = [fav(1), fav(2), fav(3, false)];
    const calls = serve({
      "GET /me/favourites": () => ({ items: rows, total: rows.length, page: 1, page_size: 20 }),
      "POST /me/favourites/batch-delete": (req) => {
        rows = rows.filter((r) => req.body.product_ids.indexOf(r.product_id) === -1);
        return { deleted: req.body.product_ids.length };
      },
    });
    const comp = await openPage("pages/favourites/index", {});
    const favs = () => comp.querySelectorAll(".fav");
    expect(favs()).toHaveLength(3);
    expect(favs()[0].dom.textContent).toContain("¥19.91");
    expect(favs()[2].dom.textContent).toContain("已失效");

    favs()[0].dispatchEvent("tap");
    await flush(10);
    expect(wx.navigateTo).toHaveBeenLastCalledWith(expect.objectContaining({ url: "/pages/product/index?id=1" }));

    comp.querySelector(".edit").dispatchEvent("tap");
    await flush(10);
    favs()[0].dispatchEvent("tap");
    favs()[2].dispatchEvent("tap");
    await flush(10);
    expect(comp.instance.data.selected).toEqual([1, 3]);
    comp.instance.onAll();
    expect(comp.instance.data.selected).toEqual([1, 2, 3]);
    comp.instance.onAll();
    expect(comp.instance.data.selected).toEqual([]);
    favs()[0].dispatchEvent("tap");
    favs()[2].dispatchEvent("tap");
    await flush(10);

    await update(comp, comp.instance.onDelete());
    expect(calls.find((c) => c.method === "POST").body).toEqual({ product_ids: [1, 3] });
    expect(comp.instance.data.items.map((i) => i.id)).toEqual([2]);
    expect(comp.instance.data.editing).toBe(false);
  });
});

describe("关注的店铺", () => {
  test("[MEM-4] lists followed shops; a tap opens the shop, 取消关注 unfollows", async () => {
    signIn();
    const calls = serve({
      "GET /me/followed-shops": () => ({
        items: [
          { shop_id: 2, created_at: "2026-11-20T00:00:00Z", available: true, followers: 88, shop: { id: 2, name: "优选旗舰店", logo: "/media/s.jpg", self_operated: true } },
          { shop_id: 3, created_at: "2026-11-20T00:00:00Z", available: false, followers: 1, shop: null },
        ],
        total: 2, page: 1, page_size: 20,
      }),
      "DELETE /me/followed-shops/2": () => undefined,
    });
    const comp = await openPage("pages/follows/index", {});
    const shops = comp.querySelectorAll(".shop");
    expect(shops[0].dom.textContent).toContain("优选旗舰店");
    expect(shops[0].dom.textContent).toContain("88 人关注");
    expect(shops[1].dom.textContent).toContain("店铺已关闭");
    shops[0].dispatchEvent("tap");
    await flush(10);
    expect(wx.navigateTo).toHaveBeenLastCalledWith(expect.objectContaining({ url: "/pages/shop/index?id=2" }));
    await comp.instance.onUnfollow({ currentTarget: { dataset: { id: 2 } } });
    expect(calls.some((c) => c.method === "DELETE" && c.path === "/me/followed-shops/2")).toBe(true);
    expect(comp.instance.data.items.map((i) => i.id)).toEqual([3]);
  });

  test("[MEM-4] the 我的 page links to both lists", () => {
    const wxml = require("fs").readFileSync(require("path").join(__dirname, "../miniprogram/pages/me/index.wxml"), "utf8");
    expect(wxml).toContain('url="/pages/favourites/index"');
    expect(wxml).toContain('url="/pages/follows/index"');
    const app = require("../miniprogram/app.json");
    ["list", "search", "product", "reviews", "review", "favourites", "follows", "chat"].forEach((p) => expect(app.pages).toContain(`pages/${p}/index`));
  });
});
