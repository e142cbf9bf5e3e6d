import { describe, expect, it } from "vitest";

import { isSafeHref, isSafeSrc, sanitizeHtml, sanitizeStyle } from "@/core/sanitize";

describe("sanitizeHtml", () => {
  it("[SDUI-4] rich text: keeps the rich text of the campaign template as it is", () => {
    const html =
      "<h3>活动规则</h3><p>1. 活动时间：11月1日 00:00 至 11月11日 23:59。</p><p>2. 满300减50券每人限领1张。</p>";
    expect(sanitizeHtml(html)).toBe(html);
  });

  it("[SDUI-4] rich text: removes script and style elements with their content", () => {
    expect(sanitizeHtml('<p>hi</p><script>alert(1)</script><style>p{display:none}</style>')).toBe("<p>hi</p>");
    expect(sanitizeHtml("<scr<script>ipt>alert(1)</script>")).not.toMatch(/<script/i);
  });

  it("[SDUI-4] rich text: drops every on* event attribute", () => {
    const out = sanitizeHtml('<p onclick="steal()" onmouseover="x()">a</p><img src="/media/a.jpg" onerror="alert(1)">');
    expect(out).not.toMatch(/on(click|mouseover|error)/i);
    expect(out).toContain('<img src="/media/a.jpg" loading="lazy">');
  });

  it("[SDUI-4] rich text: drops javascript:, data: and other unsafe links and images", () => {
    const out = sanitizeHtml(
      '<a href="javascript:alert(1)">x</a><a href=" jAvA\tscript:alert(1)">y</a><a href="data:text/html,hi">z</a>' +
        '<img src="data:image/png;base64,AAAA"><img src="javascript:alert(1)"><img src="//evil.com/a.png">',
    );
    expect(out).toBe("<a>x</a><a>y</a><a>z</a>");
  });

  it("[SDUI-4] rich text: keeps https, tel: and site links; https ones open in a new window without an opener", () => {
    expect(sanitizeHtml('<a href="https://m.example.com/a?b=1">外链</a>')).toBe(
      '<a href="https://m.example.com/a?b=1" target="_blank" rel="noopener noreferrer nofollow">外链</a>',
    );
    expect(sanitizeHtml('<a href="tel:400-800-8888">客服</a>')).toBe('<a href="tel:400-800-8888">客服</a>');
    expect(sanitizeHtml('<a href="/h5/page/double11">会场</a>')).toBe('<a href="/h5/page/double11">会场</a>');
  });

  it("[SDUI-4] rich text: removes dangerous containers (iframe, form, svg, math, template, object)", () => {
    const out = sanitizeHtml(
      '<iframe src="https://evil.com"></iframe><form action="/x"><input name="a"><button>b</button></form>' +
        '<svg><a href="javascript:alert(1)"><text>t</text></a></svg><math><mi>x</mi></math>' +
        "<template><img src=x onerror=alert(1)></template><object data='x'></object><p>ok</p>",
    );
    expect(out).toBe("<p>ok</p>");
  });

  it("[SDUI-4] rich text: unwraps unknown elements but keeps their text", () => {
    expect(sanitizeHtml('<font color="red">红色</font><center><b>粗体</b></center>')).toBe("红色<b>粗体</b>");
  });

  it("[SDUI-4] rich text: drops attributes that are not allowed, such as id, class and data-*", () => {
    expect(sanitizeHtml('<p id="x" class="y" data-z="1" title="说明">t</p>')).toBe('<p title="说明">t</p>');
  });

  it("[SDUI-4] rich text: keeps harmless styles and drops the rest", () => {
    expect(sanitizeHtml('<p style="color: #ee0a24; text-align: center; position: fixed; background: url(javascript:x)">t</p>')).toBe(
      '<p style="color: #ee0a24; text-align: center">t</p>',
    );
    expect(sanitizeStyle("font-size: 16px; width: expression(alert(1)); color: var(--x)")).toBe("font-size: 16px");
    expect(sanitizeStyle("color: red; behavior: url(x.htc)")).toBe("color: red");
  });

  it("[SDUI-4] rich text: escapes text, so markup in text stays text", () => {
    expect(sanitizeHtml("<p>&lt;script&gt;alert(1)&lt;/script&gt; 5 &gt; 3 &amp; 2</p>")).toBe(
      "<p>&lt;script&gt;alert(1)&lt;/script&gt; 5 &gt; 3 &amp; 2</p>",
    );
  });

  it("[SDUI-4] rich text: keeps tables and lists with their safe attributes", () => {
    expect(sanitizeHtml('<table><tbody><tr><td colspan="2" align="center" onclick="x">a</td></tr></tbody></table>')).toBe(
      '<table><tbody><tr><td colspan="2" align="center">a</td></tr></tbody></table>',
    );
    expect(sanitizeHtml('<ol start="3"><li>a</li></ol>')).toBe('<ol start="3"><li>a</li></ol>');
  });

  it("[SDUI-4] rich text: drops comments and returns '' for nothing or non-strings", () => {
    expect(sanitizeHtml("<!-- <script>x</script> --><p>a</p>")).toBe("<p>a</p>");
    expect(sanitizeHtml("")).toBe("");
    expect(sanitizeHtml(null)).toBe("");
    expect(sanitizeHtml(42)).toBe("");
  });

  it("[SDUI-4] rich text: survives deep nesting", () => {
    const deep = "<div>".repeat(500) + "x" + "</div>".repeat(500);
    expect(() => sanitizeHtml(deep)).not.toThrow();
  });
});

describe("URL checks of the sanitiser", () => {
  it("[SDUI-4] rich text: accepts only safe link and image addresses", () => {
    expect(isSafeHref("https://a.com")).toBe(true);
    expect(isSafeHref("#top")).toBe(true);
    expect(isSafeHref("mailto:kefu@example.com")).toBe(true);
    expect(isSafeHref("http://a.com")).toBe(false);
    expect(isSafeHref("//a.com")).toBe(false);
    expect(isSafeHref("/\\a.com")).toBe(false);
    expect(isSafeHref("vbscript:x")).toBe(false);
    expect(isSafeSrc("/media/demo/a.jpg")).toBe(true);
    expect(isSafeSrc("https://cdn.example.com/a.jpg")).toBe(true);
    expect(isSafeSrc("http://cdn.example.com/a.jpg")).toBe(false);
    expect(isSafeSrc("data:image/png;base64,AA")).toBe(false);
  });
});
