/// <reference types="vitest/config" />
import { fileURLToPath, URL } from "node:url";

import vue from "@vitejs/plugin-vue";
import { defineConfig } from "vite";

// The backend serves the build at /h5 (with a fallback to index.html for client routes); in
// development /api and /media (demo images, uploads) go to the Sanic service, at BACKEND_URL
// when set.
const backend = process.env.BACKEND_URL ?? "http://127.0.0.1:8000";
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  base: "/h5/",
  plugins: [vue()],
  resolve: {
    alias: {
      "@": here("./src"),
      // The one shared JS core (layout normalisation, actions, API client, formats); the
      // mini-program copies the same files in with its sync script.
      "@shared": here("../shared_js/src"),
      // The component catalogue: renderers read their settings defaults from it.
      "@layouts": here("../layouts"),
    },
  },
  build: {
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: "vue", test: /node_modules[\\/](@vue|vue|vue-router)[\\/]/ },
            { name: "vant", test: /node_modules[\\/](vant|@vant)[\\/]/ },
            { name: "vendor", test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    port: 5174,
    // The shared core and the catalogue live beside this folder.
    fs: { allow: [here("."), here("../shared_js"), here("../layouts")] },
    proxy: {
      "/api": { target: backend, changeOrigin: true, ws: true },
      "/media": { target: backend, changeOrigin: true },
    },
  },
  test: {
    environment: "happy-dom",
    // Run Vant through Vite so it shares the one Vue copy the SFCs use.
    server: { deps: { inline: ["vant"] } },
    include: ["tests/**/*.spec.ts"],
    setupFiles: ["tests/setup.ts"],
    restoreMocks: true,
    unstubGlobals: true,
  },
});
