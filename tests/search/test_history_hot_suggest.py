"""Search history, hot searches and suggestions while typing, through the public endpoints."""

from datetime import UTC, datetime, timedelta

import pytest

SEARCH = "/api/v1/search/products"
HISTORY = "/api/v1/search/history"
HOT = "/api/v1/search/hot"
SUGGEST = "/api/v1/search/suggest"


async def search(api, keyword, token=None):
    response = await api.get(SEARCH, params={"keyword": keyword}, token=token)
    assert response.status == 200, response
    return response.json["total"]


async def history(api, token):
    response = await api.get(HISTORY, token=token)
    assert response.status == 200, response
    return response.json["items"]


async def hot(api):
    response = await api.get(HOT)
    assert response.status == 200, response
    return response.json


async def suggest(api, keyword):
    response = await api.get(SUGGEST, params={"keyword": keyword})
    assert response.status == 200, response
    return response.json["items"]


@pytest.fixture
async def shop(api, admin_token):
    shop_id, token = await api.merchant(admin_token, "好物优选")
    return {"id": shop_id, "token": token}


@pytest.fixture
async def goods(api, shop):
    """Products whose titles lead with 保温杯, 保温壶, 保鲜盒, 华为 and 手机壳 (ids by leading word)."""
    made = {}
    for title, price in [("保温杯 不锈钢 500ml", 5900), ("保温壶 家用大容量", 8900), ("保鲜盒 玻璃", 3900),
                         ("华为 Mate 70 Pro 手机", 549900), ("手机壳 透明", 1900)]:
        made[title.split(" ")[0]] = (await api.product(shop["token"], title, price))["id"]
    return made


@pytest.mark.feature("SEARCH-2")
class TestHistory:
    async def test_the_last_keywords_come_newest_first_and_a_repeat_moves_to_the_top(self, api, goods):
        token = await api.consumer()
        for keyword in ["保温杯", "手机", "华为", "保温杯"]:
            await search(api, keyword, token)
        assert await history(api, token) == ["保温杯", "华为", "手机"]

    async def test_keywords_differing_only_in_spaces_and_case_are_one_entry(self, api, goods):
        token = await api.consumer()
        await search(api, "Mate  70", token)
        await search(api, "mate 70 ", token)
        assert await history(api, token) == ["mate 70"]

    async def test_only_the_last_ten_distinct_keywords_are_kept(self, api):
        token = await api.consumer()
        for i in range(12):
            await search(api, f"关键词{i}", token)
        assert await history(api, token) == [f"关键词{i}" for i in range(11, 1, -1)]

    async def test_searches_without_results_are_in_the_history_too(self, api):
        token = await api.consumer()
        await search(api, "不存在的东西", token)
        assert await history(api, token) == ["不存在的东西"]

    async def test_another_members_and_anonymous_searches_are_never_shown(self, api, goods):
        mine = await api.consumer("13912345678")
        theirs = await api.consumer("13987654321")
        await search(api, "保温杯", mine)
        await search(api, "手机", theirs)
        await search(api, "华为")
        assert await history(api, mine) == ["保温杯"]
        assert await history(api, theirs) == ["手机"]

    async def test_clearing_empties_the_history_but_not_hot_searches(self, api, goods):
        token = await api.consumer()
        await search(api, "保温杯", token)
        cleared = await api.delete(HISTORY, token=token)
        assert cleared.status == 204
        assert await history(api, token) == []
        assert (await hot(api))["hot"] == ["保温杯"]

    async def test_a_search_after_clearing_starts_a_new_history(self, api, goods):
        token = await api.consumer()
        await search(api, "保温杯", token)
        await api.delete(HISTORY, token=token)
        await search(api, "手机", token)
        assert await history(api, token) == ["手机"]

    async def test_clearing_leaves_another_members_history(self, api, goods):
        mine = await api.consumer("13912345678")
        theirs = await api.consumer("13987654321")
        await search(api, "保温杯", mine)
        await search(api, "手机", theirs)
        await api.delete(HISTORY, token=mine)
        assert await history(api, theirs) == ["手机"]

    @pytest.mark.parametrize("method", ["get", "delete"])
    async def test_anonymous_callers_are_turned_away(self, api, method):
        response = await api.call(method, HISTORY)
        assert response.status == 401 and response.error_code == "not_authenticated"

    async def test_staff_accounts_have_no_search_history(self, api, admin_token):
        response = await api.get(HISTORY, token=admin_token)
        assert response.status == 403


