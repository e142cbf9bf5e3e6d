"""我的优惠券: the shopper's coupons by status, expiry read right before and after the sweep moves
them, the reminder the day before, and the coupon table pair by pair."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from backend.core.errors import Conflict
from backend.coupons import service as coupons
from backend.coupons.models import Coupon
from backend.coupons.states import COUPON, COUPON_STATUS_TEXT

MINE = "/api/v1/me/coupons"


async def statuses(api, shopper: str) -> dict[str, list[int]]:
    return {status: [c["id"] for c in (await api.get(f"{MINE}?status={status}", token=shopper)).json["items"]]
            for status in ("unused", "used", "expired")}


class TestMyCoupons:
    async def test_unused_ones_list_soonest_to_expire_first(self, api, seller, admin_token):
        shopper = await api.consumer("13900005555")
        week = await api.coupon(shopper, seller.token, valid_days=7)
        days = await api.coupon(shopper, admin_token, title="平台券", valid_days=2)
        listed = (await api.get(f"{MINE}?status=unused", token=shopper)).json
        assert [c["id"] for c in listed["items"]] == [days["id"], week["id"]]
        assert [c["shop_name"] for c in listed["items"]] == ["平台券", "优选好物"]
        everything = (await api.get(MINE, token=shopper)).json
        assert everything["total"] == 2 and everything["page"] == 1

    async def test_each_shopper_sees_only_their_own(self, api, seller):
        shopper, other = await api.consumer("13900005555"), await api.consumer("13900006666")
        await api.coupon(shopper, seller.token)
        assert (await api.get(MINE, token=other)).json["total"] == 0
        assert (await api.get(f"{MINE}?status=lost", token=shopper)).status == 422

    async def test_a_coupon_past_its_validity_reads_expired_before_and_after_the_sweep(self, api, seller,
                                                                                       coupon_clock):
        shopper = await api.consumer("13900005555")
        coupon = await api.coupon(shopper, seller.token, valid_days=3)
        coupon_clock.travel(timedelta(days=3, minutes=1))
        assert await statuses(api, shopper) == {"unused": [], "used": [], "expired": [coupon["id"]]}
        assert (await api.get(MINE, token=shopper)).json["items"][0]["status"] == "expired"
        await coupons.schedule_sweep()  # as a worker does at start; it runs once due, then every hour
        assert await api.run_jobs(after=timedelta(days=3, minutes=2)) >= 1
        coupon_clock.travel(-timedelta(days=3, minutes=1))  # back to now: only the moved row says expired
        assert await statuses(api, shopper) == {"unused": [], "used": [], "expired": [coupon["id"]]}

    async def test_the_day_before_it_expires_an_unused_coupon_is_announced(self, api, seller):
        shopper = await api.consumer("13900005555")
        await api.coupon(shopper, seller.token, title="满100减10", valid_days=3)
        await api.run_jobs(after=timedelta(days=1))
        assert (await api.get("/api/v1/me/notifications", token=shopper)).json["total"] == 0
        await api.run_jobs(after=timedelta(days=2, minutes=1))
        notices = (await api.get("/api/v1/me/notifications", token=shopper)).json["items"]
        assert [n["title"] for n in notices] == ["优惠券即将过期"]
        assert "满100减10" in notices[0]["body"] and notices[0]["link"] == "/me/coupons"


async def test_the_coupon_table_moves_only_its_pairs(db):
    moment = datetime.now(UTC)
    events = sorted({event for (_, event) in COUPON.table})
    for number, state in enumerate(COUPON_STATUS_TEXT):
        for event in events:
            row = await Coupon.create(template_id=1, user_id=1, code=f"T{number}{event}"[:16], title="券",
                                      threshold=0, off=100, status=state, valid_from=moment,
                                      valid_until=moment + timedelta(days=1))
            if (state, event) in COUPON.table:
                await COUPON.fire(row, event)
                assert (await Coupon.get(id=row.id)).status == COUPON.table[(state, event)]
            else:
                with pytest.raises(Conflict):
                    await COUPON.fire(row, event)
                assert (await Coupon.get(id=row.id)).status == state
