"""The component catalogue (layouts/) is one consistent source of truth for validator, editor and shells."""

import copy
import json
import re
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

pytestmark = pytest.mark.feature("SDUI-1")

REQUIRED_TYPES = {
    "banner",
    "search_box",
    "category_grid",
    "product_grid",
    "ranking_list",
    "notice_bar",
    "image_hotspot",
    "rich_text",
    "spacer",
    "divider",
    "coupon_strip",
    "flash_sale_strip",
    "group_buy_strip",
    "shop_card",
    "store_locator",
    "popup_ad",
    "tab_bar",
    "title_bar",
    "brand_wall",
    "video",
}
WIDGETS = {
    "text",
    "textarea",
    "number",
    "slider",
    "color",
    "switch",
    "select",
    "radio",
    "image",
    "image-list",
    "link",
    "rich-text",
    "product-picker",
    "category-picker",
    "coupon-picker",
    "list",
}
CJK = re.compile(r"[\u4e00-\u9fff]")
ICONS_VUE = Path(__file__).resolve().parents[2] / "admin_web/node_modules/@element-plus/icons-vue"


def page_with(*sections, style=None):
    """A minimal page document holding the given (id, section) pairs in order."""
    page = {"kind": "custom", "title": "测试页"}
    if style is not None:
        page["style"] = style
    return {"schema_version": 1, "page": page, "sections": dict(sections), "order": [s for s, _ in sections]}


def fixture_section(catalogue, type_):
    return copy.deepcopy(catalogue.components[type_]["fixture"])


def paths(problems):
    return [p.path for p in problems]


def walk_fields(schema, at=()):
    """Yield (path, field schema) for every property of every object in a settings schema."""
    for name, field in schema.get("properties", {}).items():
        yield (*at, name), field
        if field.get("type") == "object":
            yield from walk_fields(field, (*at, name))
        items = field.get("items", {})
        if items.get("type") == "object":
            yield from walk_fields(items, (*at, name, "[]"))


def walk_objects(schema, at=()):
    """Yield (path, schema) for every object schema in a settings schema, the root included."""
    if schema.get("type") == "object":
        yield at, schema
    for name, field in schema.get("properties", {}).items():
        yield from walk_objects(field, (*at, name))
    if isinstance(schema.get("items"), dict):
        yield from walk_objects(schema["items"], (*at, "[]"))


# ------------------------------------------------------------------------------------------------
class TestCatalogueFiles:
    def test_catalogue_holds_every_required_component_type(self, catalogue):
        assert set(catalogue.components) >= REQUIRED_TYPES

    def test_page_and_entry_schemas_are_valid_draft_2020_12_schemas(self, catalogue):
        Draft202012Validator.check_schema(catalogue.page_schema)
        Draft202012Validator.check_schema(catalogue.entry_schema)

    def test_all_json_is_tidy_utf8_with_two_space_indent(self, catalogue):
        files = [
            *catalogue.component_files.values(),
            *catalogue.template_files.values(),
            catalogue.component_files["banner"].parents[1] / "page.schema.json",
            catalogue.component_files["banner"].parents[1] / "component.schema.json",
        ]
        for path in files:
            raw = path.read_bytes()
            text = raw.decode("utf-8")
            assert not raw.startswith(b"\xef\xbb\xbf"), path
            assert text.endswith("}\n"), path
            assert "\\u" not in text, f"{path}: non-ASCII must be written as UTF-8, not escaped"
            assert text.splitlines()[1].startswith('  "'), path
            json.loads(text)


