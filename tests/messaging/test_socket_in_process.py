"""The chat WebSocket in-process (``api.socket``): what a batch of messages costs in SQL, many
senders at once, and a socket that remembers its conversations still obeys every change other
requests make to them."""

from __future__ import annotations

import pytest

from tests.messaging.test_console import ADMIN, CHAT, CONSOLE, new_agent, open_chat, say, waiting_and_accepted

pytestmark = pytest.mark.feature("MSG-1")


async def socket(api, token):
    ws = await api.socket(f"/api/v1/chat/ws?token={token}")
    await ws.expect("hello")
    return ws


async def send(ws, conversation_id, text, client_id):
    """The ack, or the error frame answering it."""
    await ws.send(send_frame(conversation_id, text, client_id))
    return await ws.expect("ack", "error")


def send_frame(conversation_id, text, client_id):
    return {"type": "send", "conversation_id": conversation_id, "client_id": client_id,
            "kind": "text", "body": {"text": text}}


async def delivered(ws, message_id):
    """Wait for this message on ``ws`` (messages before it, e.g. system notices, are passed over)."""
    while (frame := await ws.expect("message"))["message"]["id"] != message_id:
        pass
    return frame["message"]


async def history_of(api, token, conversation_id, after_id=0):
    response = await api.get(f"{CHAT}/{conversation_id}/messages", token=token, params={"after_id": after_id})
    return response.json["items"]


BATCH = ["SELECT", "INSERT", "UPDATE"]  # lock the conversations, insert the messages, move the conversations


