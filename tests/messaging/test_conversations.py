"""Customer-service chat over HTTP: opening, history, read receipts, agent queues and hand-offs."""

import pytest

from backend.messaging import service
from backend.messaging.schemas import MessageIn

pytestmark = pytest.mark.feature("MSG-1")

CHAT = "/api/v1/chat/conversations"
ADMIN = "/api/v1/admin/chat/conversations"


async def actor_of(api, token):
    from backend.accounts import service as accounts

    return await accounts.resolve_token(token)


async def say(api, token, conversation_id, text, client_id=None):
    """Send as the WebSocket does (the service behind the frame)."""
    message, _ = await service.send(await actor_of(api, token), MessageIn(
        conversation_id=conversation_id, client_id=client_id, kind="text", body={"text": text}))
    return message


@pytest.fixture
async def shop(api, admin_token):
    shop_id, agent = await api.merchant(admin_token, "果园旗舰店")
    return {"id": shop_id, "agent": agent}


@pytest.fixture
async def shopper(api):
    return await api.consumer("13900000001")


async def open_with(api, shopper, shop_id):
    response = await api.post(CHAT, token=shopper, json={"shop_id": shop_id})
    assert response.status in (200, 201), response
    return response.json


class TestOpenConversation:
    async def test_opening_twice_returns_the_same_open_conversation(self, api, shop, shopper):
        first = await api.post(CHAT, token=shopper, json={"shop_id": shop["id"]})
        again = await api.post(CHAT, token=shopper, json={"shop_id": shop["id"]})
        assert first.status == 201 and again.status == 200
        assert first.json["id"] == again.json["id"]
        assert first.json["status"] == "open" and first.json["unread_for_user"] == 0

    async def test_without_a_shop_opens_the_platform_desk(self, api, shopper):
        response = await api.post(CHAT, token=shopper, json={})
        assert response.status == 201 and response.json["shop_id"] is None

    async def test_a_missing_shop_is_404(self, api, shopper):
        response = await api.post(CHAT, token=shopper, json={"shop_id": 999999})
        assert response.status == 404 and response.error_code == "shop_not_found"

    async def test_staff_cannot_open_a_shopper_conversation(self, api, shop):
        response = await api.post(CHAT, token=shop["agent"], json={})
        assert response.status == 403

    async def test_after_close_a_new_conversation_is_opened(self, api, shop, shopper):
        first = await open_with(api, shopper, shop["id"])
        assert (await api.post(f"{ADMIN}/{first['id']}/close", token=shop["agent"])).status == 200
        second = await api.post(CHAT, token=shopper, json={"shop_id": shop["id"]})
        assert second.status == 201 and second.json["id"] != first["id"]


