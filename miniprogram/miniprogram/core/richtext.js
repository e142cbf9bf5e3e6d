// HTML (rich_text settings) → the node list of <rich-text nodes>, keeping only an allow-list of
// tags and attributes. Scripts, styles, frames, event handlers (on*) and javascript:/data: URLs
// never reach the node list; unknown tags are unwrapped (their text stays). The server sanitises
// on save as well; this is the shell's own line of defence.
import { mediaUrl } from "./media.js";

const ALLOWED_TAGS = toSet(
  "a abbr address article aside b bdi bdo big blockquote br caption center cite code col colgroup " +
    "dd del div dl dt em fieldset font footer h1 h2 h3 h4 h5 h6 header hr i img ins label legend li " +
    "mark nav ol p pre q rt ruby s section small span strong sub sup table tbody td tfoot th thead tr " +
    "tt u ul",
);
// Dropped together with everything inside them.
const DROP_TAGS = toSet(
  "script style iframe frame frameset object embed applet template noscript noembed textarea " +
    "select option button input form svg math head title base link meta audio video canvas",
);
// Their content is raw text up to the closing tag.
const RAW_TEXT_TAGS = toSet("script style textarea title xmp noscript noembed iframe");
const VOID_TAGS = toSet("br hr img col area base input link meta wbr source track param embed");

const GLOBAL_ATTRS = toSet("class style");
const TAG_ATTRS = {
  img: toSet("src alt width height"),
  a: toSet("href title"),
  table: toSet("width border cellpadding cellspacing"),
  td: toSet("colspan rowspan width align valign"),
  th: toSet("colspan rowspan width align valign"),
  col: toSet("span width"),
  colgroup: toSet("span width"),
  ol: toSet("start type"),
  font: toSet("color size"),
};

const MAX_NODES = 3000;
const MAX_DEPTH = 30;

function toSet(words) {
  const set = {};
  words.split(/\s+/).forEach((w) => {
    if (w) set[w] = true;
  });
  return set;
}

function has(set, key) {
  return Object.prototype.hasOwnProperty.call(set, key);
}

const ENTITY = /&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi;
const NAMED = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Decode character references (used for attribute values before checking them). */
export function decodeEntities(text) {
  return text.replace(ENTITY, (all, ref) => {
    const lower = ref.toLowerCase();
    let code = null;
    if (lower.charAt(0) === "#") {
      code = lower.charAt(1) === "x" ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
      if (!(code > 0 && code < 0x110000) || (code >= 0xd800 && code <= 0xdfff)) return "\ufffd";
      return String.fromCodePoint(code);
    }
    return has(NAMED, lower) ? NAMED[lower] : all;
  });
}