@pytest.mark.feature("SEARCH-3")
class TestHot:
    async def test_keywords_rank_by_searches_that_found_something(self, api, goods):
        for keyword, times in [("手机", 3), ("保温杯", 2), ("华为", 1)]:
            for _ in range(times):
                await search(api, keyword)
        assert (await hot(api))["hot"] == ["手机", "保温杯", "华为"]

    async def test_spaces_and_case_count_as_one_keyword(self, api, goods):
        for keyword in ["保温杯", " 保温杯 ", "Mate  70", "mate 70", "MATE 70"]:
            await search(api, keyword)
        assert (await hot(api))["hot"] == ["mate 70", "保温杯"]

    async def test_ties_go_to_the_most_recent_search(self, api, goods):
        for keyword in ["保温杯", "手机", "华为"]:
            await search(api, keyword)
        assert (await hot(api))["hot"] == ["华为", "手机", "保温杯"]

    async def test_searches_without_results_are_not_hot(self, api, goods):
        for _ in range(3):
            assert await search(api, "不存在的东西") == 0
        await search(api, "保温杯")
        assert (await hot(api))["hot"] == ["保温杯"]

    async def test_only_the_last_seven_days_count(self, api, goods):
        from backend.search.models import SearchLog

        for _ in range(3):
            await search(api, "手机")
        await SearchLog.filter(term="手机").update(created_at=datetime.now(UTC) - timedelta(days=8))
        await search(api, "保温杯")
        assert (await hot(api))["hot"] == ["保温杯"]

    async def test_at_most_ten_keywords_are_hot(self, api, goods):
        for keyword in ["保温杯", "保温壶", "保鲜盒", "华为", "手机壳", "手机", "mate", "pro", "70", "透明",
                        "玻璃", "家用"]:
            assert await search(api, keyword) >= 1, keyword
        assert len((await hot(api))["hot"]) == 10

    async def test_the_hot_list_is_counted_at_most_once_a_minute(self, api, goods):
        await search(api, "保温杯")
        assert (await hot(api))["hot"] == ["保温杯"]
        await search(api, "手机")
        await search(api, "手机")
        assert (await hot(api))["hot"] == ["保温杯"]

    async def test_preset_words_come_from_the_operators_settings(self, api, admin_token):
        assert (await hot(api))["preset"] == ["保温杯", "坚果礼盒", "空气炸锅", "连衣裙", "车厘子"]
        saved = await api.put("/api/v1/admin/settings/search", token=admin_token,
                              json={"preset_words": ["年货节", "车厘子"]})
        assert saved.status == 200, saved
        assert await hot(api) == {"preset": ["年货节", "车厘子"], "hot": []}

    async def test_anyone_may_read_hot_searches(self, api):
        assert await hot(api) == {"preset": ["保温杯", "坚果礼盒", "空气炸锅", "连衣裙", "车厘子"], "hot": []}


@pytest.mark.feature("SEARCH-4")
class TestSuggest:
    async def test_a_chinese_prefix_suggests_titles_leading_words(self, api, goods):
        assert await suggest(api, "保温") == ["保温壶", "保温杯"]
        assert await suggest(api, "保") == ["保温壶", "保温杯", "保鲜盒"]

    @pytest.mark.parametrize("typed", ["baow", "BaoWen", "baowenbei", "bwb", "bw"])
    async def test_pinyin_and_initials_suggest_the_chinese_word(self, api, goods, typed):
        assert "保温杯" in await suggest(api, typed)

    async def test_initials_do_not_match_other_words(self, api, goods):
        assert await suggest(api, "bx") == ["保鲜盒"]
        assert await suggest(api, "hw") == ["华为"]

    async def test_past_searches_rank_before_titles_by_how_often_they_were_searched(self, api, goods):
        for keyword, times in [("保温杯 500ml", 2), ("保温杯 不锈钢", 1)]:
            for _ in range(times):
                assert await search(api, keyword) == 1
        assert await suggest(api, "保温") == ["保温杯 500ml", "保温杯 不锈钢", "保温壶", "保温杯"]
        assert (await suggest(api, "bwb"))[:2] == ["保温杯 500ml", "保温杯 不锈钢"]

    async def test_searches_that_found_nothing_are_never_suggested(self, api, goods):
        await search(api, "保温饭盒")
        assert await suggest(api, "保温") == ["保温壶", "保温杯"]

    async def test_titles_rank_by_sales_when_nobody_searched_them(self, api, admin_token, goods):
        response = await api.patch(f"/api/v1/admin/products/{goods['保温杯']}", token=admin_token,
                                   json={"padded_sales": 50})
        assert response.status == 200, response
        assert await suggest(api, "保温") == ["保温杯", "保温壶"]

    async def test_latin_prefixes_match_searched_keywords_whatever_their_case(self, api, goods):
        await search(api, "Mate 70")
        assert await suggest(api, "MA") == ["mate 70"]

    async def test_at_most_ten_suggestions(self, api, shop):
        for i in range(12):
            await api.product(shop["token"], f"保温杯{i:02d}号 款式", 1000)
        assert len(await suggest(api, "保温杯")) == 10

    async def test_nothing_matches_an_unknown_prefix(self, api, goods):
        assert await suggest(api, "zzz") == []
        assert await suggest(api, "%") == []
        assert await suggest(api, "_") == []

    async def test_statements_do_not_grow_with_matches(self, api, shop, count_queries):
        for i in range(3):
            await api.product(shop["token"], f"保温杯{i}号", 1000)
            await search(api, f"保温杯{i}号")
        with count_queries() as few:
            await suggest(api, "bw")
        for i in range(3, 9):
            await api.product(shop["token"], f"保温杯{i}号", 1000)
            await search(api, f"保温杯{i}号")
        with count_queries() as many:
            assert len(await suggest(api, "bw")) == 9
        assert few.count == many.count == 2

    @pytest.mark.parametrize("params", [{}, {"keyword": ""}, {"keyword": "   "}, {"keyword": "杯" * 21},
                                        {"keyword": "杯", "page": 2}])
    async def test_bad_input_is_a_field_error(self, api, params):
        response = await api.get(SUGGEST, params=params)
        assert response.status == 422 and response.error_code == "validation_failed", response
