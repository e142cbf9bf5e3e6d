/**
 * A paged list (`{items, total, page, page_size}` answers) for infinite scroll: `reload()` starts
 * over (a newer reload wins over an older answer), `loadMore()` appends the next page.
 */
import { reactive } from "vue";

import type { Page } from "@/api/catalog";

export interface PagedState<T> {
  items: T[];
  page: number;
  total: number;
  /** A page is on its way (bound to VanList's v-model:loading). */
  loading: boolean;
  finished: boolean;
  error: boolean;
  /** The first page has answered (empty state only after that). */
  loaded: boolean;
}

export function usePagedList<T>(fetchPage: (page: number) => Promise<Page<T>>) {
  // Items are plain API data: typed as T, not as Vue's unwrapped type.
  const state = reactive({ items: [], page: 0, total: 0, loading: false, finished: false, error: false, loaded: false }) as PagedState<T>;
  let generation = 0;
  let inFlight = false;

  async function loadMore(): Promise<void> {
    if (inFlight || state.finished) return;
    inFlight = true;
    const mine = generation;
    state.loading = true;
    state.error = false;
    try {
      const answer = await fetchPage(state.page + 1);
      if (mine !== generation) return;
      const items = Array.isArray(answer.items) ? answer.items : [];
      state.items.push(...items);
      state.page += 1;
      state.total = typeof answer.total === "number" ? answer.total : state.items.length;
      state.finished = items.length === 0 || state.items.length >= state.total;
    } catch {
      if (mine === generation) state.error = true;
    } finally {
      if (mine === generation) {
        inFlight = false;
        state.loading = false;
        state.loaded = true;
      }
    }
  }

  function reload(): Promise<void> {
    generation += 1;
    inFlight = false;
    Object.assign(state, { items: [], page: 0, total: 0, loading: false, finished: false, error: false, loaded: false });
    return loadMore();
  }

  /** Drop items locally (after a delete) without reloading. */
  function remove(keep: (item: T) => boolean) {
    const before = state.items.length;
    state.items = state.items.filter(keep);
    state.total = Math.max(0, state.total - (before - state.items.length));
  }

  return { state, loadMore, reload, remove };
}
