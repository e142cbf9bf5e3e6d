"""Pages: merchants decorate, publish and roll back; shells read resolved, cached documents."""

import copy
import json

import pytest

from backend.pages.catalogue import load_catalogue

BANNER = {"type": "banner", "v": 1, "settings": {"slides": [
    {"image": "/media/demo/banner-1.jpg", "action": {"kind": "category", "category_id": 1}}]}}


def grid(ids, columns=2, **extra):
    return {"type": "product_grid", "v": 1, "settings": {"columns": columns},
            "source": {"kind": "product_ids", "ids": ids}, **extra}


def document(sections, kind="shop_home", title="店铺首页"):
    return {"schema_version": 1, "page": {"kind": kind, "title": title, "style": {}},
            "sections": sections, "order": list(sections)}


@pytest.fixture
async def shop(api, admin_token):
    shop_id, token = await api.merchant(admin_token, "鲜果坊")
    created = await api.post("/api/v1/admin/pages", token=token,
                             json={"key": "home", "kind": "shop_home", "title": "鲜果坊首页"})
    assert created.status == 201, created
    return {"id": shop_id, "token": token, "page": created.json}


async def save_and_publish(api, token, page, doc):
    current = await api.get(f"/api/v1/admin/pages/{page['id']}", token=token)
    saved = await api.put(f"/api/v1/admin/pages/{page['id']}/draft", token=token,
                          json={"document": doc, "base_revision": current.json["draft_revision"]})
    assert saved.status == 200, saved
    published = await api.post(f"/api/v1/admin/pages/{page['id']}/publish", token=token)
    assert published.status == 200, published
    return published.json


@pytest.mark.feature("SDUI-1")
class TestValidationOnSave:
    async def test_a_banner_with_six_slides_is_rejected_at_its_path(self, api, shop):
        doc = document({"b1": copy.deepcopy(BANNER)})
        doc["sections"]["b1"]["settings"]["slides"] *= 6
        response = await api.put(f"/api/v1/admin/pages/{shop['page']['id']}/draft", token=shop["token"],
                                 json={"document": doc})
        assert response.status == 422 and response.error_code == "layout_invalid"
        assert response.fields == {"sections.b1.settings.slides": "最多 5 项"}

    async def test_unknown_type_wrong_source_and_missing_order_are_each_named(self, api, shop):
        doc = document({"x": {"type": "hologram", "v": 1, "settings": {}},
                        "g": {**grid([1]), "source": {"kind": "coupon_ids", "ids": [1]}}})
        doc["order"].append("ghost")
        response = await api.put(f"/api/v1/admin/pages/{shop['page']['id']}/draft", token=shop["token"],
                                 json={"document": doc})
        assert response.status == 422
        assert response.fields["sections.x.type"] == "未知组件类型 hologram"
        assert response.fields["sections.g.source.kind"] == "该组件不支持这种数据来源"
        assert response.fields["order.ghost"] == "组件不存在"

    async def test_a_bad_save_changes_nothing(self, api, shop):
        before = await api.get(f"/api/v1/admin/pages/{shop['page']['id']}", token=shop["token"])
        await api.put(f"/api/v1/admin/pages/{shop['page']['id']}/draft", token=shop["token"],
                      json={"document": {"sections": "nope"}})
        after = await api.get(f"/api/v1/admin/pages/{shop['page']['id']}", token=shop["token"])
        assert after.json["draft_revision"] == before.json["draft_revision"]

    async def test_every_template_is_a_valid_starting_point(self, api, admin_token):
        for name in load_catalogue().templates:
            response = await api.post("/api/v1/admin/pages", token=admin_token,
                                      json={"key": f"t-{name.replace('_', '-')}", "kind": "custom",
                                            "title": name, "template": name})
            assert response.status == 201, (name, response)
            assert response.json["document"]["order"]


