/** State of a paged list page: filters, current page, rows, total, loading. */
import { reactive, ref, shallowRef, type UnwrapNestedRefs } from "vue";

import { ApiError, type CallOptions } from "@/api/client";
import type { Page, PageQuery } from "@/api/types";

export const DEFAULT_PAGE_SIZE = 20;

export function usePagedList<T, F extends object>(
  fetchPage: (query: F & PageQuery) => Promise<Page<T>>,
  initialFilters: F,
  pageSize = DEFAULT_PAGE_SIZE,
) {
  const filters = reactive({ ...initialFilters }) as UnwrapNestedRefs<F>;
  const rows = shallowRef<T[]>([]);
  const total = ref(0);
  const page = ref(1);
  const size = ref(pageSize);
  const loading = ref(false);
  let latest = 0;

  async function load() {
    const ticket = ++latest;
    loading.value = true;
    try {
      const result = await fetchPage({
        ...(filters as F),
        page: page.value,
        page_size: size.value,
      });
      if (ticket !== latest) return;
      rows.value = result.items;
      total.value = result.total;
    } catch (error) {
      // The client has already shown the error; the page keeps what it showed.
      if (!(error instanceof ApiError)) throw error;
    } finally {
      if (ticket === latest) loading.value = false;
    }
  }

  /** New filters: back to the first page. */
  function search() {
    page.value = 1;
    return load();
  }

  function reset() {
    Object.assign(filters, initialFilters);
    return search();
  }

  return { filters, rows, total, page, size, loading, load, search, reset };
}

/**
 * A list page that shows its load failure in the page (an alert, 加载失败 in the empty table) rather
 * than as the client's toast: wraps the API call so it runs silent, keeps the last failure's message
 * in `error` (a later success clears it) and rethrows, so `usePagedList` keeps the rows it showed.
 * Use as `const { error, fetch } = useLoadError(listX); usePagedList(fetch, …)`.
 */
export function useLoadError<Q, R>(call: (query: Q, options: CallOptions) => Promise<R>) {
  const error = ref("");
  async function fetch(query: Q): Promise<R> {
    try {
      const result = await call(query, { silent: true });
      error.value = "";
      return result;
    } catch (cause) {
      if (cause instanceof Error) error.value = cause.message;
      throw cause;
    }
  }
  return { error, fetch };
}
