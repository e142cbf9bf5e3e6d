"""The back office keeps a shop's activities: create, read, change while upcoming, cancel (tenant-scoped)."""

from __future__ import annotations

import asyncio

import pytest

from tests.promotions.conftest import ADMIN, HOUR, activity_body, at, create_activity, gift_activity, shown


async def activities(api, token, **params) -> dict:
    response = await api.get(ADMIN, token=token, params=params)
    assert response.status == 200, response
    return response.json


class TestCreate:
    async def test_a_merchant_creates_a_running_shop_wide_reduction(self, api, seller):
        created = await create_activity(api, seller.token, title="店庆满减")
        assert {k: created[k] for k in ("shop_id", "kind", "title", "scope", "product_ids", "status", "phase",
                                        "mark")} == {
            "shop_id": seller.shop_id, "kind": "full_reduction", "title": "店庆满减", "scope": "shop",
            "product_ids": [], "status": "active", "phase": "running", "mark": "满300减30"}
        assert created["rules"] == {"basis": "amount", "tiers": [{"threshold": 30_000, "off": 3_000}],
                                    "cyclic": False, "cap": None}
        fetched = await api.get(f"{ADMIN}/{created['id']}", token=seller.token)
        assert fetched.json == created

    @pytest.mark.parametrize(("kind", "rules", "mark"), [
        ("full_reduction", {"tiers": [{"threshold": 30_000, "off": 3_000}, {"threshold": 50_000, "off": 6_000}]},
         "满300减30"),
        ("full_reduction", {"tiers": [{"threshold": 30_000, "off": 3_000}], "cyclic": True, "cap": 9_000},
         "每满300减30"),
        ("full_reduction", {"basis": "count", "tiers": [{"threshold": 2, "off": 1_000}]}, "满2件减10"),
        ("full_discount", {"basis": "count", "tiers": [{"threshold": 2, "percent": 90}]}, "满2件9折"),
        ("full_discount", {"tiers": [{"threshold": 19_950, "percent": 85}]}, "满199.5打8.5折"),
        ("package_price", {"count": 3, "price": 9_990}, "3件99.9元"),
    ], ids=["tiers", "cyclic", "count", "discount_count", "discount_amount", "package"])
    async def test_each_kind_shows_its_mark(self, api, seller, kind, rules, mark):
        assert (await create_activity(api, seller.token, kind, rules=rules))["mark"] == mark

    async def test_a_gift_activity_names_a_sku_of_the_shop(self, api, seller):
        gift = await seller.sku("帆布袋", 500)
        created = await gift_activity(api, seller.token, gift, quantity=2)
        assert created["mark"] == "满199赠"
        assert created["rules"]["tiers"] == [{"threshold": 19_900, "gift_sku_id": gift, "gift_quantity": 2}]


    async def test_platform_staff_name_the_shop(self, api, admin_token, seller):
        created = await create_activity(api, admin_token, shop_id=seller.shop_id)
        assert created["shop_id"] == seller.shop_id
        missing = await api.post(ADMIN, token=admin_token, json=activity_body())
        assert (missing.status, missing.error_code, list(missing.fields)) == (422, "shop_required", ["shop_id"])
        unknown = await api.post(ADMIN, token=admin_token, json=activity_body(shop_id=999_999))
        assert (unknown.status, unknown.fields) == (422, {"shop_id": "店铺不存在"})

    async def test_a_merchant_cannot_create_for_another_shop(self, api, seller, other_seller):
        response = await api.post(ADMIN, token=seller.token, json=activity_body(shop_id=other_seller.shop_id))
        assert (response.status, list(response.fields)) == (422, ["shop_id"])
        assert (await activities(api, other_seller.token))["total"] == 0


class TestTimeZone:
    @pytest.fixture
    def settings(self, settings):
        return settings.model_copy(update={"timezone": "Asia/Shanghai"})

    async def test_a_time_without_a_zone_is_the_shops(self, api, seller):
        created = await create_activity(api, seller.token, starts_at="2099-01-01T08:00:00",
                                        ends_at="2099-01-02T08:00:00")
        assert (created["starts_at"], created["ends_at"]) == ("2099-01-01T00:00:00Z", "2099-01-02T00:00:00Z")
        assert created["phase"] == "upcoming"

    async def test_a_time_with_a_zone_keeps_it(self, api, seller):
        created = await create_activity(api, seller.token, starts_at=at(-30), ends_at="2099-06-01T20:00:00+08:00")
        assert created["ends_at"] == "2099-06-01T12:00:00Z"