@pytest.mark.feature("SDUI-6")
class TestActions:
    @pytest.mark.parametrize("action", [
        {"kind": "product", "product_id": 1}, {"kind": "category", "category_id": 2},
        {"kind": "search", "keyword": "保温杯"}, {"kind": "page", "page_key": "spring-sale"},
        {"kind": "shop", "shop_id": 3}, {"kind": "claim_coupon", "coupon_id": 4},
        {"kind": "mp_path", "path": "/pages/me/index"}, {"kind": "url", "url": "https://mp.weixin.qq.com/s/abc"},
        {"kind": "tab", "tab": "cart"},
    ])
    async def test_each_action_kind_is_saved_and_served(self, api, shop, action):
        doc = document({"b1": copy.deepcopy(BANNER)})
        doc["sections"]["b1"]["settings"]["slides"][0]["action"] = action
        await save_and_publish(api, shop["token"], shop["page"], doc)
        served = await api.get(f"/api/v1/shops/{shop['id']}/page")
        assert served.json["sections"]["b1"]["settings"]["slides"][0]["action"] == action

    @pytest.mark.parametrize(("url", "field_message"), [
        ("https://evil.example.com/phish", "链接域名 evil.example.com 不在允许列表中"),
        ("http://mp.weixin.qq.com/s/abc", "格式不正确"),
        ("javascript:alert(1)", "格式不正确"),
    ])
    async def test_url_actions_must_be_https_on_an_allowed_host(self, api, shop, url, field_message):
        doc = document({"b1": copy.deepcopy(BANNER)})
        doc["sections"]["b1"]["settings"]["slides"][0]["action"] = {"kind": "url", "url": url}
        response = await api.put(f"/api/v1/admin/pages/{shop['page']['id']}/draft", token=shop["token"],
                                 json={"document": doc})
        assert response.status == 422
        assert response.fields == {"sections.b1.settings.slides.0.action.url": field_message}

    async def test_the_platform_extends_the_allow_list(self, api, shop, admin_token):
        await api.put("/api/v1/admin/settings/pages", token=admin_token,
                      json={"url_allow_hosts": ["mp.weixin.qq.com", "example.com"]})
        doc = document({"b1": copy.deepcopy(BANNER)})
        doc["sections"]["b1"]["settings"]["slides"][0]["action"] = {"kind": "url", "url": "https://www.example.com/x"}
        response = await api.put(f"/api/v1/admin/pages/{shop['page']['id']}/draft", token=shop["token"],
                                 json={"document": doc})
        assert response.status == 200


@pytest.mark.feature("SDUI-5")
class TestPageKindsAndOwners:
    async def test_a_merchant_decorates_only_its_own_shop(self, api, admin_token, shop):
        other_id, other_token = await api.merchant(admin_token, "数码小铺")
        response = await api.get(f"/api/v1/admin/pages/{shop['page']['id']}", token=other_token)
        assert response.status == 404
        listed = await api.get("/api/v1/admin/pages", token=other_token)
        assert listed.json["total"] == 0
        saved = await api.put(f"/api/v1/admin/pages/{shop['page']['id']}/draft", token=other_token,
                              json={"document": document({})})
        assert saved.status == 404

    async def test_a_merchant_cannot_create_platform_pages(self, api, shop):
        response = await api.post("/api/v1/admin/pages", token=shop["token"],
                                  json={"key": "home", "kind": "platform_home", "title": "首页"})
        assert response.status == 422 and response.error_code == "page_kind_not_allowed"

    async def test_the_platform_has_home_category_and_b2b_pages(self, api, admin_token):
        for key, kind, template in (("home", "platform_home", "platform_home"), ("category", "category", None),
                                    ("b2b-home", "b2b_home", "b2b_home"), ("spring-sale", "custom", "campaign")):
            page = (await api.post("/api/v1/admin/pages", token=admin_token,
                                   json={"key": key, "kind": kind, "title": key, "template": template})).json
            await api.post(f"/api/v1/admin/pages/{page['id']}/publish", token=admin_token)
            served = await api.get(f"/api/v1/pages/{key}")
            assert served.status == 200 and served.json["kind"] == kind

    async def test_a_city_site_variant_replaces_the_base_page_only_for_that_city(self, api, admin_token):
        base = (await api.post("/api/v1/admin/pages", token=admin_token, json={
            "key": "home", "kind": "platform_home", "title": "全国首页"})).json
        shanghai = (await api.post("/api/v1/admin/pages", token=admin_token, json={
            "key": "home", "kind": "platform_home", "title": "上海站首页", "site": "shanghai"})).json
        for page in (base, shanghai):
            await api.post(f"/api/v1/admin/pages/{page['id']}/publish", token=admin_token)
        assert (await api.get("/api/v1/pages/home?site=shanghai")).json["page"]["title"] == "上海站首页"
        assert (await api.get("/api/v1/pages/home?site=beijing")).json["page"]["title"] == "全国首页"
        assert (await api.get("/api/v1/pages/home")).json["page"]["title"] == "全国首页"

    async def test_the_same_key_twice_is_a_conflict(self, api, shop):
        again = await api.post("/api/v1/admin/pages", token=shop["token"],
                               json={"key": "home", "kind": "shop_home", "title": "again"})
        assert again.status == 409 and again.fields == {"key": "页面标识已被使用"}