/** A link or image address that may stay: https, or a site path (resolved for images). */
function safeUrl(value, forImage) {
  // eslint-disable-next-line no-control-regex
  const v = decodeEntities(value).replace(/[\u0000-\u0020\u007f]+/g, "");
  if (/^https:\/\//i.test(v)) return v;
  if (v.charAt(0) === "/" && v.charAt(1) !== "/") return forImage ? mediaUrl(v) : v;
  return null; // javascript:, data:, vbscript:, http:, //host, relative …
}

function safeStyle(value) {
  const v = decodeEntities(value);
  if (/expression\s*\(|javascript:|vbscript:|url\s*\(|behavior\s*:|-moz-binding|@import|[<>\\]/i.test(v)) {
    return null;
  }
  // position:fixed could cover the page; drop that declaration.
  return v
    .split(";")
    .filter((decl) => decl.trim() && !/^\s*position\s*:\s*(fixed|sticky)/i.test(decl))
    .join(";")
    .trim();
}

function cleanAttrs(tag, raw) {
  const attrs = {};
  const allowed = TAG_ATTRS[tag] || {};
  Object.keys(raw).forEach((name) => {
    if (!(has(GLOBAL_ATTRS, name) || has(allowed, name))) return; // on*, id, data-*, srcdoc …
    const value = raw[name];
    if (name === "style") {
      const style = safeStyle(value);
      if (style) attrs.style = style;
    } else if (name === "src" || name === "href") {
      const url = safeUrl(value, name === "src");
      if (url) attrs[name] = url;
    } else {
      attrs[name] = decodeEntities(value).replace(/[<>"]/g, "");
    }
  });
  if (tag === "img") {
    if (!attrs.src) return null;
    attrs.style = "max-width:100%;height:auto;display:block;" + (attrs.style || "");
  }
  return attrs;
}

const ATTR_RE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function parseAttrs(text) {
  const attrs = {};
  let m;
  ATTR_RE.lastIndex = 0;
  while ((m = ATTR_RE.exec(text))) {
    const name = m[1].toLowerCase();
    if (has(attrs, name)) continue;
    attrs[name] = m[2] !== undefined ? m[2] : m[3] !== undefined ? m[3] : m[4] !== undefined ? m[4] : "";
  }
  return attrs;
}

const TAG_RE = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/;

/**
 * @param {string} html
 * @returns {Array<{name: string, attrs: object, children: Array} | {type: "text", text: string}>}
 */
export function sanitizeRichText(html) {
  const root = { name: "#root", children: [] };
  if (typeof html !== "string" || !html) return root.children;
  // Stack entries: {node, tag, drop} — drop: inside a tag whose content is discarded.
  const stack = [{ node: root, tag: "#root", drop: false }];
  let count = 0;
  let i = 0;
  const len = html.length;

  const top = () => stack[stack.length - 1];
  const pushText = (text) => {
    if (!text || top().drop || count >= MAX_NODES) return;
    const children = top().node.children;
    const last = children[children.length - 1];
    if (last && last.type === "text") last.text += text;
    else {
      children.push({ type: "text", text });
      count++;
    }
  };

  while (i < len) {
    const lt = html.indexOf("<", i);
    if (lt === -1) {
      pushText(html.slice(i));
      break;
    }
    if (lt > i) pushText(html.slice(i, lt));
    i = lt;
    if (html.startsWith("<!--", i)) {
      const end = html.indexOf("-->", i + 4);
      i = end === -1 ? len : end + 3;
      continue;
    }
    if (html.startsWith("<!", i) || html.startsWith("<?", i)) {
      const end = html.indexOf(">", i);
      i = end === -1 ? len : end + 1;
      continue;
    }
    const m = TAG_RE.exec(html.slice(i));
    if (!m) {
      pushText("<");
      i += 1;
      continue;
    }
    i += m[0].length;
    const closing = m[1] === "/";
    const tag = m[2].toLowerCase();

    if (closing) {
      for (let k = stack.length - 1; k > 0; k--) {
        if (stack[k].tag === tag) {
          stack.length = k;
          break;
        }
      }
      continue;
    }

    const selfClosing = /\/\s*$/.test(m[3]) || has(VOID_TAGS, tag);
    if (has(RAW_TEXT_TAGS, tag)) {
      // Skip to the closing tag, whatever is inside (a "</p>" in a script is still script).
      const close = new RegExp("</" + tag + "\\s*>", "i").exec(html.slice(i));
      i = close ? i + close.index + close[0].length : len;
      continue;
    }
    if (top().drop || has(DROP_TAGS, tag)) {
      if (!selfClosing) stack.push({ node: null, tag, drop: true });
      continue;
    }
    if (!has(ALLOWED_TAGS, tag) || stack.length > MAX_DEPTH || count >= MAX_NODES) {
      // Unknown tag: keep its content, drop the tag itself.
      if (!selfClosing) stack.push({ node: top().node, tag, drop: false });
      continue;
    }
    const attrs = cleanAttrs(tag, parseAttrs(m[3]));
    if (!attrs) continue; // e.g. an <img> without a safe src
    const node = { name: tag, attrs, children: [] };
    top().node.children.push(node);
    count++;
    if (!selfClosing) stack.push({ node, tag, drop: false });
  }
  return root.children;
}
