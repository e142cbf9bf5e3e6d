/// <reference types="vitest/config" />
import { fileURLToPath, URL } from "node:url";

import vue from "@vitejs/plugin-vue";
import { defineConfig } from "vite";

// The backend serves the build at /admin; in development /api (and uploaded files under /media)
// go to the Sanic service, at BACKEND_URL when set.
const backend = process.env.BACKEND_URL ?? "http://127.0.0.1:8000";
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  base: "/admin/",
  plugins: [vue()],
  resolve: {
    alias: {
      "@": here("./src"),
      // The shared JS core of the shells; the console uses its chat client (客服工作台).
      "@shared": here("../shared_js/src"),
    },
  },
  build: {
    // Element Plus is registered whole (one back-office bundle, cached across releases): its
    // chunk alone is larger than Vite's default warning size.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: "vue", test: /node_modules[\\/](@vue|vue|vue-router|pinia)[\\/]/ },
            { name: "element-plus", test: /node_modules[\\/](element-plus|@element-plus)[\\/]/ },
            { name: "vendor", test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    // The shared core lives beside this folder.
    fs: { allow: [here("."), here("../shared_js")] },
    proxy: {
      "/api": { target: backend, changeOrigin: true, ws: true },
      "/media": { target: backend, changeOrigin: true },
    },
  },
  test: {
    environment: "happy-dom",
    // Run Element Plus through Vite so it shares the one Vue copy the SFCs use; loaded by Node
    // it gets Vue's CJS build, and provide/inject (el-form ↔ el-form-item) silently breaks.
    server: { deps: { inline: ["element-plus"] } },
    include: ["tests/**/*.spec.ts"],
    setupFiles: ["tests/setup.ts"],
    restoreMocks: true,
    unstubGlobals: true,
  },
});
