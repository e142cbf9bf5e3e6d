"""The agents' console: availability and transfer, the customer's orders, unread badges, history
search, quick replies, REST sending; and a merchant's agents never reach another shop's data."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.feature("MSG-1")

CHAT = "/api/v1/chat/conversations"
CONSOLE = "/api/v1/admin/chat"
ADMIN = f"{CONSOLE}/conversations"


async def open_chat(api, token, shop_id):
    response = await api.post(CHAT, token=token, json={"shop_id": shop_id})
    assert response.status in (200, 201), response
    return response.json["id"]


async def say(api, token, conversation_id, text, *, agent=False):
    path = f"{ADMIN if agent else CHAT}/{conversation_id}/messages"
    response = await api.post(path, token=token, json={"kind": "text", "body": {"text": text}})
    assert response.status == 201, response
    return response.json


async def new_agent(api, shop_admin, username):
    created = await api.post("/api/v1/admin/staff", token=shop_admin, json={
        "username": username, "name": f"客服{username}", "password": "Shop12345", "role_code": "cs_agent"})
    assert created.status == 201, created
    return created.json["id"], await api.staff(username, "Shop12345")


async def waiting_and_accepted(api, buyer, seller):
    conversation = await open_chat(api, buyer, seller.shop_id)
    await say(api, buyer, conversation, "在吗")
    assert (await api.post(f"{ADMIN}/{conversation}/accept", token=seller.token)).status == 200
    return conversation


class TestStatusAndTransfer:
    async def test_new_agents_are_offline_until_they_say_otherwise(self, api, seller):
        assert (await api.get(f"{CONSOLE}/status", token=seller.token)).json == {"status": "offline"}
        set_away = await api.put(f"{CONSOLE}/status", token=seller.token, json={"status": "away"})
        assert set_away.json == {"status": "away"}
        assert (await api.get(f"{CONSOLE}/status", token=seller.token)).json == {"status": "away"}
        bad = await api.put(f"{CONSOLE}/status", token=seller.token, json={"status": "busy"})
        assert bad.status == 422

    async def test_the_transfer_list_offers_only_online_agents_of_my_shop(self, api, seller, other_seller):
        online_id, online = await new_agent(api, seller.token, "kefu_on")
        away_id, away = await new_agent(api, seller.token, "kefu_away")
        await api.put(f"{CONSOLE}/status", token=online, json={"status": "online"})
        await api.put(f"{CONSOLE}/status", token=away, json={"status": "away"})
        await api.put(f"{CONSOLE}/status", token=other_seller.token, json={"status": "online"})
        listed = (await api.get(f"{CONSOLE}/agents?status=online", token=seller.token)).json["items"]
        assert [a["id"] for a in listed] == [online_id]
        listed = (await api.get(f"{CONSOLE}/agents", token=seller.token)).json["items"]
        everyone = {a["id"]: a["status"] for a in listed}
        assert everyone[online_id] == "online" and everyone[away_id] == "away" and len(everyone) == 3

    async def test_transfer_to_an_away_agent_is_refused_and_to_an_online_one_works(self, api, seller, buyer):
        conversation = await waiting_and_accepted(api, buyer, seller)
        colleague_id, colleague = await new_agent(api, seller.token, "kefu_b")
        await api.put(f"{CONSOLE}/status", token=colleague, json={"status": "away"})
        to_colleague = {"agent_id": colleague_id}
        refused = await api.post(f"{ADMIN}/{conversation}/transfer", token=seller.token, json=to_colleague)
        assert refused.status == 409 and refused.error_code == "agent_not_online"
        active = (await api.get(f"{ADMIN}?status=active", token=seller.token)).json["items"]
        assert active[0]["agent_id"] != colleague_id
        await api.put(f"{CONSOLE}/status", token=colleague, json={"status": "online"})
        moved = await api.post(f"{ADMIN}/{conversation}/transfer", token=seller.token, json=to_colleague)
        assert moved.status == 200 and moved.json["agent_id"] == colleague_id
        agents = {a["id"]: a for a in (await api.get(f"{CONSOLE}/agents", token=colleague)).json["items"]}
        assert agents[colleague_id]["active_conversations"] == 1

    async def test_transfer_to_another_shops_online_agent_is_404_not_409(self, api, seller, other_seller, buyer):
        conversation = await waiting_and_accepted(api, buyer, seller)
        stranger_id, stranger = await new_agent(api, other_seller.token, "gebi_kefu")
        await api.put(f"{CONSOLE}/status", token=stranger, json={"status": "online"})
        response = await api.post(f"{ADMIN}/{conversation}/transfer", token=seller.token,
                                  json={"agent_id": stranger_id})
        assert response.status == 404 and response.error_code == "agent_not_found"


class TestCustomerOrders:
    async def test_the_agent_sees_the_customers_orders_in_their_own_shop_only(self, api, seller, other_seller, buyer):
        mine = await seller.sku("保温杯", 1990)
        theirs = await other_seller.sku("龙井茶", 8800)
        placed = await api.order(buyer, [{"sku_id": mine, "quantity": 1}, {"sku_id": theirs, "quantity": 1}])
        order_of = {o["shop_id"]: o["order_no"] for o in placed["orders"]}
        conversation = await open_chat(api, buyer, seller.shop_id)
        listed = await api.get(f"{ADMIN}/{conversation}/orders", token=seller.token)
        assert listed.status == 200
        assert [o["order_no"] for o in listed.json["items"]] == [order_of[seller.shop_id]]
        assert listed.json["items"][0]["lines"][0]["title"] == "保温杯"
        assert (await api.get(f"{ADMIN}/{conversation}/orders", token=other_seller.token)).status == 404

    async def test_the_platform_desk_sees_orders_of_every_shop(self, api, admin_token, seller, other_seller, buyer):
        placed = await api.order(buyer, [{"sku_id": await seller.sku(), "quantity": 1},
                                         {"sku_id": await other_seller.sku("龙井茶"), "quantity": 1}])
        conversation = await open_chat(api, buyer, None)
        listed = (await api.get(f"{ADMIN}/{conversation}/orders?limit=5", token=admin_token)).json["items"]
        assert {o["order_no"] for o in listed} == {o["order_no"] for o in placed["orders"]}


class TestUnread:
    async def test_badges_count_per_conversation_and_in_total_on_both_sides(self, api, seller, other_seller, buyer):
        first = await waiting_and_accepted(api, buyer, seller)  # the shopper has the accept notice unread
        await say(api, seller.token, first, "您好", agent=True)
        second = await open_chat(api, buyer, other_seller.shop_id)
        await say(api, buyer, second, "有货吗")
        await say(api, buyer, second, "急")
        mine = (await api.get("/api/v1/chat/unread", token=buyer)).json
        assert mine == {"total": 2, "conversations": [{"id": first, "shop_id": seller.shop_id, "unread": 2}]}
        desk = (await api.get(f"{CONSOLE}/unread", token=other_seller.token)).json
        assert desk == {"total": 2, "waiting": 1, "conversations": [{"id": second, "status": "waiting", "unread": 2}]}
        await api.post(f"{CHAT}/{first}/read", token=buyer)
        assert (await api.get("/api/v1/chat/unread", token=buyer)).json == {"total": 0, "conversations": []}
        await say(api, buyer, first, "好的")
        assert (await api.get(f"{CONSOLE}/unread", token=seller.token)).json["total"] == 2  # 在吗 and 好的


class TestSearch:
    async def test_keyword_search_covers_my_shops_conversations_only(self, api, seller, other_seller, buyer):
        ours = await open_chat(api, buyer, seller.shop_id)
        theirs = await open_chat(api, buyer, other_seller.shop_id)
        await say(api, buyer, ours, "橙子什么时候发货")
        await say(api, buyer, ours, "谢谢")
        await say(api, buyer, theirs, "橙子也卖吗")
        found = (await api.get(f"{CONSOLE}/search?keyword=橙子", token=seller.token)).json
        assert found["total"] == 1
        assert found["items"][0]["message"]["body"] == {"text": "橙子什么时候发货"}
        assert found["items"][0]["conversation"]["id"] == ours
        other = (await api.get(f"{CONSOLE}/search?keyword=橙子", token=other_seller.token)).json
        assert [i["conversation"]["id"] for i in other["items"]] == [theirs]

    async def test_search_finds_cards_by_title_and_pages(self, api, seller, buyer):
        product = await api.product(seller.token, "赣南脐橙", 3990)
        conversation = await open_chat(api, buyer, seller.shop_id)
        for n in range(3):
            await api.post(f"{CHAT}/{conversation}/messages", token=buyer, json={
                "kind": "product_card", "body": {"product_id": product["id"]}, "client_id": f"card-{n}"})
        page = (await api.get(f"{CONSOLE}/search?keyword=脐橙&page=2&page_size=2", token=seller.token)).json
        assert page["total"] == 3 and len(page["items"]) == 1 and page["items"][0]["message"]["kind"] == "product_card"
        assert (await api.get(f"{CONSOLE}/search", token=seller.token)).status == 422


class TestQuickReplies:
    async def test_create_edit_sort_and_delete(self, api, seller):
        made = []
        for text in ("您好，请问有什么可以帮您？", "已为您加急处理", "感谢您的耐心等待"):
            response = await api.post(f"{CONSOLE}/quick-replies", token=seller.token, json={"text": text})
            assert response.status == 201
            made.append(response.json["id"])
        changed = await api.patch(f"{CONSOLE}/quick-replies/{made[1]}", token=seller.token,
                                  json={"title": "加急", "text": "已为您加急，今天发出"})
        assert changed.status == 200 and changed.json["title"] == "加急"
        order = [made[2], made[0], made[1]]
        reordered = await api.put(f"{CONSOLE}/quick-replies/order", token=seller.token, json={"ids": order})
        assert [r["id"] for r in reordered.json["items"]] == order
        assert [r["id"] for r in (await api.get(f"{CONSOLE}/quick-replies", token=seller.token)).json["items"]] == order
        assert (await api.delete(f"{CONSOLE}/quick-replies/{made[0]}", token=seller.token)).status == 204
        left = (await api.get(f"{CONSOLE}/quick-replies", token=seller.token)).json["items"]
        assert [r["text"] for r in left] == ["感谢您的耐心等待", "已为您加急，今天发出"]

    async def test_another_shops_replies_are_invisible_and_404(self, api, seller, other_seller):
        reply = (await api.post(f"{CONSOLE}/quick-replies", token=seller.token, json={"text": "包邮"})).json
        assert (await api.get(f"{CONSOLE}/quick-replies", token=other_seller.token)).json["items"] == []
        for method, body in (("patch", {"text": "改"}), ("delete", None)):
            response = await api.call(method, f"{CONSOLE}/quick-replies/{reply['id']}", token=other_seller.token,
                                      json=body)
            assert response.status == 404 and response.error_code == "quick_reply_not_found"
        assert (await api.get(f"{CONSOLE}/quick-replies", token=seller.token)).json["items"][0]["text"] == "包邮"
        partial = await api.put(f"{CONSOLE}/quick-replies/order", token=other_seller.token, json={"ids": [reply["id"]]})
        assert partial.status == 422

    async def test_empty_or_long_text_is_refused(self, api, seller):
        for text in ("", "字" * 501):
            response = await api.post(f"{CONSOLE}/quick-replies", token=seller.token, json={"text": text})
            assert response.status == 422
        assert (await api.get(f"{CONSOLE}/quick-replies", token=seller.token)).json["items"] == []


class TestTenancy:
    """Every console door answers 404 for another shop's conversation, exactly as for a missing one."""

    async def test_every_conversation_path_is_404_for_another_shops_agent(self, api, seller, other_seller, buyer):
        conversation = await waiting_and_accepted(api, buyer, seller)
        await say(api, seller.token, conversation, "您好", agent=True)
        calls = [("get", f"{ADMIN}/{conversation}/messages", None), ("get", f"{ADMIN}/{conversation}/orders", None),
                 ("post", f"{ADMIN}/{conversation}/messages", {"kind": "text", "body": {"text": "插话"}}),
                 ("post", f"{ADMIN}/{conversation}/read", None), ("post", f"{ADMIN}/{conversation}/accept", None),
                 ("post", f"{ADMIN}/{conversation}/transfer", {"agent_id": 1}),
                 ("post", f"{ADMIN}/{conversation}/close", None)]
        for method, path, body in calls:
            foreign = await api.call(method, path, token=other_seller.token, json=body)
            missing = await api.call(method, path.replace(f"/{conversation}/", "/999999/"), token=other_seller.token,
                                     json=body)
            assert (foreign.status, foreign.error_code) == (missing.status, missing.error_code) == (
                404, "conversation_not_found"), (method, path)
        assert (await api.get(ADMIN, token=other_seller.token)).json["items"] == []
        assert (await api.get(f"{CONSOLE}/unread", token=other_seller.token)).json["total"] == 0
        messages = (await api.get(f"{CHAT}/{conversation}/messages", token=buyer)).json["items"]
        assert [m["body"]["text"] for m in messages if m["sender_kind"] != "system"] == ["在吗", "您好"]


