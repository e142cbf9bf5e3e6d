import { requireSignIn } from "./auth.js";

// Page-by-page loading of a list answer `{items, total, page, page_size}` (reach-bottom paging).
// `fetch(page)` returns the answer; answers that arrive after a reset are dropped.
export function createPager(fetch) {
  let state = { items: [], page: 0, total: 0, loading: false, finished: false, loaded: false };
  let generation = 0;

  async function load(reset) {
    if (reset) {
      generation += 1;
      state = { items: [], page: 0, total: 0, loading: false, finished: false, loaded: false };
    } else if (state.loading || state.finished) {
      return state;
    }
    const mine = generation;
    const page = state.page + 1;
    state = Object.assign({}, state, { loading: true });
    try {
      const answer = (await fetch(page)) || {};
      if (mine !== generation) return state;
      const items = state.items.concat(Array.isArray(answer.items) ? answer.items : []);
      const total = typeof answer.total === "number" ? answer.total : items.length;
      const received = Array.isArray(answer.items) ? answer.items.length : 0;
      state = { items, page, total, loading: false, finished: items.length >= total || received === 0, loaded: true, answer };
    } catch (err) {
      if (mine === generation) state = Object.assign({}, state, { loading: false, loaded: true });
      throw err;
    }
    return state;
  }

  return {
    reset: () => load(true),
    next: () => load(false),
    state: () => state,
  };
}

// A page's reach-bottom paging over `this._pager` (made in its onLoad): `show(load)` runs a pager
// call and puts the answer in the page data — `items` (each through `view`), `finished` and
// `state` ("ready" / "empty", or "error" with `error`), plus what `extra(state)` adds.
// `onReachBottom` asks for the next page once the first has answered.
export function pagedListMethods(view, extra) {
  return {
    onReachBottom() {
      const s = this._pager.state();
      if (s.loading || s.finished || !s.loaded) return Promise.resolve();
      return this.show(() => this._pager.next());
    },
    async show(load) {
      try {
        const s = await load();
        const data = { items: s.items.map(view), finished: s.finished, state: s.items.length ? "ready" : "empty" };
        this.setData(extra ? Object.assign(data, extra(s)) : data);
      } catch (err) {
        this.setData({ state: "error", error: (err && err.message) || "加载失败" });
      }
    },
  };
}

// A paged list under tabs by status (`?status=` when opened): `data` holds the chosen `status` and
// the `tabs` view ({key, title, active}); `onLoad` takes the status from the options when it is one
// of `tabs`' keys (else `fallback`), makes `this._pager` over `fetch(status, page)` and shows the
// first page (the sign-in state for a guest); `onTab` (`data-key`) switches and starts over.
// Use beside `pagedListMethods`, which gives `show`.
export function statusTabs(tabs, fallback, fetch) {
  const tabsView = (active) => tabs.map((t) => ({ key: t.key, title: t.title, active: t.key === active }));
  return {
    data: { status: fallback, tabs: tabsView(fallback) },
    methods: {
      onLoad(options) {
        const wanted = (options || {}).status;
        const status = tabs.some((t) => t.key === wanted) ? wanted : fallback;
        this.setData({ status, tabs: tabsView(status) });
        this._pager = createPager((page) => fetch(this.data.status, page));
        if (!requireSignIn()) {
          this.setData({ state: "signin" });
          return Promise.resolve();
        }
        return this.show(() => this._pager.reset());
      },
      onTab(e) {
        const status = e.currentTarget.dataset.key;
        if (status === this.data.status) return Promise.resolve();
        this.setData({ status, tabs: tabsView(status), state: "loading" });
        return this.show(() => this._pager.reset());
      },
    },
  };
}
