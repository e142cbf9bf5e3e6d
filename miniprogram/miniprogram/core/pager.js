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
