#!/usr/bin/env node
// Copy the shared JS core (../shared_js/src/*.js, plain ES modules) into the mini-program
// package as miniprogram/shared/. The copy is git-ignored: this script regenerates it, and
// `npm test` runs it first. WeChat DevTools compiles the ES modules (project setting es6).
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const source = join(here, "..", "..", "shared_js", "src");
const target = join(here, "..", "miniprogram", "shared");

if (!existsSync(source)) {
  console.error(`sync-shared: ${source} does not exist`);
  process.exit(1);
}
const files = readdirSync(source).filter((name) => name.endsWith(".js"));
if (!files.includes("index.js")) {
  console.error(`sync-shared: ${source} has no index.js`);
  process.exit(1);
}
rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
for (const name of files) copyFileSync(join(source, name), join(target, name));
console.log(`sync-shared: ${files.length} files → miniprogram/shared/`);
