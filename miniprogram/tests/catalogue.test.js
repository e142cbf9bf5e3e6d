// Contract with the catalogue (layouts/components): every type has a branch in layout-section
// and a component, renders its fixture, and the shell's defaults and SUPPORTED map match.
const fs = require("fs");
const path = require("path");
const { mount, settle, MP_ROOT } = require("./helpers/sim");
const { installWx, flush } = require("./helpers/wx");
const { catalogue, fixtureSection } = require("./helpers/fake-data");
const { SUPPORTED } = require("../miniprogram/core/supported.js");
const { DEFAULTS } = require("../miniprogram/core/defaults.js");

const entries = catalogue();

beforeEach(() => {
  installWx();
});

test("SUPPORTED lists every catalogue type at its catalogue version (20 types)", () => {
  const expected = {};
  entries.forEach((e) => (expected[e.type] = e.v));
  expect(SUPPORTED).toEqual(expected);
  expect(Object.keys(SUPPORTED)).toHaveLength(20);
});

test("core/defaults.js is up to date with the catalogue (npm run gen:defaults)", () => {
  const expected = {};
  entries.forEach((e) => {
    expected[e.type] = {};
    Object.entries(e.settings.properties || {}).forEach(([k, s]) => {
      if (Object.prototype.hasOwnProperty.call(s, "default")) expected[e.type][k] = s.default;
    });
  });
  expect(DEFAULTS).toEqual(expected);
});

test("layout-section holds one wx:if/wx:elif branch per catalogue type, each with a component", () => {
  const wxml = fs.readFileSync(path.join(MP_ROOT, "components/layout-section/index.wxml"), "utf8");
  const json = JSON.parse(fs.readFileSync(path.join(MP_ROOT, "components/layout-section/index.json"), "utf8"));
  const branches = [...wxml.matchAll(/<(sdui-[a-z-]+) wx:(if|elif)="\{\{section\.type === '([a-z_]+)'\}\}"/g)];
  expect(branches.map((m) => m[3]).sort()).toEqual(entries.map((e) => e.type).sort());
  expect(branches[0][2]).toBe("if");
  branches.slice(1).forEach((m) => expect(m[2]).toBe("elif"));
  branches.forEach(([, tag, , type]) => {
    expect(json.usingComponents[tag]).toBe(`../sections/${type}/index`);
    expect(fs.existsSync(path.join(MP_ROOT, `components/sections/${type}/index.wxml`))).toBe(true);
  });
});

// Types that draw nothing visible with their fixture in a test page (a popup waits for its delay;
// the tab bar leaves the bottom bar to the native tabBar on tab pages).
const VISIBLE = entries.map((e) => e.type).filter((t) => t !== "popup_ad");

// layout-section is rendered through page-renderer, as in the app: j-component does not draw a
// virtual-host root component whose top-level wx:if turns true after attach.
function renderSections(sections) {
  const comp = mount("components/page-renderer/index", {});
  comp.instance.setData({ sections });
  return settle(comp);
}

describe.each(entries.map((e) => [e.type, e]))("fixture %s", (type, entry) => {
  test(`renders its fixture inside layout-section with data-section-type`, () => {
    const section = fixtureSection(entry);
    const comp = renderSections([section]);
    const root = comp.dom.querySelector(`[data-section-type="${type}"]`);
    expect(root).not.toBeNull();
    expect(root.getAttribute("data-section-id")).toBe(section.id);
    if (VISIBLE.includes(type)) expect(root.innerHTML.length).toBeGreaterThan(40);
  });
});

test("layout-section draws nothing for an unknown type or a newer version", () => {
  jest.spyOn(console, "warn").mockImplementation(() => {});
  // Straight into the view, past normalizeLayout (which already leaves these out).
  const comp = renderSections([
    { id: "x", type: "magic_cube", v: 1, settings: {} },
    { id: "y", type: "banner", v: 2, settings: { slides: [{ image: "/a.jpg" }] } },
    { id: "z", type: "title_bar", v: 1, settings: { title: "标题" } },
  ]);
  expect(Array.from(comp.dom.querySelectorAll("[data-section-type]")).map((n) => n.getAttribute("data-section-id"))).toEqual(["z"]);
  expect(comp.dom.textContent.trim()).toBe("标题");
  console.warn.mockRestore();
});

test("the tab bar section yields to the native tabBar on tab pages and draws van-tabbar elsewhere", async () => {
  const entry = entries.find((e) => e.type === "tab_bar");
  global.getCurrentPages = () => [{ route: "pages/index/index" }];
  const onTab = renderSections([fixtureSection(entry)]);
  expect(onTab.dom.querySelector('[data-section-type="tab_bar"]').textContent.trim()).toBe("");

  global.getCurrentPages = () => [{ route: "pages/page/index" }];
  const elsewhere = mount("components/sections/tab_bar/index", { section: fixtureSection(entry) });
  expect(elsewhere.dom.textContent).toContain("购物车");
  expect(elsewhere.querySelectorAll(".tabs__item")).toHaveLength(4);
  elsewhere.querySelector(".tabs").instance.triggerEvent("change", 2);
  await flush();
  expect(global.wx.switchTab.mock.calls[0][0].url).toBe("/pages/cart/index");
  global.getCurrentPages = () => [];
});