class TestMessagesAndUnread:
    async def test_first_message_puts_the_conversation_in_the_waiting_queue(self, api, shop, shopper):
        conversation = await open_with(api, shopper, shop["id"])
        await say(api, shopper, conversation["id"], "<b>在吗</b>")
        queue = await api.get(f"{ADMIN}?status=waiting", token=shop["agent"])
        assert queue.status == 200 and [c["id"] for c in queue.json["items"]] == [conversation["id"]]
        row = queue.json["items"][0]
        assert row["unread_for_agent"] == 1 and row["user_id"] and row["agent_id"] is None
        assert row["last_message"]["body"] == {"text": "<b>在吗</b>"}  # stored as given; shells escape

    async def test_history_pages_after_an_id(self, api, shop, shopper):
        conversation = await open_with(api, shopper, shop["id"])
        ids = [(await say(api, shopper, conversation["id"], f"第{n}条")).id for n in range(5)]
        page = await api.get(f"{CHAT}/{conversation['id']}/messages?after_id={ids[1]}&limit=2", token=shopper)
        assert [m["id"] for m in page.json["items"]] == ids[2:4]
        older = await api.get(f"{CHAT}/{conversation['id']}/messages?before_id={ids[2]}", token=shopper)
        assert [m["id"] for m in older.json["items"]] == ids[:2]

    async def test_another_users_conversation_is_404(self, api, shop, shopper):
        conversation = await open_with(api, shopper, shop["id"])
        stranger = await api.consumer("13900000002")
        for path in (f"{CHAT}/{conversation['id']}/messages", ):
            assert (await api.get(path, token=stranger)).status == 404
        assert (await api.post(f"{CHAT}/{conversation['id']}/read", token=stranger)).status == 404

    async def test_read_receipt_zeroes_only_my_side(self, api, shop, shopper):
        conversation = await open_with(api, shopper, shop["id"])
        await say(api, shopper, conversation["id"], "你好")
        await api.post(f"{ADMIN}/{conversation['id']}/accept", token=shop["agent"])
        await say(api, shop["agent"], conversation["id"], "您好，请讲")
        mine = await api.get(CHAT, token=shopper)
        assert mine.json["items"][0]["unread_for_user"] == 2  # the accept notice and the reply
        read = await api.post(f"{CHAT}/{conversation['id']}/read", token=shopper)
        assert read.status == 200 and read.json["unread_for_user"] == 0
        agent_view = await api.get(f"{ADMIN}?status=active", token=shop["agent"])
        assert agent_view.json["items"][0]["unread_for_agent"] == 1
        await api.post(f"{ADMIN}/{conversation['id']}/read", token=shop["agent"])
        agent_view = await api.get(f"{ADMIN}?status=active", token=shop["agent"])
        assert agent_view.json["items"][0]["unread_for_agent"] == 0

    async def test_same_client_id_stores_one_message(self, api, shop, shopper):
        conversation = await open_with(api, shopper, shop["id"])
        first = await say(api, shopper, conversation["id"], "一次", client_id="c-1")
        again = await say(api, shopper, conversation["id"], "一次", client_id="c-1")
        assert first.id == again.id
        history = await api.get(f"{CHAT}/{conversation['id']}/messages", token=shopper)
        assert len(history.json["items"]) == 1

    @pytest.mark.parametrize("kind, body", [
        ("text", {"text": "字" * 2001}),
        ("text", {"text": ""}),
        ("image", {"url": "javascript:alert(1)"}),
        ("product_card", {"product_id": 1, "title": "苹果", "price": -1}),
        ("order_card", {}),
    ])
    async def test_invalid_bodies_are_refused_and_nothing_is_stored(self, api, shop, shopper, kind, body):
        from backend.core.errors import DomainError

        conversation = await open_with(api, shopper, shop["id"])
        with pytest.raises(DomainError) as refused:
            await service.send(await actor_of(api, shopper),
                               MessageIn(conversation_id=conversation["id"], kind=kind, body=body))
        assert refused.value.code == "invalid_message" and refused.value.status == 422
        history = await api.get(f"{CHAT}/{conversation['id']}/messages", token=shopper)
        assert history.json["items"] == []


class TestAgentConsole:
    async def test_another_shops_agent_gets_404(self, api, admin_token, shop, shopper):
        conversation = await open_with(api, shopper, shop["id"])
        await say(api, shopper, conversation["id"], "在吗")
        _, other_agent = await api.merchant(admin_token, "隔壁小店")
        assert (await api.get(f"{ADMIN}?status=waiting", token=other_agent)).json["items"] == []
        for action in ("accept", "close", "read"):
            response = await api.post(f"{ADMIN}/{conversation['id']}/{action}", token=other_agent)
            assert response.status == 404 and response.error_code == "conversation_not_found"
        assert (await api.get(f"{ADMIN}/{conversation['id']}/messages", token=other_agent)).status == 404

    async def test_platform_agents_see_only_the_platform_desk(self, api, admin_token, shop, shopper):
        await say(api, shopper, (await open_with(api, shopper, shop["id"]))["id"], "问店铺")
        await say(api, shopper, (await open_with(api, shopper, None))["id"], "问平台")
        queue = await api.get(ADMIN, token=admin_token)
        assert [c["shop_id"] for c in queue.json["items"]] == [None]

    async def test_staff_without_the_chat_permission_is_refused(self, api, admin_token, shop):
        await api.post("/api/v1/admin/staff", token=shop["agent"], json={
            "username": "warehouse1", "name": "仓管", "password": "Shop12345", "role_code": "warehouse"})
        keeper = await api.staff("warehouse1", "Shop12345")
        assert (await api.get(ADMIN, token=keeper)).status == 403

    async def test_consumers_cannot_use_the_console(self, api, shopper):
        assert (await api.get(ADMIN, token=shopper)).status == 403


