import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";

const srcDir = fileURLToPath(new URL("../src/", import.meta.url));
const sources = readdirSync(srcDir)
  .filter((f) => f.endsWith(".js"))
  .map((f) => ({ file: f, text: readFileSync(srcDir + f, "utf8") }));

/** Source without comments, so JSDoc prose does not trip the checks. */
const code = (text) => text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:])\/\/.*$/gm, "$1");

describe("the shared core stays portable (H5, app and the mini-program's copy)", () => {
  it("[SDUI-4] uses no platform globals: no DOM, wx, fetch or storage", () => {
    const forbidden = /\b(window|document|wx|uni|fetch|localStorage|sessionStorage|XMLHttpRequest|URLSearchParams|navigator|process|require)\b/;
    for (const { file, text } of sources) {
      expect(code(text), file).not.toMatch(forbidden);
    }
  });

  it("[SDUI-4] imports only sibling modules, with their .js extension", () => {
    for (const { file, text } of sources) {
      for (const [, spec] of code(text).matchAll(/\bfrom\s+["']([^"']+)["']/g)) {
        expect(spec, file).toMatch(/^\.\/[a-z]+\.js$/);
      }
    }
  });

  it("[SDUI-4] avoids syntax older mini-program compilers reject (?. ?? private or static fields)", () => {
    for (const { file, text } of sources) {
      const body = code(text);
      expect(body, file).not.toMatch(/\?\.[A-Za-z_$[(]/);
      expect(body, file).not.toMatch(/\?\?/);
      expect(body, file).not.toMatch(/(^|\s)(#[A-Za-z_$]|static\s)/m);
    }
  });

  it("[SDUI-4] every module is re-exported from index.js", () => {
    const index = readFileSync(srcDir + "index.js", "utf8");
    for (const { file } of sources) {
      if (file === "index.js") continue;
      expect(index, file).toContain(`"./${file}"`);
    }
  });
});
