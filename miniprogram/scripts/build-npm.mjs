#!/usr/bin/env node
// What WeChat DevTools' 「工具 → 构建 npm」 does for our dependencies: copy the `miniprogram`
// directory of each mini-program package (for @vant/weapp: `dist/`) from node_modules into
// miniprogram/miniprogram_npm/<name>/. The output is git-ignored. The tests run it so that the
// official wcc compiler sees the Vant components exactly where the mini-program resolves
// `@vant/weapp/<component>/index`.
import { cpSync, existsSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const outDir = join(root, "miniprogram", "miniprogram_npm");

rmSync(outDir, { recursive: true, force: true });
let count = 0;
for (const name of Object.keys(pkg.dependencies || {})) {
  const pkgDir = join(root, "node_modules", name);
  const depPkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
  const dist = join(pkgDir, depPkg.miniprogram || "miniprogram_dist");
  if (!existsSync(dist)) {
    console.error(`build-npm: ${name} has no mini-program build (${dist})`);
    process.exit(1);
  }
  cpSync(dist, join(outDir, name), { recursive: true });
  count++;
}
console.log(`build-npm: ${count} package(s) → miniprogram/miniprogram_npm/`);
