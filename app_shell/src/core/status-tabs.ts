/**
 * A signed-in shopper's paged list under tabs by status, the tab kept in `?status=` (我的优惠券,
 * 退款/售后): the status from the URL (when `keys` are given, one of them, else `fallback`), the
 * first page on mount for a signed-in shopper, and a tab change that replaces the URL and starts
 * the list over.
 */
import { onMounted, ref, type Ref } from "vue";
import { useRoute, useRouter } from "vue-router";

import type { Page } from "@/api/catalog";
import { usePagedList } from "@/core/paged";
import { isSignedIn } from "@/core/session";

export interface StatusTabsOptions<T, S extends string> {
  /** The view's path, e.g. `/me/coupons`. */
  path: string;
  /** The document title. */
  title: string;
  /** The status when the URL names none (or one outside `keys`). */
  fallback: S;
  /** The statuses the URL may name; any string when not given. */
  keys?: readonly S[];
  fetchPage: (status: S, page: number) => Promise<Page<T>>;
}

export function useStatusTabs<T, S extends string = string>(options: StatusTabsOptions<T, S>) {
  const route = useRoute();
  const router = useRouter();
  const signedIn = isSignedIn();
  const raw = route.query.status;
  const status = ref(
    typeof raw === "string" && (!options.keys || (options.keys as readonly string[]).includes(raw)) ? raw : options.fallback,
  ) as Ref<S>;
  const list = usePagedList<T>((page) => options.fetchPage(status.value, page));

  onMounted(() => {
    if (typeof document !== "undefined") document.title = options.title;
    if (signedIn) void list.reload();
  });

  function onTab(name: string | number) {
    status.value = String(name) as S;
    void router.replace({ path: options.path, query: status.value ? { status: status.value } : {} });
    void list.reload();
  }

  return { signedIn, status, list, onTab };
}
