/**
 * The one load of a page that shows 加载中 / an error with 重新加载 / its content: `load()` clears
 * the error, runs `run`, and on failure keeps the API's message (or `failure`). On mount it sets
 * the document title and loads; a page for members only (`signedIn` given) loads when signed in
 * and otherwise just stops loading (the page shows 请先登录).
 */
import { onMounted, ref } from "vue";

import { isApiError } from "@shared";

export interface PageLoadOptions {
  /** The document title set on mount. */
  title: string;
  /** The message when the failure is not an API error with its own message. */
  failure: string;
  /** Members only: load on mount only when signed in. Omitted: always load. */
  signedIn?: boolean;
  /** A reload with this true keeps the content on screen instead of showing 加载中. */
  quiet?: () => boolean;
}

export function usePageLoad(run: () => Promise<unknown>, options: PageLoadOptions) {
  const loading = ref(true);
  const error = ref("");

  async function load(): Promise<void> {
    loading.value = !options.quiet?.();
    error.value = "";
    try {
      await run();
    } catch (e) {
      error.value = isApiError(e) ? e.message : options.failure;
    } finally {
      loading.value = false;
    }
  }

  onMounted(() => {
    if (typeof document !== "undefined") document.title = options.title;
    if (options.signedIn === false) loading.value = false;
    else void load();
  });

  return { loading, error, load };
}
