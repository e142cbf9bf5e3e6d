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