class TestValidation:
    @pytest.mark.parametrize(("kind", "rules", "field"), [
        ("full_reduction", {"tiers": [{"threshold": 50_000, "off": 6_000}, {"threshold": 30_000, "off": 7_000}]},
         "rules.tiers"),
        ("full_reduction", {"tiers": [{"threshold": 30_000, "off": 3_000}, {"threshold": 50_000, "off": 3_000}]},
         "rules.tiers"),
        ("full_reduction", {"tiers": [{"threshold": 0, "off": 100}]}, "rules.tiers.0.threshold"),
        ("full_reduction", {"tiers": [{"threshold": 100, "off": -5}]}, "rules.tiers.0.off"),
        ("full_reduction", {"tiers": [{"threshold": 3_000, "off": 3_000}]}, "rules"),
        ("full_reduction", {"tiers": [{"threshold": 30_000, "off": 3_000}], "cap": 5_000}, "rules"),
        ("full_reduction", {"tiers": [{"threshold": 30_000, "off": 3_000}, {"threshold": 50_000, "off": 6_000}],
                            "cyclic": True}, "rules"),
        ("full_reduction", {"tiers": []}, "rules.tiers"),
        ("full_reduction", {"tiers": [{"threshold": 100, "off": 10}], "basis": "weight"}, "rules.basis"),
        ("full_reduction", {"tiers": [{"threshold": 100, "off": 10}], "bonus": 1}, "rules.bonus"),
        ("full_discount", {"tiers": [{"threshold": 2, "percent": 100}]}, "rules.tiers.0.percent"),
        ("full_discount", {"tiers": [{"threshold": 2, "percent": 0}]}, "rules.tiers.0.percent"),
        ("full_discount", {"tiers": [{"threshold": 2, "percent": 80}, {"threshold": 3, "percent": 90}]},
         "rules.tiers"),
        ("full_gift", {"tiers": [{"threshold": 100, "gift_sku_id": 1, "gift_quantity": 0}]},
         "rules.tiers.0.gift_quantity"),
        ("package_price", {"count": 1, "price": 9_900}, "rules.count"),
        ("package_price", {"count": 3}, "rules.price"),
        ("bundle", {}, "kind"),
    ])
    async def test_bad_rules_are_field_errors_and_create_nothing(self, api, seller, kind, rules, field):
        response = await api.post(ADMIN, token=seller.token, json=activity_body(kind, rules=rules))
        assert response.status == 422, response
        assert field in response.fields, response.fields
        assert (await activities(api, seller.token))["total"] == 0

    @pytest.mark.parametrize(("fields", "field"), [
        ({"starts": 2 * HOUR, "ends": HOUR}, "ends_at"),
        ({"starts": -2 * HOUR, "ends": -HOUR}, "ends_at"),
        ({"scope": "products"}, "product_ids"),
        ({"product_ids": [1]}, "product_ids"),
        ({"title": ""}, "title"),
        ({"starts_at": "明天"}, "starts_at"),
    ], ids=["ends_before_start", "already_over", "products_without_ids", "ids_on_shop_scope", "no_title",
            "not_a_time"])
    async def test_bad_times_and_scopes_are_field_errors(self, api, seller, fields, field):
        body = activity_body(starts=fields.pop("starts", -60), ends=fields.pop("ends", HOUR), **fields)
        response = await api.post(ADMIN, token=seller.token, json=body)
        assert (response.status, field in response.fields) == (422, True), response

    async def test_products_in_scope_must_be_the_shops_own(self, api, seller, other_seller):
        mine = await seller.sku("保温杯", 1990)
        theirs = await other_seller.sku("苹果", 990)
        body = activity_body(scope="products", product_ids=[seller.product_of[mine], other_seller.product_of[theirs]])
        response = await api.post(ADMIN, token=seller.token, json=body)
        assert response.status == 422, response
        assert response.fields == {"product_ids": f"不是本店的商品：{other_seller.product_of[theirs]}"}
        assert (await activities(api, seller.token))["total"] == 0

    async def test_a_gift_must_be_an_existing_sku_of_the_shop(self, api, seller, other_seller):
        theirs = await other_seller.sku("苹果", 990)
        for sku in (theirs, 999_999):
            response = await api.post(ADMIN, token=seller.token, json=activity_body(
                "full_gift", rules={"tiers": [{"threshold": 100, "gift_sku_id": sku}]}))
            assert (response.status, list(response.fields)) == (422, ["rules.tiers.0.gift_sku_id"]), response