class TestComponentEntry:
    def test_file_name_type_and_id_agree(self, catalogue, component_type):
        entry = catalogue.components[component_type]
        assert entry["type"] == component_type
        assert entry["$id"] == f"https://schemas.shop.local/layouts/components/{component_type}.json"
        assert entry["fixture"]["type"] == component_type
        assert entry["fixture"]["v"] == entry["v"]

    def test_entry_matches_the_catalogue_entry_schema(self, catalogue, component_type):
        errors = list(catalogue.entry_validator.iter_errors(catalogue.components[component_type]))
        assert errors == [], [(list(e.absolute_path), e.message) for e in errors]

    def test_settings_is_a_valid_draft_2020_12_schema(self, catalogue, component_type):
        Draft202012Validator.check_schema(catalogue.components[component_type]["settings"])

    def test_title_is_chinese_and_icon_is_an_element_plus_icon(self, catalogue, component_type):
        entry = catalogue.components[component_type]
        assert CJK.search(entry["title"])
        assert re.fullmatch(r"[A-Z][A-Za-z]+", entry["icon"])
        index = ICONS_VUE / "dist/types/components/index.d.ts"
        if index.exists():
            assert f"default as {entry['icon']} }}" in index.read_text(encoding="utf-8")

    def test_every_field_has_a_chinese_title_and_a_known_widget(self, catalogue, component_type):
        settings = catalogue.components[component_type]["settings"]
        for path, field in walk_fields(settings):
            assert CJK.search(field.get("title", "")), path
            assert field.get("x-widget") in WIDGETS, path
            if len(path) == 1:
                assert isinstance(field.get("x-group"), str), path
            if "enum" in field:
                assert len(field["x-enum-titles"]) == len(field["enum"]), path

    def test_every_object_in_settings_is_closed(self, catalogue, component_type):
        for path, schema in walk_objects(catalogue.components[component_type]["settings"]):
            assert schema.get("additionalProperties") is False, path

    def test_colors_images_and_links_use_the_shared_definitions(self, catalogue, component_type):
        shared = {"color": "#/$defs/color", "image": "#/$defs/media_url", "link": "#/$defs/action"}
        for path, field in walk_fields(catalogue.components[component_type]["settings"]):
            widget = field["x-widget"]
            if widget in shared:
                assert field["$ref"].startswith("https://schemas.shop.local/layouts/page.schema.json"), path
                assert field["$ref"].split("#")[1].startswith(shared[widget].lstrip("#")), path

    def test_defaults_alone_make_valid_settings(self, catalogue, component_type):
        settings = catalogue.components[component_type]["settings"]
        defaults = {k: f["default"] for k, f in settings["properties"].items() if "default" in f}
        assert set(settings.get("required", [])) <= set(defaults)
        assert catalogue.settings_errors(component_type, defaults) == []

    def test_fixture_is_a_complete_valid_section(self, catalogue, component_type):
        entry = catalogue.components[component_type]
        section = fixture_section(catalogue, component_type)
        with_default = {k for k, f in entry["settings"]["properties"].items() if "default" in f}
        assert with_default <= set(section["settings"])
        assert catalogue.problems(page_with(("fixture", section))) == []

    def test_every_preset_is_valid(self, catalogue, component_type):
        entry = catalogue.components[component_type]
        assert entry["presets"]
        for preset in entry["presets"]:
            assert CJK.search(preset["title"])
            assert catalogue.settings_errors(component_type, preset["settings"]) == [], preset["title"]
            if "source" in preset:
                assert preset["source"]["kind"] in entry["sources"], preset["title"]
                section = {
                    "type": component_type,
                    "v": entry["v"],
                    "settings": preset["settings"],
                    "source": preset["source"],
                }
                assert catalogue.problems(page_with(("preset", section))) == [], preset["title"]


# ------------------------------------------------------------------------------------------------
class TestTemplates:
    def test_template_is_a_valid_page_document(self, catalogue, template_name):
        problems = catalogue.problems(catalogue.templates[template_name])
        assert problems == []

    def test_template_page_kind_matches_its_name(self, catalogue, template_name):
        assert catalogue.templates[template_name]["page"]["kind"] == template_name

    def test_template_images_point_at_demo_media(self, catalogue, template_name):
        text = catalogue.template_files[template_name].read_text(encoding="utf-8")
        for value in re.findall(r'"(/[^"]*\.(?:jpg|png|mp4))"', text):
            assert value.startswith("/media/demo/"), value

    def test_platform_home_holds_the_home_components(self, catalogue):
        types = [s["type"] for s in catalogue.templates["platform_home"]["sections"].values()]
        for expected in [
            "search_box",
            "banner",
            "category_grid",
            "notice_bar",
            "coupon_strip",
            "flash_sale_strip",
            "product_grid",
            "ranking_list",
            "tab_bar",
            "popup_ad",
        ]:
            assert expected in types
        sources = [s.get("source", {}).get("kind") for s in catalogue.templates["platform_home"]["sections"].values()]
        assert "product_ids" in sources and "newest" in sources

    def test_b2b_home_uses_b2b_copy(self, catalogue):
        text = catalogue.template_files["b2b_home"].read_text(encoding="utf-8")
        assert "常购清单" in text and "新品上架" in text


