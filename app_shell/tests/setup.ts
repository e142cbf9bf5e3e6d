import { enableAutoUnmount } from "@vue/test-utils";
import { afterEach, beforeEach } from "vitest";

import { etagCache } from "@/core/api";
import { lastTabBarSettings } from "@/core/tabbar";

// Every component a test mounts is unmounted after it.
enableAutoUnmount(afterEach);

beforeEach(() => {
  localStorage.clear();
  etagCache.clear();
  lastTabBarSettings.value = null;
});

// The chat client is one per app: each test starts without it (and without a socket).
beforeEach(async () => {
  const { resetChat } = await import("@/core/chat");
  resetChat();
});
