// rich_text: the HTML becomes a sanitised node list for <rich-text nodes>.
const { sanitizeRichText } = require("../miniprogram/core/richtext.js");
const { mountSection, normalized } = require("./helpers/sim");
const { installWx } = require("./helpers/wx");

function walk(nodes, visit) {
  nodes.forEach((node) => {
    visit(node);
    if (node.children) walk(node.children, visit);
  });
}

function allOf(html) {
  const names = [];
  const attrs = [];
  const texts = [];
  walk(sanitizeRichText(html), (n) => {
    if (n.type === "text") texts.push(n.text);
    else {
      names.push(n.name);
      Object.entries(n.attrs).forEach(([k, v]) => attrs.push([k, v]));
    }
  });
  return { names, attrs, texts: texts.join("") };
}

test("keeps the catalogue fixture's structure and text", () => {
  const nodes = sanitizeRichText("<h3>活动规则</h3><p>1. 活动时间：11月1日。</p><p>2. 每人<strong>限领一张</strong>。</p>");
  expect(nodes).toEqual([
    { name: "h3", attrs: {}, children: [{ type: "text", text: "活动规则" }] },
    { name: "p", attrs: {}, children: [{ type: "text", text: "1. 活动时间：11月1日。" }] },
    {
      name: "p",
      attrs: {},
      children: [
        { type: "text", text: "2. 每人" },
        { name: "strong", attrs: {}, children: [{ type: "text", text: "限领一张" }] },
        { type: "text", text: "。" },
      ],
    },
  ]);
});

test.each([
  ["<p>a</p><script>alert(1)</script><p>b</p>", "ab"],
  ["<p>a<style>p{display:none}</style>b</p>", "ab"],
  ['<iframe src="https://evil.example.com"></iframe><p>ok</p>', "ok"],
  ["<svg><script>alert(1)</script><text>x</text></svg><p>ok</p>", "ok"],
  ['<p>a<script type="text/javascript">document.write("</p>")</script>b</p>', "ab"],
  ["<SCRIPT>alert(1)</SCRIPT >ok", "ok"],
  ["<!-- <script>alert(1)</script> -->ok", "ok"],
])("drops script, style, frames and svg with their content: %s", (html, text) => {
  const { names, texts } = allOf(html);
  expect(names).not.toContain("script");
  expect(names).not.toContain("style");
  expect(names).not.toContain("iframe");
  expect(names).not.toContain("svg");
  expect(texts).toBe(text);
});

test("drops event handlers and unknown attributes", () => {
  const { attrs } = allOf('<p onclick="alert(1)" ONMOUSEOVER=alert(2) id="x" data-x="1" class="lead" style="color:red">t</p><img src="https://a.example.com/x.jpg" onerror="alert(3)">');
  const names = attrs.map(([k]) => k);
  expect(names.filter((k) => /^on/i.test(k))).toEqual([]);
  expect(names).not.toContain("id");
  expect(names).not.toContain("data-x");
  expect(attrs).toContainEqual(["class", "lead"]);
  expect(attrs).toContainEqual(["style", "color:red"]);
});

test.each([
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href=" javascript:alert(1)">x</a>',
  '<a href="java&#115;cript:alert(1)">x</a>',
  '<a href="java\tscript:alert(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="//evil.example.com">x</a>',
  '<img src="javascript:alert(1)">',
  '<img src="http://insecure.example.com/a.jpg">',
])("drops dangerous URLs: %s", (html) => {
  const { attrs, names } = allOf(html);
  expect(attrs.filter(([k]) => k === "href" || k === "src")).toEqual([]);
  expect(names).not.toContain("img"); // an image without a safe src is dropped
});

test("keeps https links, resolves site-path images and sizes images to the width", () => {
  const nodes = sanitizeRichText('<a href="https://m.example.com/a?b=1&amp;c=2">链接</a><img src="/media/demo/rule.jpg" alt="规则">');
  expect(nodes[0].attrs.href).toBe("https://m.example.com/a?b=1&c=2");
  expect(nodes[1].attrs.src).toBe("http://127.0.0.1:8000/media/demo/rule.jpg");
  expect(nodes[1].attrs.alt).toBe("规则");
  expect(nodes[1].attrs.style).toContain("max-width:100%");
});

test("drops dangerous styles and fixed positioning", () => {
  const { attrs } = allOf(
    '<p style="background:url(javascript:alert(1))">a</p><p style="width:expression(alert(1))">b</p><p style="position:fixed;top:0;color:red">c</p>',
  );
  const styles = attrs.filter(([k]) => k === "style").map(([, v]) => v);
  expect(styles).toEqual(["top:0;color:red"]);
});

test("unknown tags are unwrapped, text kept; malformed input does not throw", () => {
  expect(allOf("<custom-tag>hello <b>world</b></custom-tag>")).toMatchObject({ names: ["b"], texts: "hello world" });
  expect(() => sanitizeRichText("<p <<>> </p </div> <img")).not.toThrow();
  expect(sanitizeRichText(null)).toEqual([]);
  expect(sanitizeRichText("a < b")).toEqual([{ type: "text", text: "a < b" }]);
});

test("the rich_text section hands the sanitised nodes to <rich-text>", () => {
  installWx();
  const comp = mountSection(
    normalized({ type: "rich_text", settings: { html: '<p onclick="steal()">规则</p><script>alert(1)</script>', padding: 12, background_color: "#ffffff" } }),
  );
  const richText = comp.querySelector(".rich__body");
  expect(comp.data.nodes).toEqual([{ name: "p", attrs: {}, children: [{ type: "text", text: "规则" }] }]);
  expect(richText).toBeTruthy();
  expect(comp.dom.innerHTML).not.toContain("script");
});
