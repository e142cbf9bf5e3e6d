"""The WeChat customer-message bridge (MSG-2): pushes from WeChat land in the conversation, agents'
replies go back through the customer-message API of the fake WeChat server on loopback."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest

from tests.fakes.wechat import FakeWechatServer, customer_push, fake_identity, push_signature

pytestmark = pytest.mark.feature("MSG-2")

APPID, SECRET, TOKEN = "wx-test-appid", "test-secret", "cs-push-token"
CALLBACK = "/api/v1/wechat/customer-service"
CHAT = "/api/v1/chat/conversations"
ADMIN = "/api/v1/admin/chat/conversations"


@pytest.fixture
def fake():
    with FakeWechatServer(appid=APPID, secret=SECRET) as server:
        yield server


@pytest.fixture
def settings(settings, fake):
    return settings.model_copy(update={"wechat_appid": APPID, "wechat_secret": SECRET,
                                       "wechat_api_base_url": fake.base_url, "wechat_cs_token": TOKEN})


@pytest.fixture
async def wechat_shopper(api):
    """A shopper who logged in to the mini-program with WeChat: (token, openid)."""
    response = await api.post("/api/v1/auth/login/wechat", json={"code": "code-wx-1"})
    assert response.status == 200, response
    return response.json["token"], fake_identity("code-wx-1")["openid"]


async def push(api, openid, msg_type="text", *, token=TOKEN, fmt="json", **fields):
    query, body, content_type = customer_push(token, openid, msg_type, fmt=fmt, **fields)
    return await api.post(CALLBACK, params=query, content=body, headers={"Content-Type": content_type})


async def conversations(api, token):
    return (await api.get(CHAT, token=token)).json["items"]


class TestUrlVerification:
    async def test_a_signed_check_gets_echostr_back(self, api):
        query = {"timestamp": str(int(time.time())), "nonce": "n0nce", "echostr": "echo-4321"}
        query["signature"] = push_signature(TOKEN, query["timestamp"], query["nonce"])
        response = await api.get(CALLBACK, params=query)
        assert response.status == 200 and response.text == "echo-4321"

    async def test_a_wrong_signature_is_403(self, api):
        stamp = str(int(time.time()))
        response = await api.get(CALLBACK, params={"timestamp": stamp, "nonce": "x", "echostr": "e",
                                                   "signature": push_signature("not-our-token", stamp, "x")})
        assert response.status == 403 and response.error_code == "bad_signature"


class TestIncomingMessages:
    @pytest.mark.parametrize("fmt", ["json", "xml"])
    async def test_a_signed_text_lands_in_the_shoppers_conversation_with_the_desk(self, api, admin_token,
                                                                                 wechat_shopper, fmt):
        shopper, openid = wechat_shopper
        response = await push(api, openid, Content="<b>订单怎么还没发货</b>", fmt=fmt)
        assert response.status == 200 and response.text == "success"
        [conversation] = await conversations(api, shopper)
        assert conversation["shop_id"] is None and conversation["status"] == "waiting"
        assert conversation["last_message"]["body"] == {"text": "<b>订单怎么还没发货</b>"}
        queue = (await api.get(f"{ADMIN}?status=waiting", token=admin_token)).json["items"]
        assert [c["id"] for c in queue] == [conversation["id"]] and queue[0]["unread_for_agent"] == 1

    async def test_a_bad_signature_changes_nothing(self, api, wechat_shopper):
        shopper, openid = wechat_shopper
        response = await push(api, openid, Content="伪造的消息", token="someone-elses-token")
        assert response.status == 403 and response.error_code == "bad_signature"
        assert await conversations(api, shopper) == []

    async def test_a_stale_timestamp_is_refused(self, api, wechat_shopper):
        shopper, openid = wechat_shopper
        query, body, content_type = customer_push(TOKEN, openid, Content="重放")
        query["timestamp"] = str(int(query["timestamp"]) - 3600)
        query["signature"] = push_signature(TOKEN, query["timestamp"], query["nonce"])
        response = await api.post(CALLBACK, params=query, content=body, headers={"Content-Type": content_type})
        assert response.status == 403 and await conversations(api, shopper) == []

    async def test_wechats_retry_of_one_msgid_stores_one_message(self, api, wechat_shopper):
        shopper, openid = wechat_shopper
        for _ in range(3):
            assert (await push(api, openid, Content="在吗", msg_id=987654321)).status == 200
        [conversation] = await conversations(api, shopper)
        messages = (await api.get(f"{CHAT}/{conversation['id']}/messages", token=shopper)).json["items"]
        assert [m["body"]["text"] for m in messages] == ["在吗"]

    async def test_images_and_mini_program_cards_arrive_as_text_and_events_open_the_conversation(
            self, api, wechat_shopper):
        shopper, openid = wechat_shopper
        await push(api, openid, "event", Event="user_enter_tempsession", SessionFrom="pdp")
        [opened] = await conversations(api, shopper)
        assert opened["status"] == "open" and opened["last_message"] is None
        await push(api, openid, "image", PicUrl="https://mmbiz.qpic.cn/abc", MediaId="m1")
        await push(api, openid, "miniprogrampage", Title="赣南脐橙 5斤", PagePath="pages/pdp?id=1")
        messages = (await api.get(f"{CHAT}/{opened['id']}/messages", token=shopper)).json["items"]
        assert [m["body"]["text"] for m in messages] == ["[图片] 用户在微信中发送了一张图片 https://mmbiz.qpic.cn/abc",
                                                         "[小程序卡片] 赣南脐橙 5斤"]

    async def test_an_unknown_openid_is_acknowledged_and_dropped(self, api, admin_token):
        response = await push(api, "openid-nobody-knows", Content="你好")
        assert response.status == 200 and response.text == "success"
        assert (await api.get(ADMIN, token=admin_token)).json["items"] == []

    async def test_without_a_token_configured_the_bridge_is_off(self, api, app, wechat_shopper):
        _, openid = wechat_shopper
        app.ctx.runtime.settings = app.ctx.runtime.settings.model_copy(update={"wechat_cs_token": ""})
        response = await push(api, openid, Content="你好", token="")
        assert response.status == 404 and response.error_code == "bridge_disabled"


class TestReplies:
    async def accepted(self, api, admin_token, openid):
        await push(api, openid, Content="发票怎么开")
        [waiting] = (await api.get(f"{ADMIN}?status=waiting", token=admin_token)).json["items"]
        assert (await api.post(f"{ADMIN}/{waiting['id']}/accept", token=admin_token)).status == 200
        return waiting["id"]

    async def reply(self, api, admin_token, conversation, text):
        response = await api.post(f"{ADMIN}/{conversation}/messages", token=admin_token,
                                  json={"kind": "text", "body": {"text": text}})
        assert response.status == 201, response
        return response.json

    async def test_the_agents_reply_reaches_wechat_as_a_customer_message_to_the_openid(
            self, api, admin_token, fake, wechat_shopper):
        _, openid = wechat_shopper
        conversation = await self.accepted(api, admin_token, openid)
        await self.reply(api, admin_token, conversation, "您好，在订单详情里申请开票即可")
        assert fake.customer_messages(openid) == []  # a durable job sends it, after the reply is stored
        await api.run_jobs()
        assert fake.customer_messages(openid) == [
            {"touser": openid, "msgtype": "text", "text": {"content": "您好，在订单详情里申请开票即可"}}]

    async def test_a_failed_send_is_retried_later(self, api, admin_token, fake, wechat_shopper):
        _, openid = wechat_shopper
        conversation = await self.accepted(api, admin_token, openid)
        fake.refuse_messages(45011)
        await self.reply(api, admin_token, conversation, "稍等")
        await api.run_jobs()
        assert fake.customer_messages(openid) == []
        fake.refuse_messages(None)
        await api.run_jobs(after=timedelta(minutes=1))
        assert [m["text"]["content"] for m in fake.customer_messages(openid)] == ["稍等"]

    async def test_once_the_shopper_writes_in_the_app_replies_stay_in_the_app(
            self, api, admin_token, fake, wechat_shopper):
        shopper, openid = wechat_shopper
        conversation = await self.accepted(api, admin_token, openid)
        sent = await api.post(f"{CHAT}/{conversation}/messages", token=shopper,
                              json={"kind": "text", "body": {"text": "我在 App 里看"}})
        assert sent.status == 201
        await self.reply(api, admin_token, conversation, "好的")
        await api.run_jobs()
        assert fake.customer_messages(openid) == []

    async def test_an_agents_socket_follows_the_shopper_back_to_wechat(self, api, admin_token, fake, wechat_shopper):
        shopper, openid = wechat_shopper
        conversation = await self.accepted(api, admin_token, openid)
        await api.post(f"{CHAT}/{conversation}/messages", token=shopper, json={"kind": "text", "body": {"text": "App"}})
        agent = await api.socket(f"/api/v1/chat/ws?token={admin_token}")
        await agent.expect("hello")

        async def reply(text):
            await agent.send({"type": "send", "conversation_id": conversation, "kind": "text", "body": {"text": text}})
            assert (await agent.expect("ack", "error"))["type"] == "ack"

        await reply("在 App 里回")  # the socket now knows the conversation, as it was in the app
        await push(api, openid, Content="我在微信里")
        await reply("回到微信了")
        await api.run_jobs()
        assert [m["text"]["content"] for m in fake.customer_messages(openid)] == ["回到微信了"]
        await agent.close()