# ------------------------------------------------------------------------------------------------
class TestInvalidDocuments:
    """A bad document is rejected with the path of the bad field, so the editor can point at it."""

    def test_unknown_action_kind_points_at_kind(self, catalogue):
        section = fixture_section(catalogue, "notice_bar")
        section["action"] = {"kind": "teleport", "to": "moon"}
        assert ("sections", "notice", "action", "kind") in paths(catalogue.problems(page_with(("notice", section))))

    def test_action_with_wrong_field_type_points_at_field(self, catalogue):
        section = fixture_section(catalogue, "notice_bar")
        section["action"] = {"kind": "product", "product_id": "10086"}
        assert paths(catalogue.problems(page_with(("n", section)))) == [("sections", "n", "action", "product_id")]

    def test_action_with_unexpected_field_is_rejected(self, catalogue):
        section = fixture_section(catalogue, "notice_bar")
        section["action"] = {"kind": "tab", "tab": "home", "price": 100}
        assert paths(catalogue.problems(page_with(("n", section)))) == [("sections", "n", "action")]

    @pytest.mark.parametrize(
        "url",
        [
            "http://example.com/promo",
            "javascript:alert(1)",
            "//example.com/promo",
            "https://",
            "https://example.com/a b",
        ],
    )
    def test_url_action_must_be_https(self, catalogue, url):
        section = fixture_section(catalogue, "banner")
        section["settings"]["slides"][0]["action"] = {"kind": "url", "url": url}
        assert paths(catalogue.problems(page_with(("banner", section)))) == [
            ("sections", "banner", "settings", "slides", 0, "action", "url")
        ]

    def test_https_url_action_is_accepted(self, catalogue):
        section = fixture_section(catalogue, "banner")
        section["settings"]["slides"][0]["action"] = {"kind": "url", "url": "https://m.example.com/x?a=1#b"}
        assert catalogue.problems(page_with(("banner", section))) == []

    @pytest.mark.parametrize("path", ["pages/goods/detail", "//evil", "/"])
    def test_mp_path_must_start_with_a_single_slash(self, catalogue, path):
        section = fixture_section(catalogue, "popup_ad")
        section["action"] = {"kind": "mp_path", "path": path}
        assert paths(catalogue.problems(page_with(("popup", section)))) == [("sections", "popup", "action", "path")]

    @pytest.mark.parametrize("bad", ["red", "#fff", "#12345g", "#1234567"])
    def test_bad_color_in_settings_points_at_field(self, catalogue, bad):
        section = fixture_section(catalogue, "divider")
        section["settings"]["color"] = bad
        assert paths(catalogue.problems(page_with(("line", section)))) == [("sections", "line", "settings", "color")]

    def test_bad_color_in_page_style_points_at_field(self, catalogue):
        doc = page_with(("gap", fixture_section(catalogue, "spacer")), style={"background_color": "white"})
        assert paths(catalogue.problems(doc)) == [("page", "style", "background_color")]

    @pytest.mark.parametrize("image", ["javascript:alert(1)", "data:image/png;base64,AAAA", "http://x/a.jpg", ""])
    def test_image_must_be_https_or_a_site_path(self, catalogue, image):
        section = fixture_section(catalogue, "banner")
        section["settings"]["slides"][1]["image"] = image
        assert set(paths(catalogue.problems(page_with(("b", section))))) == {
            ("sections", "b", "settings", "slides", 1, "image")
        }

    def test_image_longer_than_1000_characters_is_rejected(self, catalogue):
        section = fixture_section(catalogue, "popup_ad")
        section["settings"]["image"] = "/media/" + "a" * 1000 + ".jpg"
        assert paths(catalogue.problems(page_with(("p", section)))) == [("sections", "p", "settings", "image")]

    def test_unknown_setting_is_rejected(self, catalogue):
        section = fixture_section(catalogue, "spacer")
        section["settings"]["editor_selected"] = True
        assert paths(catalogue.problems(page_with(("gap", section)))) == [("sections", "gap", "settings")]

    def test_unknown_page_kind_is_rejected(self, catalogue):
        doc = page_with(("gap", fixture_section(catalogue, "spacer")))
        doc["page"]["kind"] = "landing"
        assert paths(catalogue.problems(doc)) == [("page", "kind")]

    def test_schema_version_must_be_1(self, catalogue):
        doc = page_with(("gap", fixture_section(catalogue, "spacer")))
        doc["schema_version"] = 2
        assert paths(catalogue.problems(doc)) == [("schema_version",)]

    def test_more_than_60_sections_are_rejected(self, catalogue):
        doc = page_with(*[(f"gap-{i}", fixture_section(catalogue, "spacer")) for i in range(61)])
        assert set(paths(catalogue.problems(doc))) == {("sections",), ("order",)}

    def test_60_sections_are_accepted(self, catalogue):
        doc = page_with(*[(f"gap-{i}", fixture_section(catalogue, "spacer")) for i in range(60)])
        assert catalogue.problems(doc) == []

    @pytest.mark.parametrize("section_id", ["Banner", "banner 1", "横幅", "a" * 41, ""])
    def test_section_id_must_match_the_pattern(self, catalogue, section_id):
        doc = page_with((section_id, fixture_section(catalogue, "spacer")))
        assert ("sections",) in paths(catalogue.problems(doc))

    def test_order_items_must_be_unique(self, catalogue):
        doc = page_with(("gap", fixture_section(catalogue, "spacer")))
        doc["order"] = ["gap", "gap"]
        assert paths(catalogue.problems(doc)) == [("order",)]

    def test_order_must_name_existing_sections_and_all_of_them(self, catalogue):
        doc = page_with(("a", fixture_section(catalogue, "spacer")), ("b", fixture_section(catalogue, "divider")))
        doc["order"] = ["a", "ghost"]
        assert paths(catalogue.problems(doc)) == [("order", 1), ("sections", "b")]

    def test_channels_outside_mp_h5_app_pc_are_rejected(self, catalogue):
        section = fixture_section(catalogue, "spacer")
        section["channels"] = ["mp", "tv"]
        assert paths(catalogue.problems(page_with(("gap", section)))) == [("sections", "gap", "channels", 1)]

    def test_channel_the_component_does_not_support_is_rejected(self, catalogue):
        section = fixture_section(catalogue, "tab_bar")
        section["channels"] = ["mp", "pc"]
        assert paths(catalogue.problems(page_with(("tabs", section)))) == [("sections", "tabs", "channels")]

    def test_source_kind_not_allowed_for_the_component_points_at_kind(self, catalogue):
        section = fixture_section(catalogue, "product_grid")
        section["source"] = {"kind": "coupon_ids", "ids": [1]}
        assert paths(catalogue.problems(page_with(("g", section)))) == [("sections", "g", "source", "kind")]

    def test_unknown_source_kind_points_at_kind(self, catalogue):
        section = fixture_section(catalogue, "product_grid")
        section["source"] = {"kind": "sql", "query": "select 1"}
        assert paths(catalogue.problems(page_with(("g", section)))) == [("sections", "g", "source", "kind")]

    def test_component_that_needs_data_without_a_source_is_rejected(self, catalogue):
        section = fixture_section(catalogue, "product_grid")
        del section["source"]
        assert paths(catalogue.problems(page_with(("g", section)))) == [("sections", "g")]

    def test_more_than_50_pinned_products_are_rejected(self, catalogue):
        section = fixture_section(catalogue, "product_grid")
        section["source"] = {"kind": "product_ids", "ids": list(range(1, 52))}
        assert paths(catalogue.problems(page_with(("g", section)))) == [("sections", "g", "source", "ids")]

    @pytest.mark.parametrize("limit", [0, 51])
    def test_product_query_limit_is_1_to_50(self, catalogue, limit):
        section = fixture_section(catalogue, "product_grid")
        section["source"] = {"kind": "product_query", "sort": "sales", "limit": limit}
        assert paths(catalogue.problems(page_with(("g", section)))) == [("sections", "g", "source", "limit")]

    def test_product_query_sort_is_one_of_the_known_orders(self, catalogue):
        section = fixture_section(catalogue, "product_grid")
        section["source"] = {"kind": "product_query", "category_id": 3, "sort": "random", "limit": 10}
        assert paths(catalogue.problems(page_with(("g", section)))) == [("sections", "g", "source", "sort")]

    def test_section_action_on_a_component_without_one_is_rejected(self, catalogue):
        section = fixture_section(catalogue, "banner")
        section["action"] = {"kind": "tab", "tab": "home"}
        assert paths(catalogue.problems(page_with(("b", section)))) == [("sections", "b", "action")]

    def test_unknown_component_type_is_rejected_on_save(self, catalogue):
        section = {"type": "marquee", "v": 1, "settings": {}}
        assert paths(catalogue.problems(page_with(("m", section)))) == [("sections", "m", "type")]

    def test_settings_of_another_version_are_not_validated_against_this_one(self, catalogue):
        section = fixture_section(catalogue, "spacer")
        section["v"] = 2
        assert paths(catalogue.problems(page_with(("gap", section)))) == [("sections", "gap", "v")]

    def test_hotspot_outside_the_image_is_rejected(self, catalogue):
        section = fixture_section(catalogue, "image_hotspot")
        section["settings"]["hotspots"][0]["width"] = 120
        assert paths(catalogue.problems(page_with(("h", section)))) == [
            ("sections", "h", "settings", "hotspots", 0, "width")
        ]

    def test_title_bar_showing_more_needs_a_more_action(self, catalogue):
        section = fixture_section(catalogue, "title_bar")
        del section["settings"]["more_action"]
        assert paths(catalogue.problems(page_with(("t", section)))) == [("sections", "t", "settings")]

    def test_rich_text_longer_than_the_limit_is_rejected(self, catalogue):
        section = fixture_section(catalogue, "rich_text")
        section["settings"]["html"] = "<p>" + "字" * 20000 + "</p>"
        assert paths(catalogue.problems(page_with(("r", section)))) == [("sections", "r", "settings", "html")]

    def test_tab_bar_takes_2_to_5_tab_actions(self, catalogue):
        section = fixture_section(catalogue, "tab_bar")
        items = section["settings"]["items"]
        section["settings"]["items"] = items[:1]
        assert paths(catalogue.problems(page_with(("t", section)))) == [("sections", "t", "settings", "items")]
        section["settings"]["items"] = (items * 2)[:6]
        assert paths(catalogue.problems(page_with(("t", section)))) == [("sections", "t", "settings", "items")]
        section["settings"]["items"] = copy.deepcopy(items)
        section["settings"]["items"][0]["action"] = {"kind": "product", "product_id": 1}
        assert ("sections", "t", "settings", "items", 0, "action", "kind") in paths(
            catalogue.problems(page_with(("t", section)))
        )