class TestConflicts:
    async def test_two_shop_wide_activities_of_one_kind_cannot_overlap(self, api, seller):
        first = await create_activity(api, seller.token)
        response = await api.post(ADMIN, token=seller.token, json=activity_body(starts=HOUR / 2, ends=3 * HOUR))
        assert (response.status, response.error_code) == (409, "activity_conflict")
        assert response.fields["activity_id"] == str(first["id"])
        assert (await activities(api, seller.token))["total"] == 1

    async def test_the_conflict_names_the_products_both_cover(self, api, seller):
        a, b, c = [seller.product_of[await seller.sku(f"商品{n}", 1000)] for n in range(3)]
        await create_activity(api, seller.token, scope="products", product_ids=[a, b])
        response = await api.post(ADMIN, token=seller.token, json=activity_body(scope="products", product_ids=[b, c]))
        assert (response.status, response.fields["product_ids"]) == (409, str(b))
        assert str(b) in response.json["error"]["message"]
        shop_wide = await api.post(ADMIN, token=seller.token, json=activity_body())
        assert (shop_wide.status, shop_wide.fields["product_ids"]) == (409, f"{a},{b}")

    async def test_other_products_other_kinds_other_times_and_cancelled_ones_do_not_conflict(self, api, seller):
        a, b = [seller.product_of[await seller.sku(f"商品{n}", 1000)] for n in range(2)]
        first = await create_activity(api, seller.token, scope="products", product_ids=[a], ends=HOUR)
        await create_activity(api, seller.token, scope="products", product_ids=[b])
        await create_activity(api, seller.token, "full_discount", scope="products", product_ids=[a])
        await create_activity(api, seller.token, scope="products", product_ids=[a], starts=HOUR, ends=2 * HOUR)
        assert (await api.post(f"{ADMIN}/{first['id']}/cancel", token=seller.token)).status == 200
        await create_activity(api, seller.token, scope="products", product_ids=[a], ends=HOUR / 2)
        assert (await activities(api, seller.token))["total"] == 5

    async def test_of_overlapping_activities_sent_at_once_exactly_one_is_created(self, api, seller):
        responses = await asyncio.gather(*(
            api.post(ADMIN, token=seller.token, json=activity_body(title=f"满减{n}")) for n in range(6)))
        assert sorted(r.status for r in responses) == [201] + [409] * 5
        assert (await activities(api, seller.token))["total"] == 1

    async def test_another_shops_activities_never_conflict(self, api, seller, other_seller):
        await create_activity(api, seller.token)
        await create_activity(api, other_seller.token)