def batches_of(statements):
    """The statements as batches (a batch is three statements), each with its number of messages."""
    kinds = [statement.split()[0] for statement in statements]
    assert kinds == BATCH * (len(kinds) // 3), kinds
    inserts = [statement for statement in statements if statement.startswith("INSERT")]
    return [insert.count("), (") + 1 for insert in inserts]


class TestQueryBudget:
    async def test_a_message_costs_one_batch_of_three_statements_however_long_the_history(
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
                costs.append(batches_of(counter.statements))
            for n in range(4):  # a longer history, sent over REST (the socket's limit is 10 per 10 s)
                await say(api, buyer, conversation, f"历史{n}")
        assert costs == [[1]] * 4  # one batch holding one message
        mine = (await api.get(CHAT, token=buyer)).json["items"][0]
        assert mine["unread_for_user"] == 1 + 4  # the accept notice, and the agent's four messages
        await shopper.close()
        await agent.close()

    async def test_messages_sent_at_once_share_batches_of_three_statements(self, api, seller, buyer, count_queries):
        conversation = await waiting_and_accepted(api, buyer, seller)
        agent = await socket(api, seller.token)
        shoppers = [await socket(api, buyer) for _ in range(12)]  # the shopper's phone, tablet, browser tabs …
        for n, ws in enumerate(shoppers):
            assert (await send(ws, conversation, "先认识一下会话", f"warm-{n}"))["type"] == "ack"
        with count_queries() as counter:
            for n, ws in enumerate(shoppers):
                await ws.send(send_frame(conversation, f"同时发{n}", f"at-once-{n}"))
            acks = [await ws.expect("ack", "error") for ws in shoppers]
        assert [ack["client_id"] for ack in acks] == [f"at-once-{n}" for n in range(12)]
        sizes = batches_of(counter.statements)
        assert sum(sizes) == 12 and len(sizes) < 12, sizes  # the first write's wait gathers the rest
        mine = (await api.get(f"{ADMIN}/{conversation}/messages", token=seller.token)).json["items"]
        assert mine[-1]["id"] == max(ack["message"]["id"] for ack in acks)
        agent_view = (await api.get(f"{ADMIN}?status=active", token=seller.token)).json["items"][0]
        assert agent_view["last_message"]["id"] == mine[-1]["id"]
        assert agent_view["unread_for_agent"] == 1 + 12 + 12  # 在吗, the warm-ups and the twelve
        for ws in (agent, *shoppers):
            await ws.close()


class TestManySendersAtOnce:
    PAIRS, ROUNDS = 25, 4

    @pytest.fixture
    def settings(self, settings):
        return settings.model_copy(update={"rate_limit_sms_per_ip_per_hour": 100})

    async def _pairs(self, api, seller):
        """(shopper token, agent token, conversation id) per pair: every conversation accepted by its own agent."""
        pairs = []
        for n in range(self.PAIRS):
            shopper = await api.consumer(f"1390001{n:02d}88")
            _, agent = await new_agent(api, seller.token, f"kefu{n}")
            conversation = await open_chat(api, shopper, seller.shop_id)
            await say(api, shopper, conversation, "在吗")
            assert (await api.post(f"{ADMIN}/{conversation}/accept", token=agent)).status == 200
            pairs.append((shopper, agent, conversation))
        return pairs

    async def test_fifty_clients_get_every_ack_and_each_message_is_stored_and_delivered_once_in_order(
            self, api, seller):
        pairs = await self._pairs(api, seller)
        clients = []  # (socket, conversation, who) for the shopper and the agent of each pair
        for shopper, agent, conversation in pairs:
            clients += [(await socket(api, shopper), conversation, f"c{conversation}"),
                        (await socket(api, agent), conversation, f"a{conversation}")]
        for round_ in range(self.ROUNDS):  # every client sends before any waits: the socket answers in turn
            for ws, conversation, who in clients:
                await ws.send(send_frame(conversation, f"{who} 第{round_}条", f"{who}-{round_}"))
        acks, received = {}, {}
        for ws, _, who in clients:
            acks[who], received[who] = [], []
            while len(acks[who]) < self.ROUNDS or len(received[who]) < self.ROUNDS:
                frame = await ws.expect("ack", "message", "error")
                assert frame["type"] != "error", frame
                (acks[who] if frame["type"] == "ack" else received[who]).append(frame["message"])
        for _, _, who in clients:
            peer = ("a" if who[0] == "c" else "c") + who[1:]
            sent = [f"{who}-{round_}" for round_ in range(self.ROUNDS)]
            assert [m["client_id"] for m in acks[who]] == sent
            # the peer got exactly these, once each, in the order sent (ids grow with it)
            assert received[peer] == acks[who]
            assert [m["id"] for m in received[peer]] == sorted(m["id"] for m in received[peer])
        for shopper, _, conversation in pairs:
            history = await history_of(api, shopper, conversation)
            stored = [m["client_id"] for m in history if m["client_id"]]
            assert sorted(stored) == sorted(f"{side}{conversation}-{round_}" for side in "ca"
                                            for round_ in range(self.ROUNDS))
            mine = (await api.get(CHAT, token=shopper)).json["items"][0]
            assert mine["unread_for_user"] == 1 + self.ROUNDS  # the accept notice and the agent's messages
            assert mine["last_message"]["id"] == history[-1]["id"]
        for ws, _, _ in clients:
            await ws.close()


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


class TestAMessageTheDatabaseCannotStore:
    @pytest.mark.parametrize("text", ["空\u0000字符", "半个\ud83d表情"])
    async def test_is_refused_alone_and_a_message_sent_beside_it_is_stored(self, api, seller, buyer, text):
        conversation = await waiting_and_accepted(api, buyer, seller)
        shopper, agent = await socket(api, buyer), await socket(api, seller.token)
        for ws, who in ((shopper, "c"), (agent, "a")):
            assert (await send(ws, conversation, "先认识一下会话", f"{who}-warm"))["type"] == "ack"
        await shopper.send(send_frame(conversation, text, "c-bad"))  # both in flight at once: one batch
        await agent.send(send_frame(conversation, "您好", "a-good"))
        refused, acked = await shopper.expect("ack", "error"), await agent.expect("ack", "error")
        assert refused["type"] == "error" and refused["code"] == "invalid_message"
        assert refused["client_id"] == "c-bad" and "body.text" in refused["fields"]
        assert acked["type"] == "ack" and (await delivered(shopper, acked["message"]["id"]))["body"] == {"text": "您好"}
        client_ids = [m["client_id"] for m in await history_of(api, buyer, conversation)]
        assert "a-good" in client_ids and "c-bad" not in client_ids
        await shopper.close()
        await agent.close()

    async def test_a_client_id_with_a_control_character_is_refused(self, api, seller, buyer):
        conversation = await waiting_and_accepted(api, buyer, seller)
        shopper = await socket(api, buyer)
        refused = await send(shopper, conversation, "你好", "c-\u0000")
        assert refused["type"] == "error" and refused["code"] == "bad_frame" and "client_id" in refused["fields"]
        await shopper.close()


class TestABatchTheDatabaseRefuses:
    async def test_its_senders_get_an_error_and_sending_again_stores_each_message_once(self, api, seller, buyer):
        conversation = await waiting_and_accepted(api, buyer, seller)
        shopper, agent = await socket(api, buyer), await socket(api, seller.token)
        for ws, who in ((shopper, "c"), (agent, "a")):
            assert (await send(ws, conversation, "先认识一下会话", f"{who}-warm"))["type"] == "ack"
        await rename_table("messaging_message", "messaging_message_away")  # the database refuses the INSERT
        try:
            await shopper.send(send_frame(conversation, "在吗", "c-1"))
            await agent.send(send_frame(conversation, "在的", "a-1"))
            refused = [await shopper.expect("ack", "error"), await agent.expect("ack", "error")]
        finally:
            await rename_table("messaging_message_away", "messaging_message")
        assert [(f["type"], f["code"], f["client_id"]) for f in refused] == [
            ("error", "message_not_stored", "c-1"), ("error", "message_not_stored", "a-1")]
        assert "c-1" not in [m["client_id"] for m in await history_of(api, buyer, conversation)]

        acks = [await send(shopper, conversation, "在吗", "c-1"), await send(agent, conversation, "在的", "a-1")]
        assert [ack["type"] for ack in acks] == ["ack", "ack"]
        client_ids = [m["client_id"] for m in await history_of(api, buyer, conversation)]
        assert client_ids.count("c-1") == 1 and client_ids.count("a-1") == 1
        await shopper.close()
        await agent.close()


async def rename_table(name, to):
    from tortoise import connections

    await connections.get("default").execute_script(f'ALTER TABLE "{name}" RENAME TO "{to}"')
