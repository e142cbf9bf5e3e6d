/**
 * Rich text (图文) sanitiser: an allow-list of tags, attributes and CSS properties. The server
 * sanitises on save too (layouts/README.md); the shell does not trust that and cleans again
 * before `v-html`.
 *
 * The input is parsed by the browser's own parser into an inert <template> (its content belongs
 * to a document without a browsing context: nothing loads or runs) and rebuilt node by node into
 * a fresh tree: only allowed elements with allowed,
 * validated attributes are created, so nothing the parser may have read differently survives.
 * Dangerous elements (script, style, iframe, form controls, svg, …) go with their content; other
 * unknown elements are unwrapped (their text stays).
 */

const ALLOWED_TAGS = new Set([
  "a", "abbr", "b", "big", "blockquote", "br", "caption", "code", "col", "colgroup", "dd", "del",
  "div", "dl", "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "li",
  "mark", "ol", "p", "pre", "q", "s", "section", "small", "span", "strong", "sub", "sup", "table",
  "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
]);

/** Removed together with everything inside them. */
const DROP_WITH_CONTENT = new Set([
  "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "noscript",
  "template", "svg", "math", "form", "input", "button", "select", "option", "textarea", "link",
  "meta", "base", "head", "title", "audio", "video", "source", "track", "canvas", "portal",
  "noembed", "noframes", "xmp", "plaintext", "dialog",
]);

const GLOBAL_ATTRS = new Set(["title", "style"]);

const TAG_ATTRS: Record<string, Set<string>> = {
  a: new Set(["href"]),
  img: new Set(["src", "alt", "width", "height"]),
  td: new Set(["colspan", "rowspan", "align"]),
  th: new Set(["colspan", "rowspan", "align"]),
  col: new Set(["span", "width"]),
  colgroup: new Set(["span"]),
  ol: new Set(["start"]),
  table: new Set(["width"]),
};

const STYLE_PROPS = new Set([
  "color", "background-color", "text-align", "text-decoration", "text-indent", "font-size",
  "font-weight", "font-style", "line-height", "letter-spacing", "margin", "margin-top",
  "margin-bottom", "margin-left", "margin-right", "padding", "padding-top", "padding-bottom",
  "padding-left", "padding-right", "width", "max-width", "height", "vertical-align", "border",
  "border-radius", "white-space", "word-break",
]);

const MAX_DEPTH = 64;

// Control characters and whitespace are ignored by URL parsers ("java\tscript:"): strip them
// before looking at the scheme.
// eslint-disable-next-line no-control-regex
const URL_NOISE = /[\u0000-\u0020\u007f-\u009f]/g;

function cleanUrl(value: string): string {
  return value.replace(URL_NOISE, "");
}

/** Links: https, tel:, mailto:, site paths and in-page anchors. */
export function isSafeHref(value: string): boolean {
  const url = cleanUrl(value);
  if (!url) return false;
  if (url.startsWith("#")) return true;
  if (url.startsWith("/")) return !url.startsWith("//") && !url.startsWith("/\\");
  return /^(https:\/\/[^\\]+|tel:[0-9+\-() ]+|mailto:[^\\<>"]+)$/i.test(url);
}

/** Images: https or a site path (`$defs/media_url`); never data: or javascript:. */
export function isSafeSrc(value: string): boolean {
  const url = cleanUrl(value);
  if (url.startsWith("/")) return !url.startsWith("//") && !url.startsWith("/\\");
  return /^https:\/\/[^\\]+$/i.test(url);
}

const STYLE_VALUE = /^[#(),.%\w\s+-]{1,100}$/;

/** Keeps the allowed declarations whose values are plain (no url(), expression(), escapes). */
export function sanitizeStyle(style: string): string {
  const out: string[] = [];
  for (const declaration of style.split(";")) {
    const colon = declaration.indexOf(":");
    if (colon < 0) continue;
    const prop = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).trim();
    if (!STYLE_PROPS.has(prop) || !STYLE_VALUE.test(value)) continue;
    if (/(url|expression|javascript|var|attr)\s*\(/i.test(value) || /javascript/i.test(value)) continue;
    out.push(`${prop}: ${value}`);
  }
  return out.join("; ");
}

function cleanAttributes(source: Element, target: Element, tag: string): void {
  const allowed = TAG_ATTRS[tag];
  for (const attr of Array.from(source.attributes)) {
    const name = attr.name.toLowerCase();
    if (!GLOBAL_ATTRS.has(name) && !allowed?.has(name)) continue;
    const value = attr.value;
    if (name === "style") {
      const style = sanitizeStyle(value);
      if (style) target.setAttribute("style", style);
    } else if (name === "href") {
      if (isSafeHref(value)) target.setAttribute("href", cleanUrl(value));
    } else if (name === "src") {
      if (isSafeSrc(value)) target.setAttribute("src", cleanUrl(value));
    } else if (["width", "height", "colspan", "rowspan", "span", "start"].includes(name)) {
      if (/^\d{1,4}%?$/.test(value.trim())) target.setAttribute(name, value.trim());
    } else if (name === "align") {
      if (/^(left|center|right)$/i.test(value.trim())) target.setAttribute(name, value.trim().toLowerCase());
    } else {
      target.setAttribute(name, value.slice(0, 200));
    }
  }
  if (tag === "a" && /^https:/i.test(target.getAttribute("href") ?? "")) {
    target.setAttribute("target", "_blank");
    target.setAttribute("rel", "noopener noreferrer nofollow");
  }
  if (tag === "img") target.setAttribute("loading", "lazy");
}

function copyChildren(source: Node, target: Node, doc: Document, depth: number): void {
  if (depth > MAX_DEPTH) return;
  for (const child of Array.from(source.childNodes)) {
    if (child.nodeType === 3) {
      target.appendChild(doc.createTextNode(child.textContent ?? ""));
      continue;
    }
    if (child.nodeType !== 1) continue; // comments, processing instructions, …
    const element = child as Element;
    const tag = element.localName.toLowerCase();
    // Only HTML elements: <svg><a>… or <math> children come in another namespace.
    if (element.namespaceURI && element.namespaceURI !== "http://www.w3.org/1999/xhtml") continue;
    if (DROP_WITH_CONTENT.has(tag)) continue;
    if (!ALLOWED_TAGS.has(tag)) {
      copyChildren(element, target, doc, depth + 1); // unwrap
      continue;
    }
    const clean = doc.createElement(tag);
    cleanAttributes(element, clean, tag);
    if (tag === "img" && !clean.hasAttribute("src")) continue; // an image without a safe source
    target.appendChild(clean);
    copyChildren(element, clean, doc, depth + 1);
  }
}

/** Clean rich-text HTML for `v-html`. Non-strings give "". */
export function sanitizeHtml(html: unknown): string {
  if (typeof html !== "string" || !html.trim()) return "";
  const doc = document.implementation.createHTMLDocument("");
  const template = doc.createElement("template");
  template.innerHTML = html;
  const container = doc.createElement("div");
  copyChildren(template.content, container, doc, 0);
  return container.innerHTML;
}