@pytest.mark.feature("SDUI-2")
class TestDraftsVersionsRollback:
    async def test_drafts_stay_private_until_published(self, api, shop):
        assert (await api.get(f"/api/v1/shops/{shop['id']}/page")).status == 404
        doc = document({"b1": copy.deepcopy(BANNER)})
        await api.put(f"/api/v1/admin/pages/{shop['page']['id']}/draft", token=shop["token"], json={"document": doc})
        assert (await api.get(f"/api/v1/shops/{shop['id']}/page")).status == 404
        await api.post(f"/api/v1/admin/pages/{shop['page']['id']}/publish", token=shop["token"])
        assert (await api.get(f"/api/v1/shops/{shop['id']}/page")).json["order"] == ["b1"]

    async def test_roll_back_serves_the_earlier_revision_again(self, api, shop):
        first = await save_and_publish(api, shop["token"], shop["page"], document({"b1": copy.deepcopy(BANNER)}))
        await save_and_publish(api, shop["token"], shop["page"], document({"s": {"type": "spacer", "v": 1,
                                                                                 "settings": {"height": 20}}}))
        assert (await api.get(f"/api/v1/shops/{shop['id']}/page")).json["order"] == ["s"]
        history = (await api.get(f"/api/v1/admin/pages/{shop['page']['id']}/revisions", token=shop["token"])).json
        assert [r["kind"] for r in history["items"]][:2] == ["published", "draft"]
        rolled = await api.post(f"/api/v1/admin/pages/{shop['page']['id']}/rollback", token=shop["token"],
                                json={"revision_id": first["published_revision"]})
        assert rolled.status == 200
        assert (await api.get(f"/api/v1/shops/{shop['id']}/page")).json["order"] == ["b1"]

    async def test_rolling_back_to_a_draft_revision_is_refused(self, api, shop):
        page = (await api.get(f"/api/v1/admin/pages/{shop['page']['id']}", token=shop["token"])).json
        response = await api.post(f"/api/v1/admin/pages/{shop['page']['id']}/rollback", token=shop["token"],
                                  json={"revision_id": page["draft_revision"]})
        assert response.status == 404 and response.error_code == "revision_not_found"

    async def test_saving_over_someone_elses_newer_draft_is_a_conflict(self, api, shop):
        base = shop["page"]["draft_revision"]
        url = f"/api/v1/admin/pages/{shop['page']['id']}/draft"
        first = await api.put(url, token=shop["token"], json={"document": document({}), "base_revision": base})
        assert first.status == 200
        stale = await api.put(url, token=shop["token"], json={"document": document({}), "base_revision": base})
        assert stale.status == 409 and stale.error_code == "draft_conflict"

    async def test_a_signed_preview_link_shows_the_draft_and_a_forged_one_does_not(self, api, shop):
        await api.put(f"/api/v1/admin/pages/{shop['page']['id']}/draft", token=shop["token"],
                      json={"document": document({"b1": copy.deepcopy(BANNER)})})
        link = (await api.post(f"/api/v1/admin/pages/{shop['page']['id']}/preview", token=shop["token"])).json
        assert link["h5_url"].endswith(f"/h5/shop/{shop['id']}?preview={link['token']}")
        assert link["expires_at"].endswith("+00:00")
        preview = await api.get(f"/api/v1/shops/{shop['id']}/page?preview={link['token']}")
        assert preview.status == 200 and preview.json["order"] == ["b1"]
        assert preview.headers["cache-control"] == "no-store"
        forged = link["token"][:-2] + ("00" if not link["token"].endswith("00") else "11")
        assert (await api.get(f"/api/v1/shops/{shop['id']}/page?preview={forged}")).status == 403

    async def test_each_preview_shows_the_draft_as_it_is_now(self, api, shop):
        pear = await api.product(shop["token"], "砀山酥梨 5斤装", 2990)
        apple = await api.product(shop["token"], "烟台红富士 10斤装", 4990)
        link = (await api.post(f"/api/v1/admin/pages/{shop['page']['id']}/preview", token=shop["token"])).json
        for product in (pear, apple):
            current = await api.get(f"/api/v1/admin/pages/{shop['page']['id']}", token=shop["token"])
            saved = await api.put(f"/api/v1/admin/pages/{shop['page']['id']}/draft", token=shop["token"],
                                  json={"document": document({"hot": grid([product["id"]])}),
                                        "base_revision": current.json["draft_revision"]})
            assert saved.status == 200, saved
            preview = await api.get(f"/api/v1/shops/{shop['id']}/page?preview={link['token']}")
            assert [card["title"] for card in preview.json["sections"]["hot"]["data"]["items"]] == [product["title"]]


