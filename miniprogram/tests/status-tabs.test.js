// statusTabs: the tabbed paged list that 我的优惠券 and 退款/售后 share.
const { installWx } = require("./helpers/wx.js");
installWx();
const { pagedListMethods, statusTabs } = require("../miniprogram/core/pager.js");
const { setToken } = require("../miniprogram/core/api.js");

const TABS = [
  { key: "", title: "全部" },
  { key: "open", title: "处理中" },
];

/** A stand-in for the page `Component({data, methods})` makes: setData merges into data. */
function page(tabbed) {
  const p = Object.assign({}, pagedListMethods((x) => x), tabbed.methods, {
    data: JSON.parse(JSON.stringify(tabbed.data)),
    setData(patch) {
      Object.assign(this.data, patch);
    },
  });
  return p;
}

describe("statusTabs", () => {
  beforeEach(() => {
    installWx();
    setToken("t");
  });

  test("starts on the fallback tab with the tab views", () => {
    const tabbed = statusTabs(TABS, "", jest.fn());
    expect(tabbed.data).toEqual({
      status: "",
      tabs: [
        { key: "", title: "全部", active: true },
        { key: "open", title: "处理中", active: false },
      ],
    });
  });

  test("opens on a known ?status= and lists its first page; an unknown one falls back", async () => {
    const fetch = jest.fn((status, n) => Promise.resolve({ items: [`${status}-${n}`], total: 1 }));
    const p = page(statusTabs(TABS, "", fetch));
    await p.onLoad({ status: "open" });
    expect(fetch).toHaveBeenLastCalledWith("open", 1);
    expect(p.data).toMatchObject({ status: "open", state: "ready", items: ["open-1"], finished: true });
    expect(p.data.tabs.find((t) => t.active).key).toBe("open");

    const q = page(statusTabs(TABS, "", fetch));
    await q.onLoad({ status: "nope" });
    expect(q.data.status).toBe("");
    expect(fetch).toHaveBeenLastCalledWith("", 1);
  });

  test("a tab tap starts the list over on that status; the same tab does nothing", async () => {
    const fetch = jest.fn((status) => Promise.resolve({ items: status ? [] : ["a"], total: status ? 0 : 1 }));
    const p = page(statusTabs(TABS, "", fetch));
    await p.onLoad({});
    await p.onTab({ currentTarget: { dataset: { key: "" } } });
    expect(fetch).toHaveBeenCalledTimes(1);
    await p.onTab({ currentTarget: { dataset: { key: "open" } } });
    expect(fetch).toHaveBeenLastCalledWith("open", 1);
    expect(p.data).toMatchObject({ status: "open", state: "empty", items: [] });
  });

  test("a guest gets the sign-in state and nothing is fetched", async () => {
    setToken(null);
    const fetch = jest.fn();
    const p = page(statusTabs(TABS, "", fetch));
    await p.onLoad({ status: "open" });
    expect(p.data.state).toBe("signin");
    expect(fetch).not.toHaveBeenCalled();
  });
});
