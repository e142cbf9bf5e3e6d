// Loading and rendering mini-program components with miniprogram-simulate.
//
// Components are compiled by the official wcc compiler over the whole mini-program root, which
// holds the Vant Weapp components in miniprogram_npm/ (`npm run build:npm`, what DevTools'
// 「构建 npm」 does). miniprogram-simulate does not resolve npm-style paths such as
// `@vant/weapp/search/index`, so every Vant tag we use is mapped to its file in miniprogram_npm
// through the `usingComponents` override of simulate.load: the real Vant components run.
const fs = require("fs");
const path = require("path");
const simulate = require("miniprogram-simulate");
const exparser = require("miniprogram-exparser");

const MP_ROOT = path.resolve(__dirname, "../../miniprogram");

// simulate.load runs each component's JS with `require(file)` and then deletes it from
// require.cache so that a later load runs it again; under Jest that deletion does nothing and
// the second load of the same file (a Vant component used by two sections, a section loaded
// alone and again inside page-renderer) would register nothing. Remember the options each file
// passed to Component() and replay them (with pristine relations: registration rewrites their
// keys in place) when the module comes from Jest's cache.
const simulateUtils = require("miniprogram-simulate/src/utils");
const componentOptions = new Map();

function cloneOptions(options) {
  const copy = Object.assign({}, options);
  if (options.relations) {
    copy.relations = {};
    for (const [key, value] of Object.entries(options.relations)) copy.relations[key] = Object.assign({}, value);
  }
  return copy;
}

simulateUtils.runJs = (filePath) => {
  const register = global.Component;
  let called = false;
  global.Component = (options) => {
    called = true;
    componentOptions.set(filePath, cloneOptions(options));
    return register(options);
  };
  try {
    require(filePath);
  } finally {
    global.Component = register;
  }
  if (!called && componentOptions.has(filePath)) register(cloneOptions(componentOptions.get(filePath)));
};

function jsonFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "miniprogram_npm" || entry.name === "shared") continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...jsonFiles(full));
    else if (entry.name.endsWith(".json")) out.push(full);
  }
  return out;
}

/** {"van-search": "/miniprogram_npm/@vant/weapp/search/index", …} for every Vant tag we use. */
function vantOverrides() {
  const map = {};
  for (const file of jsonFiles(MP_ROOT)) {
    const json = JSON.parse(fs.readFileSync(file, "utf8"));
    const using = json.usingComponents || {};
    for (const [tag, target] of Object.entries(using)) {
      if (!target.startsWith("@vant/weapp/")) continue;
      const resolved = "/miniprogram_npm/" + target;
      if (map[tag] && map[tag] !== resolved) throw new Error(`${tag} maps to ${map[tag]} and ${resolved}`);
      map[tag] = resolved;
    }
  }
  for (const target of Object.values(map)) {
    if (!fs.existsSync(path.join(MP_ROOT, target + ".json"))) {
      throw new Error(`${target} missing: run \`npm run build:npm\``);
    }
  }
  return map;
}

const VANT = vantOverrides();
const loaded = {};

/** Register a component (path relative to the mini-program root) and return its id. */
function load(relPath) {
  if (!loaded[relPath]) {
    loaded[relPath] = simulate.load(path.join(MP_ROOT, relPath), "sdui-test", {
      rootPath: MP_ROOT,
      compilerOptions: { maxBuffer: 256 * 1024 * 1024 },
      usingComponents: Object.assign({}, VANT),
    });
  }
  return loaded[relPath];
}

// j-component fires the `ready` lifetime only in attach(), for the components that exist then;
// in WeChat, components created later by setData get theirs too. Vant relies on it (van-grid-item
// takes its width from van-grid in `ready`), so after updating a mounted tree, settle(comp)
// fires `ready` once for every component that has not had it yet, children first as attach does.
const readied = new WeakSet();

function walk(node, visit) {
  if (node instanceof exparser.Component && node.shadowRoot instanceof exparser.Element) walk(node.shadowRoot, visit);
  node.childNodes.forEach((child) => {
    if (child instanceof exparser.Element) walk(child, visit);
  });
  if (node instanceof exparser.Component) visit(node);
}

function settle(comp) {
  walk(comp._exparserNode, (node) => {
    if (readied.has(node)) return;
    readied.add(node);
    node.triggerLifeTime("ready", []);
  });
  return comp;
}

/** Render and attach a component; returns the j-component wrapper. */
function mount(relPath, props) {
  const comp = simulate.render(load(relPath), props || {});
  const parent = document.createElement("parent-wrapper");
  document.body.appendChild(parent);
  comp.attach(parent); // fires `ready` for the whole tree
  walk(comp._exparserNode, (node) => readied.add(node));
  return comp;
}

/** Render page-renderer and draw a page response the way the pages do (setResponse). */
function renderPage(response) {
  const comp = mount("components/page-renderer/index", {});
  const result = comp.instance.setResponse(response);
  settle(comp);
  return { comp, result };
}

const sectionPath = (type) => `components/sections/${type}/index`;

/** Render one section component with a normalised section. */
function mountSection(section) {
  return mount(sectionPath(section.type), { section });
}

/** A normalised section as the shared core returns it. */
function normalized(partial) {
  return Object.assign({ id: partial.type, v: 1, settings: {}, data: null, action: null, source: null, lazy: false }, partial);
}

/** [{id, type, itemIds}] read from the rendered DOM in document order. */
function renderedSequence(root) {
  const out = [];
  const nodes = root.querySelectorAll("[data-section-type], [data-product-id]");
  nodes.forEach((node) => {
    if (node.hasAttribute("data-section-type")) {
      out.push({ id: node.getAttribute("data-section-id"), type: node.getAttribute("data-section-type"), itemIds: [] });
    } else {
      const current = out[out.length - 1];
      if (!current) throw new Error("product card outside a section");
      current.itemIds.push(Number(node.getAttribute("data-product-id")));
    }
  });
  return out;
}

module.exports = { simulate, MP_ROOT, VANT, load, mount, settle, renderPage, mountSection, normalized, renderedSequence, sectionPath };