class TestTransitions:
    async def make_agent(self, api, shop, username):
        created = await api.post("/api/v1/admin/staff", token=shop["agent"], json={
            "username": username, "name": "客服小美", "password": "Shop12345", "role_code": "cs_agent"})
        assert created.status == 201, created
        return created.json["id"], await api.staff(username, "Shop12345")

    async def test_accept_transfer_close(self, api, shop, shopper):
        conversation = await open_with(api, shopper, shop["id"])
        await say(api, shopper, conversation["id"], "发货了吗")
        accepted = await api.post(f"{ADMIN}/{conversation['id']}/accept", token=shop["agent"])
        assert accepted.status == 200 and accepted.json["status"] == "active"
        second_id, second = await self.make_agent(api, shop, "kefu2")
        assert (await api.put("/api/v1/admin/chat/status", token=second, json={"status": "online"})).status == 200
        moved = await api.post(f"{ADMIN}/{conversation['id']}/transfer", token=shop["agent"],
                               json={"agent_id": second_id})
        assert moved.status == 200 and moved.json["agent_id"] == second_id and moved.json["status"] == "active"
        # the former agent may no longer speak; the new one may
        from backend.core.errors import DomainError

        with pytest.raises(DomainError) as refused:
            await say(api, shop["agent"], conversation["id"], "我来")
        assert refused.value.code == "not_assigned"
        await say(api, second, conversation["id"], "已发货")
        closed = await api.post(f"{ADMIN}/{conversation['id']}/close", token=second)
        assert closed.status == 200 and closed.json["status"] == "closed"
        texts = [m["body"]["text"] for m in
                 (await api.get(f"{CHAT}/{conversation['id']}/messages", token=shopper)).json["items"]]
        assert texts[0] == "发货了吗" and "已发货" in texts and len(texts) == 5  # 3 system notices

    async def test_a_closed_conversation_takes_no_messages(self, api, shop, shopper):
        from backend.core.errors import DomainError

        conversation = await open_with(api, shopper, shop["id"])
        await api.post(f"{ADMIN}/{conversation['id']}/close", token=shop["agent"])
        with pytest.raises(DomainError) as refused:
            await say(api, shopper, conversation["id"], "还在吗")
        assert refused.value.code == "conversation_closed" and refused.value.status == 409

    async def test_accepting_twice_is_409(self, api, shop, shopper):
        conversation = await open_with(api, shopper, shop["id"])
        await say(api, shopper, conversation["id"], "在吗")
        assert (await api.post(f"{ADMIN}/{conversation['id']}/accept", token=shop["agent"])).status == 200
        again = await api.post(f"{ADMIN}/{conversation['id']}/accept", token=shop["agent"])
        assert again.status == 409 and again.error_code == "invalid_transition"

    async def test_an_open_conversation_cannot_be_accepted_before_the_shopper_speaks(self, api, shop, shopper):
        conversation = await open_with(api, shopper, shop["id"])
        response = await api.post(f"{ADMIN}/{conversation['id']}/accept", token=shop["agent"])
        assert response.status == 409

    async def test_transfer_to_another_shops_agent_is_404(self, api, admin_token, shop, shopper):
        conversation = await open_with(api, shopper, shop["id"])
        await say(api, shopper, conversation["id"], "在吗")
        await api.post(f"{ADMIN}/{conversation['id']}/accept", token=shop["agent"])
        other_shop, other_agent = await api.merchant(admin_token, "隔壁小店", username="gebi")
        other_id = (await api.get("/api/v1/admin/staff", token=other_agent)).json["items"][0]["id"]
        for agent_id in (other_id, 999999):
            response = await api.post(f"{ADMIN}/{conversation['id']}/transfer", token=shop["agent"],
                                      json={"agent_id": agent_id})
            assert response.status == 404 and response.error_code == "agent_not_found"

    async def test_the_transition_table(self):
        from backend.core.errors import Conflict
        from backend.messaging.states import conversations

        allowed = {("open", "customer_message"): "waiting", ("waiting", "accept"): "active",
                   ("active", "transfer"): "active", ("open", "close"): "closed",
                   ("waiting", "close"): "closed", ("active", "close"): "closed"}
        for state in ("open", "waiting", "active", "closed"):
            for event in ("customer_message", "accept", "transfer", "close"):
                if (state, event) in allowed:
                    assert conversations.target(state, event) == allowed[(state, event)]
                else:
                    with pytest.raises(Conflict):
                        conversations.target(state, event)