# ------------------------------------------------------------------------------------------------
class TestHomeComponents:
    @pytest.mark.feature("HOME-1")
    def test_banner_takes_at_most_five_slides(self, catalogue):
        section = fixture_section(catalogue, "banner")
        slide = section["settings"]["slides"][0]
        section["settings"]["slides"] = [slide] * 5
        assert catalogue.problems(page_with(("banner", section))) == []
        section["settings"]["slides"] = [slide] * 6
        assert paths(catalogue.problems(page_with(("banner", section)))) == [
            ("sections", "banner", "settings", "slides")
        ]

    @pytest.mark.feature("HOME-1")
    def test_banner_rotates_automatically_and_each_slide_links(self, catalogue):
        settings = catalogue.components["banner"]["settings"]
        assert settings["properties"]["autoplay"]["default"] is True
        assert settings["properties"]["slides"]["items"]["properties"]["action"]["x-widget"] == "link"
        section = fixture_section(catalogue, "banner")
        section["settings"]["interval"] = 500
        assert paths(catalogue.problems(page_with(("b", section)))) == [("sections", "b", "settings", "interval")]

    @pytest.mark.feature("HOME-2")
    def test_search_box_rotates_hot_words_from_a_hot_words_source(self, catalogue):
        entry = catalogue.components["search_box"]
        assert entry["sources"] == ["hot_words"]
        assert entry["settings"]["properties"]["rotate_hot_words"]["default"] is True
        section = fixture_section(catalogue, "search_box")
        assert section["source"]["kind"] == "hot_words"
        section["source"] = {"kind": "product_ids", "ids": [1]}
        assert paths(catalogue.problems(page_with(("s", section)))) == [("sections", "s", "source", "kind")]

    @pytest.mark.feature("HOME-3")
    @pytest.mark.parametrize(("columns", "ok"), [(4, True), (5, True), (3, False), (6, False)])
    def test_category_grid_has_four_or_five_columns(self, catalogue, columns, ok):
        section = fixture_section(catalogue, "category_grid")
        section["settings"]["columns"] = columns
        expected = [] if ok else [("sections", "c", "settings", "columns")]
        assert paths(catalogue.problems(page_with(("c", section)))) == expected

    @pytest.mark.feature("HOME-3")
    def test_category_grid_more_leads_to_the_category_centre(self, catalogue):
        props = catalogue.components["category_grid"]["settings"]["properties"]
        assert props["show_more"]["default"] is True
        assert props["more_text"]["default"] == "更多"
        assert props["more_action"]["default"] == {"kind": "tab", "tab": "category"}

    @pytest.mark.feature("HOME-4")
    @pytest.mark.parametrize(("columns", "ok"), [(1, False), (2, True), (3, True), (4, True), (5, False)])
    def test_product_grid_has_two_three_or_four_columns(self, catalogue, columns, ok):
        section = fixture_section(catalogue, "product_grid")
        section["settings"]["columns"] = columns
        expected = [] if ok else [("sections", "g", "settings", "columns")]
        assert paths(catalogue.problems(page_with(("g", section)))) == expected

    @pytest.mark.feature("HOME-4")
    def test_product_grid_shows_price_sales_and_buy_button_from_pinned_products(self, catalogue):
        props = catalogue.components["product_grid"]["settings"]["properties"]
        for name in ["show_price", "show_sales", "show_buy_button", "show_title"]:
            assert props[name]["default"] is True
        assert fixture_section(catalogue, "product_grid")["source"]["kind"] == "product_ids"

    @pytest.mark.feature("HOME-5")
    def test_ranking_list_is_a_top_ten_sales_ranking_with_a_full_ranking_link(self, catalogue):
        entry = catalogue.components["ranking_list"]
        assert entry["sources"] == ["ranking"]
        assert entry["settings"]["properties"]["more_text"]["default"] == "查看完整榜单"
        assert entry["fixture"]["source"] == {"kind": "ranking", "metric": "sales", "limit": 10}
        section = fixture_section(catalogue, "ranking_list")
        section["source"]["limit"] = 51
        assert paths(catalogue.problems(page_with(("r", section)))) == [("sections", "r", "source", "limit")]
        section["source"] = {"kind": "ranking", "metric": "views", "limit": 10}
        assert paths(catalogue.problems(page_with(("r", section)))) == [("sections", "r", "source", "metric")]

    @pytest.mark.feature("HOME-6")
    def test_store_locator_lists_nearby_stores_on_mobile_channels(self, catalogue):
        entry = catalogue.components["store_locator"]
        assert entry["title"] == "附近门店"
        assert entry["sources"] == ["stores"]
        assert "pc" not in entry["channels"]
        assert entry["settings"]["properties"]["show_navigation"]["default"] is True

    @pytest.mark.feature("HOME-7")
    def test_product_grid_takes_newest_products(self, catalogue):
        section = fixture_section(catalogue, "product_grid")
        section["source"] = {"kind": "newest", "limit": 6}
        assert catalogue.problems(page_with(("new", section))) == []

    @pytest.mark.feature("HOME-7")
    def test_notice_bar_lines_scroll_and_tap_through(self, catalogue):
        section = fixture_section(catalogue, "notice_bar")
        assert section["action"]["kind"] == "page"
        section["settings"]["lines"] = []
        assert paths(catalogue.problems(page_with(("n", section)))) == [("sections", "n", "settings", "lines")]
        section["settings"]["lines"] = ["公告"]
        section["settings"]["scroll"] = "diagonal"
        assert paths(catalogue.problems(page_with(("n", section)))) == [("sections", "n", "settings", "scroll")]

    @pytest.mark.feature("HOME-7")
    @pytest.mark.parametrize("frequency", ["once_per_day", "once", "every_visit"])
    def test_popup_ad_frequencies(self, catalogue, frequency):
        section = fixture_section(catalogue, "popup_ad")
        section["settings"]["frequency"] = frequency
        assert catalogue.problems(page_with(("popup", section))) == []

    @pytest.mark.feature("HOME-7")
    def test_popup_ad_rejects_an_unknown_frequency_and_a_second_popup(self, catalogue):
        section = fixture_section(catalogue, "popup_ad")
        section["settings"]["frequency"] = "hourly"
        assert paths(catalogue.problems(page_with(("p", section)))) == [("sections", "p", "settings", "frequency")]
        section["settings"]["frequency"] = "once"
        doc = page_with(("p1", section), ("p2", copy.deepcopy(section)))
        assert paths(catalogue.problems(doc)) == [("sections", "p2", "type")]

    @pytest.mark.feature("HOME-7")
    def test_coupon_centre_and_brand_centre_entries(self, catalogue):
        coupon = catalogue.components["coupon_strip"]["settings"]["properties"]
        brand = catalogue.components["brand_wall"]["settings"]["properties"]
        assert coupon["more_action"]["default"] == {"kind": "page", "page_key": "coupon-center"}
        assert brand["more_action"]["default"] == {"kind": "page", "page_key": "brand-center"}