@pytest.mark.feature("SDUI-3")
class TestStorefrontPage:
    async def test_sections_carry_their_data_resolved_on_the_server(self, api, admin_token, shop):
        _, ziying = await api.merchant(admin_token, "官方自营旗舰店", self_operated=True)
        cup = await api.product(ziying, "不锈钢保温杯 500ml", 5900, original_price=8900)
        pear = await api.product(shop["token"], "砀山酥梨 5斤装", 2990, stock=3)
        home = (await api.post("/api/v1/admin/pages", token=admin_token,
                               json={"key": "home", "kind": "platform_home", "title": "首页"})).json
        doc = document({"hot": grid([pear["id"], cup["id"]])}, kind="platform_home")
        await save_and_publish(api, admin_token, home, doc)
        body = (await api.get("/api/v1/pages/home")).json
        items = body["sections"]["hot"]["data"]["items"]
        assert [i["title"] for i in items] == ["砀山酥梨 5斤装", "不锈钢保温杯 500ml"]
        assert items[0]["price"] == 2990 and items[0]["stock_state"] == "low" and not items[0]["self_operated"]
        assert items[1]["original_price"] == 8900 and items[1]["self_operated"]

    async def test_etag_revalidation_answers_304_without_a_body(self, api, shop):
        await save_and_publish(api, shop["token"], shop["page"], document({"b1": copy.deepcopy(BANNER)}))
        first = await api.get(f"/api/v1/shops/{shop['id']}/page")
        etag = first.headers["etag"]
        again = await api.get(f"/api/v1/shops/{shop['id']}/page", headers={"If-None-Match": etag})
        assert again.status == 304 and again.body == b""

    async def test_publishing_changes_the_etag_and_the_content(self, api, shop):
        await save_and_publish(api, shop["token"], shop["page"], document({"b1": copy.deepcopy(BANNER)}))
        etag = (await api.get(f"/api/v1/shops/{shop['id']}/page")).headers["etag"]
        await save_and_publish(api, shop["token"], shop["page"], document({"b2": copy.deepcopy(BANNER)}))
        after = await api.get(f"/api/v1/shops/{shop['id']}/page", headers={"If-None-Match": etag})
        assert after.status == 200 and after.json["order"] == ["b2"]

    async def test_a_price_change_shows_at_once_and_changes_the_etag(self, api, shop):
        pear = await api.product(shop["token"], "砀山酥梨 5斤装", 2990)
        await save_and_publish(api, shop["token"], shop["page"], document({"hot": grid([pear["id"]])}))
        first = await api.get(f"/api/v1/shops/{shop['id']}/page")
        await api.set_sku(shop["token"], pear["id"], price=2590)
        after = await api.get(f"/api/v1/shops/{shop['id']}/page", headers={"If-None-Match": first.headers["etag"]})
        assert after.status == 200
        assert after.json["sections"]["hot"]["data"]["items"][0]["price"] == 2590

    async def test_off_shelf_products_drop_out_of_the_grid(self, api, shop):
        pear = await api.product(shop["token"], "砀山酥梨 5斤装", 2990)
        apple = await api.product(shop["token"], "烟台红富士 10斤", 4990)
        await save_and_publish(api, shop["token"], shop["page"], document({"hot": grid([pear["id"], apple["id"]])}))
        await api.shelve(shop["token"], pear["id"], "off_shelf")
        items = (await api.get(f"/api/v1/shops/{shop['id']}/page")).json["sections"]["hot"]["data"]["items"]
        assert [i["id"] for i in items] == [apple["id"]]

    async def test_sections_not_for_this_channel_are_left_out(self, api, shop):
        await save_and_publish(api, shop["token"], shop["page"], document({
            "all": copy.deepcopy(BANNER), "mp_only": {**copy.deepcopy(BANNER), "channels": ["mp"]}}))
        assert (await api.get(f"/api/v1/shops/{shop['id']}/page?channel=h5")).json["order"] == ["all"]
        assert (await api.get(f"/api/v1/shops/{shop['id']}/page?channel=mp")).json["order"] == ["all", "mp_only"]

    async def test_a_shell_gets_only_the_types_and_versions_it_declares(self, api, shop):
        await save_and_publish(api, shop["token"], shop["page"], document({
            "b1": copy.deepcopy(BANNER), "s": {"type": "spacer", "v": 1, "settings": {"height": 10}}}))
        old_shell = await api.get(f"/api/v1/shops/{shop['id']}/page", headers={"X-Shell-Components": "spacer:1"})
        assert old_shell.json["order"] == ["s"]
        new_shell = await api.get(f"/api/v1/shops/{shop['id']}/page",
                                  headers={"X-Shell-Components": "spacer:1,banner:1"})
        assert new_shell.json["order"] == ["b1", "s"] and new_shell.headers["etag"] != old_shell.headers["etag"]

    async def test_a_lazy_section_is_fetched_on_its_own(self, api, shop):
        pear = await api.product(shop["token"], "砀山酥梨 5斤装", 2990)
        await save_and_publish(api, shop["token"], shop["page"], document({"later": grid([pear["id"]], lazy=True)}))
        page = (await api.get(f"/api/v1/shops/{shop['id']}/page")).json
        assert page["sections"]["later"]["data"] is None
        section = await api.get(f"/api/v1/shops/{shop['id']}/pages/home/sections/later")
        assert section.json["data"]["items"][0]["title"] == "砀山酥梨 5斤装"

    async def test_statement_count_does_not_grow_with_the_products_shown(self, api, shop, admin_token,
                                                                          count_queries):
        products = [await api.product(shop["token"], f"商品{n:02d}", 1000 + n) for n in range(20)]
        await api.get("/api/v1/admin/settings/search", token=admin_token)  # settings are cached from here on
        url = f"/api/v1/shops/{shop['id']}/page"
        await save_and_publish(api, shop["token"], shop["page"], document({"hot": grid([products[0]["id"]])}))
        await api.get(url)  # when marks may next change by the clock is known from here on
        counts = []
        for shown in (products[:2], products):
            await save_and_publish(api, shop["token"], shop["page"], document({"hot": grid([p["id"] for p in shown])}))
            with count_queries() as counter:
                assert (await api.get(url)).status == 200
            counts.append(counter.count)
        # page pointer, revision, products, their shops; marks: running activities, claimable coupons
        assert counts[0] == counts[1] <= 6, counts
        with count_queries() as counter:  # cached, marks included, until an activity or coupon changes
            assert (await api.get(url)).status == 200
        assert counter.count == 0


