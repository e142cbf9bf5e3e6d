import { describe, expect, it, vi } from "vitest";

import { ApiError, type CallOptions } from "@/api/client";
import type { Page, PageQuery } from "@/api/types";
import { useLoadError, usePagedList } from "@/composables/usePagedList";

const page = (items: string[]): Page<string> => ({ items, total: items.length, page: 1, page_size: 20 });
/** A stand-in for an `api/` list function: `(query, options) => Promise<Page<…>>`. */
const listCall = () => vi.fn<(query: PageQuery & { keyword?: string }, options: CallOptions) => Promise<Page<string>>>();

describe("useLoadError", () => {
  it("calls the API silent with the page's query and passes its answer through", async () => {
    const call = listCall().mockResolvedValue(page(["a"]));
    const { error, fetch } = useLoadError(call);

    await expect(fetch({ keyword: "x", page: 2 })).resolves.toEqual(page(["a"]));
    expect(call).toHaveBeenCalledWith({ keyword: "x", page: 2 }, { silent: true });
    expect(error.value).toBe("");
  });

  it("keeps a failure's message and rethrows it; the next success clears it", async () => {
    const failure = new ApiError(500, "internal", "服务器开小差了");
    const call = listCall().mockRejectedValueOnce(failure).mockResolvedValueOnce(page([]));
    const { error, fetch } = useLoadError(call);

    await expect(fetch({})).rejects.toBe(failure);
    expect(error.value).toBe("服务器开小差了");
    await fetch({});
    expect(error.value).toBe("");
  });

  it("with usePagedList, a failed load keeps the rows shown and the message for the page", async () => {
    const call = listCall().mockResolvedValueOnce(page(["a", "b"])).mockRejectedValueOnce(new ApiError(503, "unavailable", "暂不可用"));
    const { error, fetch } = useLoadError(call);
    const list = usePagedList(fetch, { keyword: "" });

    await list.load();
    await list.load();
    expect(list.rows.value).toEqual(["a", "b"]);
    expect(list.loading.value).toBe(false);
    expect(error.value).toBe("暂不可用");
  });
});
