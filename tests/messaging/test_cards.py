"""What a chat message may carry: product and order cards filled on the server, images from our storage."""

from __future__ import annotations

import pytest

from backend.demo_media import placeholder_png

pytestmark = pytest.mark.feature("MSG-1")

CHAT = "/api/v1/chat/conversations"
ADMIN = "/api/v1/admin/chat/conversations"


async def open_chat(api, token, shop_id, **body):
    response = await api.post(CHAT, token=token, json={"shop_id": shop_id, **body})
    assert response.status in (200, 201), response
    return response.json


async def history(api, token, conversation_id):
    return (await api.get(f"{CHAT}/{conversation_id}/messages", token=token)).json["items"]


class TestOpeningWithACard:
    async def test_a_product_card_is_filled_from_the_catalog_not_from_the_client(self, api, seller, buyer):
        product = await api.product(seller.token, "赣南脐橙 5斤", 3990, images=["/media/demo/orange.png"])
        opened = await api.post(CHAT, token=buyer, json={"shop_id": seller.shop_id, "card": {
            "kind": "product_card", "product_id": product["id"]}})
        assert opened.status == 201
        card = opened.json["last_message"]
        assert card["kind"] == "product_card"
        assert card["body"] == {"product_id": product["id"], "title": "赣南脐橙 5斤", "image": "/media/demo/orange.png",
                                "price": 3990, "shop_id": seller.shop_id}
        assert opened.json["status"] == "waiting"  # the card is the shopper's first word: the queue sees it

    async def test_what_the_client_claims_about_a_product_is_ignored(self, api, seller, buyer):
        product = await api.product(seller.token, "保温杯", 1990)
        conversation = await open_chat(api, buyer, seller.shop_id)
        sent = await api.post(f"{CHAT}/{conversation['id']}/messages", token=buyer, json={
            "kind": "product_card", "body": {"product_id": product["id"], "title": "白送", "price": 1}})
        assert sent.status == 201 and sent.json["body"]["price"] == 1990 and sent.json["body"]["title"] == "保温杯"

    async def test_another_shops_product_is_refused_and_no_conversation_is_left(self, api, seller, other_seller, buyer):
        foreign = await api.product(other_seller.token, "龙井茶", 8800)
        refused = await api.post(CHAT, token=buyer, json={"shop_id": seller.shop_id, "card": {
            "kind": "product_card", "product_id": foreign["id"]}})
        assert refused.status == 422 and refused.error_code == "invalid_message"
        assert refused.fields == {"body.product_id": "商品不存在或已下架"}
        assert (await api.get(CHAT, token=buyer)).json["items"] == []

    async def test_the_platform_desk_takes_any_shops_product(self, api, other_seller, buyer):
        product = await api.product(other_seller.token, "龙井茶", 8800)
        opened = await api.post(CHAT, token=buyer, json={"card": {"kind": "product_card", "product_id": product["id"]}})
        assert opened.status == 201 and opened.json["last_message"]["body"]["shop_id"] == other_seller.shop_id

    async def test_an_off_shelf_product_is_refused(self, api, seller, buyer):
        product = await api.product(seller.token, "下架商品", 1000)
        await api.shelve(seller.token, product["id"])
        conversation = await open_chat(api, buyer, seller.shop_id)
        sent = await api.post(f"{CHAT}/{conversation['id']}/messages", token=buyer, json={
            "kind": "product_card", "body": {"product_id": product["id"]}})
        assert sent.status == 422 and await history(api, buyer, conversation["id"]) == []


