"""The chat WebSocket in-process (``api.socket``): what one message costs in SQL, and a socket that
remembers its conversations still obeys every change other requests make to them."""

from __future__ import annotations

import pytest

from tests.messaging.test_console import ADMIN, CHAT, CONSOLE, new_agent, waiting_and_accepted

pytestmark = pytest.mark.feature("MSG-1")


async def socket(api, token):
    ws = await api.socket(f"/api/v1/chat/ws?token={token}")
    await ws.expect("hello")
    return ws


async def send(ws, conversation_id, text, client_id):
    """The ack, or the error frame answering it."""
    await ws.send({"type": "send", "conversation_id": conversation_id, "client_id": client_id,
                   "kind": "text", "body": {"text": text}})
    return await ws.expect("ack", "error")


async def delivered(ws, message_id):
    """Wait for this message on ``ws`` (messages before it, e.g. system notices, are passed over)."""
    while (frame := await ws.expect("message"))["message"]["id"] != message_id:
        pass
    return frame["message"]


async def history_of(api, token, conversation_id, after_id=0):
    response = await api.get(f"{CHAT}/{conversation_id}/messages", token=token, params={"after_id": after_id})
    return response.json["items"]


class TestQueryBudget:
    async def test_a_message_costs_one_insert_and_one_update_however_long_the_history(
            self, api, seller, buyer, count_queries):
        conversation = await waiting_and_accepted(api, buyer, seller)
        shopper, agent = await socket(api, buyer), await socket(api, seller.token)
        costs = []
        for round_ in range(2):
            for ws, peer, who in ((shopper, agent, "c"), (agent, shopper, "a")):
                warm = await send(ws, conversation, "先认识一下会话", f"{who}-warm-{round_}")  # read it once
                await delivered(peer, warm["message"]["id"])
                with count_queries() as counter:
                    ack = await send(ws, conversation, "这条算数", f"{who}-counted-{round_}")
                assert ack["type"] == "ack"
                assert (await delivered(peer, ack["message"]["id"]))["body"] == {"text": "这条算数"}
                costs.append([statement.split()[0:3] for statement in counter.statements])
            for n in range(4):  # a longer history, sent over REST (the socket's limit is 10 per 10 s)
                response = await api.post(f"{CHAT}/{conversation}/messages", token=buyer,
                                          json={"kind": "text", "body": {"text": f"历史{n}"}})
                assert response.status == 201
        one_message = [["INSERT", "INTO", '"messaging_message"'], ["UPDATE", '"messaging_conversation"', "SET"]]
        assert costs == [one_message] * 4
        mine = (await api.get(CHAT, token=buyer)).json["items"][0]
        assert mine["unread_for_user"] == 1 + 4  # the accept notice, and the agent's four messages
        await shopper.close()
        await agent.close()


class TestAConversationChangingUnderAnOpenSocket:
    async def test_after_a_transfer_the_old_agent_is_refused_and_the_shoppers_next_message_reaches_the_new_one(
            self, api, seller, buyer):
        conversation = await waiting_and_accepted(api, buyer, seller)
        colleague_id, colleague = await new_agent(api, seller.token, "kefu_b")
        await api.put(f"{CONSOLE}/status", token=colleague, json={"status": "online"})
        shopper, old_agent, new_agent_ws = await socket(api, buyer), await socket(api, seller.token), \
            await socket(api, colleague)
        assert (await send(old_agent, conversation, "我先答", "a-1"))["type"] == "ack"
        assert (await send(shopper, conversation, "好的", "c-1"))["type"] == "ack"  # both sockets know it now
        moved = await api.post(f"{ADMIN}/{conversation}/transfer", token=seller.token,
                               json={"agent_id": colleague_id})
        assert moved.status == 200

        refused = await send(old_agent, conversation, "我还在", "a-2")
        assert refused["code"] == "not_assigned" and refused["client_id"] == "a-2"
        ack = await send(shopper, conversation, "换人了吗", "c-2")
        assert (await delivered(new_agent_ws, ack["message"]["id"]))["sender_id"] is not None
        assert [m["client_id"] for m in await history_of(api, buyer, conversation)].count("a-2") == 0
        for ws in (shopper, old_agent, new_agent_ws):
            await ws.close()

    async def test_after_close_a_known_conversation_takes_nothing_but_a_retry_of_a_stored_message_is_acked(
            self, api, seller, buyer):
        conversation = await waiting_and_accepted(api, buyer, seller)
        shopper = await socket(api, buyer)
        stored = await send(shopper, conversation, "谢谢", "c-1")
        assert (await api.post(f"{ADMIN}/{conversation}/close", token=seller.token)).status == 200

        refused = await send(shopper, conversation, "还有一个问题", "c-2")
        assert refused["type"] == "error" and refused["code"] == "conversation_closed"
        retried = await send(shopper, conversation, "谢谢", "c-1")  # the ack was lost; the client sends again
        assert retried["type"] == "ack" and retried["message"]["id"] == stored["message"]["id"]
        texts = [m["body"]["text"] for m in await history_of(api, buyer, conversation)]
        assert texts.count("谢谢") == 1 and "还有一个问题" not in texts
        await shopper.close()
