import { defineConfig } from "vitest/config";

// Plain Node: the core must not need a DOM, wx or fetch.
export default defineConfig({
  test: {
    environment: "node",
    include: ["tests/**/*.test.js"],
    restoreMocks: true,
  },
});