class TestRestSend:
    async def test_the_same_client_id_answers_the_stored_message_with_200(self, api, seller, buyer):
        conversation = await open_chat(api, buyer, seller.shop_id)
        body = {"kind": "text", "body": {"text": "只发一次"}, "client_id": "rest-1"}
        first = await api.post(f"{CHAT}/{conversation}/messages", token=buyer, json=body)
        again = await api.post(f"{CHAT}/{conversation}/messages", token=buyer, json=body)
        assert (first.status, again.status) == (201, 200) and first.json["id"] == again.json["id"]

    async def test_an_agent_who_has_not_accepted_may_not_speak(self, api, seller, buyer):
        conversation = await open_chat(api, buyer, seller.shop_id)
        await say(api, buyer, conversation, "在吗")
        response = await api.post(f"{ADMIN}/{conversation}/messages", token=seller.token,
                                  json={"kind": "text", "body": {"text": "抢答"}})
        assert response.status == 409 and response.error_code == "not_assigned"

    async def test_more_than_ten_in_ten_seconds_is_429(self, api, seller, buyer):
        conversation = await open_chat(api, buyer, seller.shop_id)
        answers = [await api.post(f"{CHAT}/{conversation}/messages", token=buyer,
                                  json={"kind": "text", "body": {"text": f"第{n}条"}}) for n in range(21)]
        statuses = [a.status for a in answers]
        # a fixed 10 s window: a burst straddling a boundary gets at most twice the budget through
        assert 429 in statuses and statuses.count(201) <= 20
        limited = next(a for a in answers if a.status == 429)
        assert limited.error_code == "rate_limited" and int(limited.headers["retry-after"]) >= 1
        stored = (await api.get(f"{CHAT}/{conversation}/messages?limit=100", token=buyer)).json["items"]
        assert len(stored) == statuses.count(201)
