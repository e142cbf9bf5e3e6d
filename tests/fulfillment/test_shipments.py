"""Shipments and logistics (ORD-5): parcels of an order, tracked through the logistics adapter.

Orders do not live here: shipments are set up through this context's service, as the orders
context will, and tracked through the staff endpoint.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest

from backend.app import create_app
from backend.core.errors import DomainError
from backend.fulfillment import service as fulfillment
from tests.conftest import Api
from tests.fakes.kuaidi100 import FakeKuaidi100Server

pytestmark = pytest.mark.feature("ORD-5")
ITEMS = [{"order_line_id": 11, "quantity": 2}]
IN_TRANSIT, DELIVERED, UNKNOWN = "ZT123456782", "SF123456789", "YT12340000"


@pytest.fixture
async def shop(api, admin_token) -> tuple[int, str]:
    return await api.merchant(admin_token, "甲商家")


async def ship(shop_id: int, tracking_no: str = IN_TRANSIT, carrier: str = "ZTO", order_id: int = 1,
               **kw) -> dict:
    return await fulfillment.create_shipment(shop_id, order_id, f"NO{order_id:06d}", carrier, tracking_no,
                                             ITEMS, **kw)


def track_path(shipment: dict) -> str:
    return f"/api/v1/admin/shipments/{shipment['id']}/track"


class TestCreateShipment:
    async def test_a_shipment_records_the_carrier_and_parcel(self, shop):
        shipment = await ship(shop[0], carrier="SF", phone_tail="5678")

        assert {k: shipment[k] for k in ("shop_id", "order_id", "order_no", "carrier_code", "carrier_name",
                                         "tracking_no", "items", "receiver_phone_tail", "status", "last_event")} == {
            "shop_id": shop[0], "order_id": 1, "order_no": "NO000001", "carrier_code": "SF",
            "carrier_name": "顺丰速运", "tracking_no": IN_TRANSIT, "items": ITEMS, "receiver_phone_tail": "5678",
            "status": "in_transit", "last_event": None}

    @pytest.mark.parametrize(("carrier", "tracking_no", "items", "field"), [
        ("NOPE", IN_TRANSIT, ITEMS, "carrier_code"),
        ("ZTO", "12345", ITEMS, "tracking_no"),
        ("ZTO", "ZT-12345-6", ITEMS, "tracking_no"),
        ("ZTO", "Z" * 41, ITEMS, "tracking_no"),
        ("ZTO", IN_TRANSIT, [], "items"),
        ("ZTO", IN_TRANSIT, [{"order_line_id": 1, "quantity": 0}], "items.0.quantity"),
    ])
    async def test_bad_input_is_refused_with_the_field(self, shop, carrier, tracking_no, items, field):
        with pytest.raises(DomainError) as raised:
            await fulfillment.create_shipment(shop[0], 1, "NO1", carrier, tracking_no, items)

        assert raised.value.status == 422
        assert field in raised.value.fields
        assert (await fulfillment.shipments_of([1]))[1] == []

    async def test_a_disabled_carrier_cannot_ship(self, api, admin_token, shop):
        rows = (await api.get("/api/v1/admin/carriers", token=admin_token)).json["items"]
        sto = next(r["id"] for r in rows if r["code"] == "STO")
        await api.patch(f"/api/v1/admin/carriers/{sto}", token=admin_token, json={"is_enabled": False})

        with pytest.raises(DomainError) as raised:
            await ship(shop[0], carrier="STO")

        assert (raised.value.status, raised.value.code) == (422, "carrier_unavailable")


class TestShipmentsOf:
    async def test_each_order_gets_its_parcels_in_one_query(self, shop, count_queries):
        first = await ship(shop[0], order_id=1)
        second = await ship(shop[0], "YT998877665", carrier="YTO", order_id=1)
        other = await ship(shop[0], order_id=2)

        with count_queries() as counter:
            found = await fulfillment.shipments_of([1, 2, 3])

        assert counter.count == 1
        assert [s["id"] for s in found[1]] == [first["id"], second["id"]]
        assert [s["id"] for s in found[2]] == [other["id"]]
        assert found[3] == []


class TestTrackForStaff:
    async def test_merchant_sees_the_events_newest_first(self, api, shop):
        shipment = await ship(shop[0])

        response = await api.get(track_path(shipment), token=shop[1])

        assert response.status == 200, response
        body = response.json
        assert body["carrier"] == {"code": "ZTO", "name": "中通快递", "phone": "95311",
                                   "website": "https://www.zto.com"}
        assert (body["tracking_no"], body["status"]) == (IN_TRANSIT, "in_transit")
        assert len(body["events"]) == 3
        assert "到达" in body["events"][0]["text"] and "已揽收" in body["events"][-1]["text"]
        assert body["events"][0]["time"] > body["events"][1]["time"]

    async def test_the_newest_event_is_stored_on_the_shipment(self, api, shop):
        shipment = await ship(shop[0])

        body = (await api.get(track_path(shipment), token=shop[1])).json

        stored = (await fulfillment.shipments_of([1]))[1][0]
        assert stored["last_event"]["text"] == body["events"][0]["text"]
        assert stored["last_checked_at"] is not None

    async def test_a_signed_parcel_becomes_delivered(self, api, shop):
        shipment = await ship(shop[0], DELIVERED, carrier="SF")

        body = (await api.get(track_path(shipment), token=shop[1])).json

        assert body["status"] == "delivered"
        assert "已签收" in body["events"][0]["text"]
        assert (await fulfillment.shipments_of([1]))[1][0]["status"] == "delivered"

    async def test_the_carrier_is_asked_once_within_the_cache_time(self, api, shop):
        shipment = await ship(shop[0])
        await api.get(track_path(shipment), token=shop[1])

        again = await api.get(track_path(shipment), token=shop[1])

        assert again.status == 200
        assert len(again.json["events"]) == 3
        assert len(api.app.ctx.runtime.logistics.queries) == 1

    async def test_an_unknown_waybill_says_so_and_stores_nothing(self, api, shop):
        shipment = await ship(shop[0], UNKNOWN, carrier="YTO")

        response = await api.get(track_path(shipment), token=shop[1])

        assert response.status == 404
        assert response.error_code == "tracking_not_found"
        stored = (await fulfillment.shipments_of([1]))[1][0]
        assert (stored["last_event"], stored["last_checked_at"]) == (None, None)

    async def test_another_shops_shipment_is_not_there(self, api, admin_token, shop):
        shipment = await ship(shop[0])
        _, other = await api.merchant(admin_token, "乙商家")

        response = await api.get(track_path(shipment), token=other)

        assert response.status == 404
        assert response.error_code == "shipment_not_found"
        assert api.app.ctx.runtime.logistics.queries == []

    async def test_platform_staff_track_any_shops_parcel(self, api, admin_token, shop):
        shipment = await ship(shop[0])

        assert (await api.get(track_path(shipment), token=admin_token)).status == 200

    async def test_a_consumer_uses_the_order_endpoint_instead(self, api, shop):
        shipment = await ship(shop[0])

        response = await api.get(track_path(shipment), token=await api.consumer())

        assert response.status == 403


class TestTrackForOrders:
    async def test_the_orders_context_tracks_a_parcel_of_the_order(self, shop):
        shipment = await ship(shop[0], order_id=7)

        tracked = await fulfillment.track(shipment["id"], order_id=7)

        assert tracked["shipment_id"] == shipment["id"] and len(tracked["events"]) == 3

    async def test_a_parcel_of_another_order_is_not_found(self, shop):
        shipment = await ship(shop[0], order_id=7)

        with pytest.raises(DomainError) as raised:
            await fulfillment.track(shipment["id"], order_id=8)

        assert raised.value.status == 404


class TestLatestEvents:
    async def test_each_order_gets_its_newest_stored_event_without_asking_the_carrier(
            self, api, shop, count_queries):
        newer = await ship(shop[0], DELIVERED, carrier="SF", order_id=1)
        older = await ship(shop[0], IN_TRANSIT, order_id=1)  # shipped later, but its news is older
        await ship(shop[0], "YD556677880", carrier="YD", order_id=2)  # never tracked
        sandbox = api.app.ctx.runtime.logistics
        for day, shipment in ((2, newer), (1, older)):
            sandbox.clock = lambda day=day: datetime(2024, 6, day, 12, tzinfo=UTC)
            await fulfillment.track(shipment["id"])
        asked = len(sandbox.queries)

        with count_queries() as counter:
            latest = await fulfillment.latest_events([1, 2, 3])

        assert counter.count == 1
        assert len(sandbox.queries) == asked
        assert (latest[1]["shipment_id"], latest[1]["status"]) == (newer["id"], "delivered")
        assert "已签收" in latest[1]["text"] and latest[1]["time"].startswith("2024-06-02")
        assert latest[2] is None and latest[3] is None


class TestTrackThroughKuaidi100:
    async def test_configured_for_kuaidi100_the_app_asks_it_at_the_wire(self, settings, db, shop):
        with FakeKuaidi100Server(customer="C1", key="K1") as fake:
            fake.add("shunfeng", "SF1234567890", [("2024-05-01 10:00:00", "已收取快件", "深圳市"),
                                                  ("2024-05-02 09:15:00", "已签收", "上海市")],
                     state="3", phone="5678")
            app = create_app(settings.model_copy(update={
                "logistics_provider": "kuaidi100", "kuaidi100_customer": "C1", "kuaidi100_key": "K1",
                "kuaidi100_base_url": fake.base_url}), with_database=False, name=f"shop_{uuid.uuid4().hex[:8]}")
            shipment = await ship(shop[0], "SF1234567890", carrier="SF", phone_tail="5678")

            response = await Api(app).get(track_path(shipment), token=shop[1])
            await app.ctx.cache.close()

        assert response.status == 200, response
        assert response.json["status"] == "delivered"
        assert [e["text"] for e in response.json["events"]] == ["已签收", "已收取快件"]
        assert response.json["events"][0]["time"] == "2024-05-02T01:15:00Z"
        assert fake.received[-1]["param"]["phone"] == "5678"