class TestOrderCards:
    async def test_my_order_becomes_a_card_with_status_amount_and_first_line(self, api, seller, buyer):
        cup = await seller.sku("保温杯", 1990)
        tea = await seller.sku("龙井茶", 8800)
        order = (await api.order(buyer, [{"sku_id": cup, "quantity": 2}, {"sku_id": tea, "quantity": 1}]))["orders"][0]
        opened = await api.post(CHAT, token=buyer, json={"shop_id": seller.shop_id, "card": {
            "kind": "order_card", "order_no": order["order_no"]}})
        assert opened.status == 201
        body = opened.json["last_message"]["body"]
        detail = (await api.get(f"/api/v1/orders/{order['order_no']}", token=buyer)).json
        assert body["order_no"] == order["order_no"] and body["status"] == "pending_payment"
        assert body["status_text"] == detail["status_text"] and body["amount"] == detail["payable"]
        assert body["line_count"] == 2 and body["quantity"] == 3
        assert body["first_line"]["title"] == detail["lines"][0]["title"]

    async def test_another_shoppers_order_is_refused(self, api, seller, buyer):
        sku = await seller.sku()
        order = (await api.order(buyer, [{"sku_id": sku, "quantity": 1}]))["orders"][0]
        stranger = await api.consumer("13900007777")
        refused = await api.post(CHAT, token=stranger, json={"shop_id": seller.shop_id, "card": {
            "kind": "order_card", "order_no": order["order_no"]}})
        assert refused.status == 422 and refused.fields == {"body.order_no": "订单不存在"}
        assert (await api.get(CHAT, token=stranger)).json["items"] == []

    async def test_an_order_of_another_shop_is_refused_in_this_shops_conversation(self, api, seller, other_seller,
                                                                                    buyer):
        sku = await other_seller.sku("龙井茶", 8800)
        order = (await api.order(buyer, [{"sku_id": sku, "quantity": 1}]))["orders"][0]
        conversation = await open_chat(api, buyer, seller.shop_id)
        sent = await api.post(f"{CHAT}/{conversation['id']}/messages", token=buyer, json={
            "kind": "order_card", "body": {"order_no": order["order_no"]}})
        assert sent.status == 422 and await history(api, buyer, conversation["id"]) == []

    async def test_the_agent_may_send_the_customers_order_back_as_a_card(self, api, seller, buyer):
        sku = await seller.sku()
        order = (await api.order(buyer, [{"sku_id": sku, "quantity": 1}]))["orders"][0]
        conversation = await open_chat(api, buyer, seller.shop_id)
        await api.post(f"{CHAT}/{conversation['id']}/messages", token=buyer,
                       json={"kind": "text", "body": {"text": "在吗"}})
        assert (await api.post(f"{ADMIN}/{conversation['id']}/accept", token=seller.token)).status == 200
        sent = await api.post(f"{ADMIN}/{conversation['id']}/messages", token=seller.token, json={
            "kind": "order_card", "body": {"order_no": order["order_no"]}})
        assert sent.status == 201 and sent.json["sender_kind"] == "staff"
        assert sent.json["body"]["order_no"] == order["order_no"]


class TestImages:
    async def upload(self, api, token):
        response = await api.post("/api/v1/uploads/images", token=token,
                                  files={"file": ("photo.png", placeholder_png("破损"), "image/png")})
        assert response.status == 201
        return response.json["url"]

    async def test_an_image_uploaded_to_our_storage_is_sent(self, api, seller, buyer):
        url = await self.upload(api, buyer)
        conversation = await open_chat(api, buyer, seller.shop_id)
        sent = await api.post(f"{CHAT}/{conversation['id']}/messages", token=buyer,
                              json={"kind": "image", "body": {"url": url}})
        assert sent.status == 201 and sent.json["body"] == {"url": url}
        assert (await api.get(url)).status == 200

    @pytest.mark.parametrize("url", [
        "https://evil.example.com/uploads/user/202601/0123456789abcdef0123456789abcdef.png",
        "/media/uploads/user/202601/0123456789abcdef0123456789abcdef.png",  # the right shape, never stored
        "/media/../secret.png",
        "/media/demo/orange.png",  # ours, but not an upload
    ])
    async def test_foreign_or_unknown_urls_are_refused(self, api, seller, buyer, url):
        conversation = await open_chat(api, buyer, seller.shop_id)
        sent = await api.post(f"{CHAT}/{conversation['id']}/messages", token=buyer,
                              json={"kind": "image", "body": {"url": url}})
        assert sent.status == 422 and sent.fields == {"body.url": "只能发送本站上传的图片"}
        assert await history(api, buyer, conversation["id"]) == []