class TestUpdate:
    async def test_an_upcoming_activity_can_be_rewritten(self, api, seller):
        created = await create_activity(api, seller.token, starts=HOUR, ends=2 * HOUR)
        body = activity_body("full_reduction", starts=HOUR, ends=3 * HOUR, title="改过的",
                             rules={"tiers": [{"threshold": 20_000, "off": 2_500}]})
        response = await api.put(f"{ADMIN}/{created['id']}", token=seller.token, json=body)
        assert response.status == 200, response
        assert (response.json["title"], response.json["mark"], response.json["phase"]) == ("改过的", "满200减25",
                                                                                             "upcoming")
        assert (await api.get(f"{ADMIN}/{created['id']}", token=seller.token)).json == response.json

    async def test_a_running_or_cancelled_activity_cannot_be_changed(self, api, seller):
        running = await create_activity(api, seller.token)
        upcoming = await create_activity(api, seller.token, "full_discount", starts=HOUR, ends=2 * HOUR)
        await api.post(f"{ADMIN}/{upcoming['id']}/cancel", token=seller.token)
        for activity in (running, upcoming):
            response = await api.put(f"{ADMIN}/{activity['id']}", token=seller.token,
                                     json=activity_body(activity["kind"], starts=HOUR, ends=2 * HOUR, title="新"))
            assert (response.status, response.error_code) == (409, "activity_started")
        assert (await api.get(f"{ADMIN}/{running['id']}", token=seller.token)).json["title"] == running["title"]

    async def test_a_rewrite_is_checked_like_a_new_activity(self, api, seller):
        await create_activity(api, seller.token, starts=HOUR, ends=2 * HOUR)
        later = await create_activity(api, seller.token, starts=3 * HOUR, ends=4 * HOUR)
        overlapping = activity_body(starts=HOUR, ends=4 * HOUR)
        response = await api.put(f"{ADMIN}/{later['id']}", token=seller.token, json=overlapping)
        assert (response.status, response.error_code) == (409, "activity_conflict")
        bad = activity_body("package_price", starts=3 * HOUR, ends=4 * HOUR, rules={"count": 1, "price": 100})
        response = await api.put(f"{ADMIN}/{later['id']}", token=seller.token, json=bad)
        assert (response.status, list(response.fields)) == (422, ["rules.count"])
        assert (await api.get(f"{ADMIN}/{later['id']}", token=seller.token)).json == later


class TestCancel:
    async def test_cancelling_moves_active_to_cancelled_once(self, api, seller):
        created = await create_activity(api, seller.token)
        response = await api.post(f"{ADMIN}/{created['id']}/cancel", token=seller.token)
        assert (response.status, response.json["status"], response.json["phase"]) == (200, "cancelled", "cancelled")
        again = await api.post(f"{ADMIN}/{created['id']}/cancel", token=seller.token)
        assert (again.status, again.error_code) == (409, "invalid_transition")

    async def test_an_ended_activity_is_not_cancelled(self, api, seller):
        created = await create_activity(api, seller.token, ends=0.5)
        await asyncio.sleep(0.6)
        response = await api.post(f"{ADMIN}/{created['id']}/cancel", token=seller.token)
        assert (response.status, response.error_code) == (409, "activity_ended")
        assert (await api.get(f"{ADMIN}/{created['id']}", token=seller.token)).json["phase"] == "ended"


class TestList:
    async def test_filters_by_kind_phase_and_keyword_newest_first(self, api, seller):
        running = await create_activity(api, seller.token, title="夏日满减")
        upcoming = await create_activity(api, seller.token, "full_discount", title="夏日满折", starts=HOUR,
                                         ends=2 * HOUR)
        cancelled = await create_activity(api, seller.token, "package_price", title="冬日打包")
        await api.post(f"{ADMIN}/{cancelled['id']}/cancel", token=seller.token)

        def ids(page):
            return [item["id"] for item in page["items"]]

        assert ids(await activities(api, seller.token)) == [cancelled["id"], upcoming["id"], running["id"]]
        assert ids(await activities(api, seller.token, kind="full_discount")) == [upcoming["id"]]
        for phase, expected in (("running", running), ("upcoming", upcoming), ("cancelled", cancelled)):
            assert ids(await activities(api, seller.token, phase=phase)) == [expected["id"]]
        assert ids(await activities(api, seller.token, phase="ended")) == []
        assert ids(await activities(api, seller.token, keyword="夏日")) == [upcoming["id"], running["id"]]
        page = await activities(api, seller.token, page_size=2, page=2)
        assert (ids(page), page["total"]) == ([running["id"]], 3)

    async def test_a_bad_filter_is_a_field_error(self, api, seller):
        response = await api.get(ADMIN, token=seller.token, params={"phase": "soon"})
        assert (response.status, list(response.fields)) == (422, ["phase"])