class TestHomeSources:
    @pytest.fixture
    async def platform_home(self, api, admin_token):
        page = (await api.post("/api/v1/admin/pages", token=admin_token,
                               json={"key": "home", "kind": "platform_home", "title": "首页"})).json
        return {"token": admin_token, "page": page}

    @pytest.mark.feature("HOME-5")
    async def test_the_ranking_lists_best_sellers_with_their_rank(self, api, admin_token, platform_home):
        _, token = await api.merchant(admin_token, "鲜果坊")
        for title, sales in (("车厘子", 50), ("苹果", 900), ("香蕉", 300)):
            product = await api.product(token, title, 1000)
            # real sales come from orders (trade issue); the platform's padding counts the same
            padded = await api.patch(f"/api/v1/admin/products/{product['id']}", token=admin_token,
                                     json={"padded_sales": sales})
            assert padded.json["padded_sales"] == sales
        doc = document({"top": {"type": "ranking_list", "v": 1, "settings": {"title": "热销榜"},
                                "source": {"kind": "ranking", "metric": "sales", "limit": 2}}},
                       kind="platform_home")
        await save_and_publish(api, admin_token, platform_home["page"], doc)
        items = (await api.get("/api/v1/pages/home")).json["sections"]["top"]["data"]["items"]
        assert [(i["rank"], i["title"]) for i in items] == [(1, "苹果"), (2, "香蕉")]

    @pytest.mark.feature("HOME-7")
    async def test_newest_products_come_first(self, api, admin_token, platform_home):
        _, token = await api.merchant(admin_token, "鲜果坊")
        for title in ("第一款", "第二款", "第三款"):
            await api.product(token, title, 1000)
        doc = document({"new": {"type": "product_grid", "v": 1, "settings": {"columns": 3},
                                "source": {"kind": "newest", "limit": 2}}}, kind="platform_home")
        await save_and_publish(api, admin_token, platform_home["page"], doc)
        items = (await api.get("/api/v1/pages/home")).json["sections"]["new"]["data"]["items"]
        assert [i["title"] for i in items] == ["第三款", "第二款"]

    @pytest.mark.feature("HOME-2")
    async def test_the_search_box_rotates_the_operators_preset_words(self, api, admin_token, platform_home):
        await api.put("/api/v1/admin/settings/search", token=admin_token, json={"preset_words": ["年货", "羽绒服"]})
        doc = document({"search": {"type": "search_box", "v": 1, "settings": {},
                                   "source": {"kind": "hot_words", "limit": 5}}}, kind="platform_home")
        await save_and_publish(api, admin_token, platform_home["page"], doc)
        data = (await api.get("/api/v1/pages/home")).json["sections"]["search"]["data"]
        assert data == {"items": ["年货", "羽绒服"]}

    @pytest.mark.feature("HOME-3")
    async def test_the_category_grid_shows_the_top_level_categories(self, api, admin_token, platform_home):
        for name in ("食品生鲜", "数码家电"):
            await api.post("/api/v1/admin/categories", token=admin_token, json={"name": name})
        doc = document({"cats": {"type": "category_grid", "v": 1, "settings": {"columns": 4, "rows": 2},
                                 "source": {"kind": "category_tree", "limit": 10}}}, kind="platform_home")
        await save_and_publish(api, admin_token, platform_home["page"], doc)
        items = (await api.get("/api/v1/pages/home")).json["sections"]["cats"]["data"]["items"]
        assert [c["name"] for c in items] == ["食品生鲜", "数码家电"]

    @pytest.mark.feature("HOME-4")
    async def test_operators_pin_products_in_their_chosen_order_and_columns(self, api, admin_token, platform_home):
        _, token = await api.merchant(admin_token, "鲜果坊")
        a, b, c = [await api.product(token, t, 1000) for t in ("甲款", "乙款", "丙款")]
        doc = document({"hot": grid([c["id"], a["id"], b["id"]], columns=3)}, kind="platform_home")
        await save_and_publish(api, admin_token, platform_home["page"], doc)
        section = (await api.get("/api/v1/pages/home")).json["sections"]["hot"]
        assert section["settings"]["columns"] == 3
        assert [i["title"] for i in section["data"]["items"]] == ["丙款", "甲款", "乙款"]

    @pytest.mark.feature("HOME-1")
    async def test_a_banner_keeps_its_slides_and_their_links(self, api, platform_home):
        doc = document({"b": copy.deepcopy(BANNER)}, kind="platform_home")
        await save_and_publish(api, platform_home["token"], platform_home["page"], doc)
        slides = (await api.get("/api/v1/pages/home")).json["sections"]["b"]["settings"]["slides"]
        assert slides[0]["action"] == {"kind": "category", "category_id": 1}


def test_documents_round_trip_as_plain_json():
    assert json.loads(json.dumps(document({"b1": BANNER}))) == document({"b1": BANNER})


@pytest.mark.feature("SDUI-5")
async def test_a_shop_home_shows_only_that_shops_products(api, admin_token, shop):
    _, other = await api.merchant(admin_token, "数码小铺")
    theirs = await api.product(other, "蓝牙耳机", 19900)
    ours = await api.product(shop["token"], "砀山酥梨 5斤装", 2990)
    doc = document({"picked": grid([theirs["id"], ours["id"]]),
                    "newest": {"type": "product_grid", "v": 1, "settings": {"columns": 2},
                               "source": {"kind": "newest", "limit": 10}}})
    await save_and_publish(api, shop["token"], shop["page"], doc)
    sections = (await api.get(f"/api/v1/shops/{shop['id']}/page")).json["sections"]
    assert [i["id"] for i in sections["picked"]["data"]["items"]] == [ours["id"]]
    assert [i["id"] for i in sections["newest"]["data"]["items"]] == [ours["id"]]