class TestTenancy:
    async def test_another_shops_activity_answers_404_to_every_route(self, api, seller, other_seller):
        theirs = await create_activity(api, other_seller.token, starts=HOUR, ends=2 * HOUR)
        path = f"{ADMIN}/{theirs['id']}"
        for method, url, body in (("get", path, None), ("put", path, activity_body(starts=HOUR, ends=2 * HOUR)),
                                  ("post", f"{path}/cancel", None)):
            response = await api.call(method, url, token=seller.token, json=body)
            assert (response.status, response.error_code) == (404, "activity_not_found"), (method, response)
        assert (await api.get(path, token=other_seller.token)).json == theirs

    async def test_merchants_list_their_own_and_the_platform_every_shops(self, api, admin_token, seller,
                                                                         other_seller):
        mine = await create_activity(api, seller.token)
        theirs = await create_activity(api, other_seller.token)
        assert [a["id"] for a in (await activities(api, seller.token))["items"]] == [mine["id"]]
        assert [a["id"] for a in (await activities(api, seller.token, shop_id=other_seller.shop_id))["items"]] == []
        assert [a["id"] for a in (await activities(api, admin_token))["items"]] == [theirs["id"], mine["id"]]
        by_shop = await activities(api, admin_token, shop_id=other_seller.shop_id)
        assert [a["id"] for a in by_shop["items"]] == [theirs["id"]]

    async def test_shoppers_and_staff_without_the_permission_are_refused(self, api, admin_token, seller, buyer):
        response = await api.post("/api/v1/admin/staff", token=admin_token, json={
            "username": "clerk", "name": "店员", "password": "Shop12345", "role_code": "merchant_staff",
            "shop_id": seller.shop_id})
        assert response.status == 201, response
        clerk = await api.staff("clerk", "Shop12345")
        for token in (clerk, buyer):
            assert (await api.get(ADMIN, token=token)).status == 403
            assert (await api.post(ADMIN, token=token, json=activity_body())).status == 403
        assert (await api.get(ADMIN)).status == 401


class TestPublic:
    async def test_a_running_activity_is_shown_with_its_add_on_page(self, api, seller):
        created = await create_activity(api, seller.token)
        response = await api.get(f"/api/v1/activities/{created['id']}")
        assert response.status == 200, response
        assert {k: response.json[k] for k in ("id", "shop_id", "kind", "title", "mark", "phase", "products")} == {
            "id": created["id"], "shop_id": seller.shop_id, "kind": "full_reduction", "title": created["title"],
            "mark": "满300减30", "phase": "running", "products": f"/api/v1/activities/{created['id']}/products"}
        assert "status" not in response.json and "product_ids" not in response.json

    @pytest.mark.feature("MKT-2")
    async def test_the_add_on_page_lists_the_on_sale_products_in_scope(self, api, seller, other_seller):
        a, b, off = [seller.product_of[await seller.sku(f"商品{n}", 1_000 * (n + 1))] for n in range(3)]
        await other_seller.sku("别家的", 100)
        await api.shelve(seller.token, off, "off_shelf")
        some = await create_activity(api, seller.token, scope="products", product_ids=[a, off])
        whole = await create_activity(api, seller.token, "full_discount")

        def ids(response):
            return [card["id"] for card in response.json["items"]]

        response = await api.get(f"/api/v1/activities/{some['id']}/products")
        assert (ids(response), response.json["total"]) == ([a], 1)
        first = await api.get(f"/api/v1/activities/{whole['id']}/products", params={"page_size": 1})
        second = await api.get(f"/api/v1/activities/{whole['id']}/products", params={"page_size": 1, "page": 2})
        assert (sorted(ids(first) + ids(second)), first.json["total"]) == (sorted([a, b]), 2)
        assert shown(response.json["items"][0]["marks"]) == [{"kind": "full_reduction", "text": "满300减30"},
                                                             {"kind": "full_discount", "text": "满2件9折"}]

    async def test_an_upcoming_or_cancelled_activity_is_not_found(self, api, seller):
        upcoming = await create_activity(api, seller.token, starts=HOUR, ends=2 * HOUR)
        cancelled = await create_activity(api, seller.token, "package_price")
        await api.post(f"{ADMIN}/{cancelled['id']}/cancel", token=seller.token)
        for activity in (upcoming, cancelled):
            for path in (f"/api/v1/activities/{activity['id']}", f"/api/v1/activities/{activity['id']}/products"):
                response = await api.get(path)
                assert (response.status, response.error_code) == (404, "activity_not_found"), path
        assert (await api.get("/api/v1/activities/999999")).status == 404
