from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime

import pytest

from backend.core.config import Settings
from backend.core.errors import IntegrationError
from backend.integrations.logistics import (
    Kuaidi100Logistics,
    SandboxLogistics,
    TrackEvent,
    build_logistics,
    kuaidi100_sign,
)
from tests.fakes.kuaidi100 import FakeKuaidi100Server

pytestmark = pytest.mark.feature("ORD-5")
CUSTOMER, KEY = "TESTCUSTOMER", "test-key"
ROUTE = [
    ("2024-05-01 10:00:00", "【深圳市】顺丰速运 已收取快件", "深圳市"),
    ("2024-05-01 22:30:00", "快件已到达【上海浦东集散中心】", "上海市"),
    ("2024-05-02 09:15:00", "快件已签收，签收人：本人", "上海市"),
]


@pytest.fixture
def fake():
    with FakeKuaidi100Server(customer=CUSTOMER, key=KEY) as server:
        yield server


@pytest.fixture
def kuaidi100(fake):
    return Kuaidi100Logistics(CUSTOMER, KEY, fake.base_url, timeout=5)


class TestKuaidi100Query:
    async def test_events_come_back_newest_first_in_utc(self, fake, kuaidi100):
        fake.add("shunfeng", "SF1234567890", ROUTE, state="3", phone="5678")

        events = await kuaidi100.track("SF", "SF1234567890", "5678")

        assert [e.text for e in events] == [text for _, text, _ in reversed(ROUTE)]
        assert events[0].time == datetime(2024, 5, 2, 1, 15, tzinfo=UTC)  # 09:15 in Beijing
        assert events[-1].location == "深圳市"

    async def test_a_signed_waybill_marks_only_its_newest_event_delivered(self, fake, kuaidi100):
        fake.add("zhongtong", "ZT778899001", ROUTE, state="3")

        events = await kuaidi100.track("ZTO", "ZT778899001")

        assert [e.delivered for e in events] == [True, False, False]

    async def test_a_waybill_in_transit_is_not_delivered(self, fake, kuaidi100):
        fake.add("yuantong", "YT778899001", ROUTE[:2], state="0")

        events = await kuaidi100.track("YTO", "YT778899001")

        assert not any(e.delivered for e in events)

    async def test_the_form_carries_the_signed_param_with_kuaidi100s_company_code(self, fake, kuaidi100):
        fake.add("debangkuaidi", "DPK12345678", ROUTE[:1])

        await kuaidi100.track("DBL", "DPK12345678", "1234")

        sent = fake.received[-1]
        assert sent["param"] == {"com": "debangkuaidi", "num": "DPK12345678", "phone": "1234",
                                 "resultv2": "0", "show": "0", "order": "desc"}
        assert sent["form"]["sign"] == kuaidi100_sign(sent["form"]["param"], KEY, CUSTOMER)
        assert sent["form"]["sign"].isupper() and len(sent["form"]["sign"]) == 32

    async def test_every_builtin_carrier_maps_to_a_kuaidi100_company(self, fake, kuaidi100):
        expected = {"SF": "shunfeng", "ZTO": "zhongtong", "YTO": "yuantong", "STO": "shentong", "YD": "yunda",
                    "JTSD": "jtexpress", "EMS": "ems", "JD": "jd", "DBL": "debangkuaidi", "YZPY": "youzhengguonei"}
        for code, company in expected.items():
            fake.add(company, f"{code}000111", ROUTE[:1])
            await kuaidi100.track(code, f"{code}000111")
        assert [r["param"]["com"] for r in fake.received] == list(expected.values())

    async def test_an_unknown_waybill_is_not_found(self, kuaidi100):
        with pytest.raises(IntegrationError) as raised:
            await kuaidi100.track("SF", "SF0000000001")

        assert (raised.value.status, raised.value.code) == (404, "tracking_not_found")

    async def test_a_wrong_phone_tail_asks_for_the_right_one(self, fake, kuaidi100):
        fake.add("shunfeng", "SF1234567890", ROUTE, phone="5678")

        with pytest.raises(IntegrationError) as raised:
            await kuaidi100.track("SF", "SF1234567890", "0000")

        assert (raised.value.status, raised.value.code) == (422, "tracking_phone_required")

    async def test_a_wrong_key_fails_the_signature_check(self, fake):
        fake.add("shunfeng", "SF1234567890", ROUTE)
        wrong = Kuaidi100Logistics(CUSTOMER, "not-the-key", fake.base_url, timeout=5)

        with pytest.raises(IntegrationError, match="签名验证失败") as raised:
            await wrong.track("SF", "SF1234567890")

        assert raised.value.status == 502
        assert fake.received == []

    async def test_an_unreachable_server_is_an_integration_error(self):
        with FakeKuaidi100Server() as gone:
            base_url = gone.base_url
        logistics = Kuaidi100Logistics(CUSTOMER, KEY, base_url, timeout=2)

        with pytest.raises(IntegrationError, match="无法连接快递100"):
            await logistics.track("SF", "SF1234567890")


def test_the_signature_is_uppercase_md5_of_param_key_customer():
    param = json.dumps({"com": "yuantong", "num": "YT1"}, separators=(",", ":"))
    assert kuaidi100_sign(param, "k", "C") == hashlib.md5(f"{param}kC".encode()).hexdigest().upper()


class TestSandbox:
    NOW = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)

    def sandbox(self) -> SandboxLogistics:
        return SandboxLogistics(clock=lambda: self.NOW)

    async def test_the_same_number_always_gives_the_same_events(self):
        first = await self.sandbox().track("ZTO", "ZT123456783")
        again = await self.sandbox().track("ZTO", "ZT123456783")

        assert first == again

    async def test_the_last_digit_says_how_far_the_parcel_got(self):
        events = await self.sandbox().track("ZTO", "ZT123456782")  # 2 % 5 + 1 = 3 steps

        assert len(events) == 3
        assert "已揽收" in events[-1].text and "到达" in events[0].text
        assert events[0].time < self.NOW
        assert events == sorted(events, key=lambda e: e.time, reverse=True)

    async def test_a_number_ending_in_4_or_9_is_signed_for(self):
        events = await self.sandbox().track("SF", "SF123456789")

        assert [e.delivered for e in events] == [True, False, False, False, False]
        assert "已签收" in events[0].text

    async def test_a_number_ending_in_0000_is_unknown_to_the_carrier(self):
        with pytest.raises(IntegrationError) as raised:
            await self.sandbox().track("SF", "SF12340000")

        assert raised.value.code == "tracking_not_found"


class TestFactory:
    def test_sandbox_is_the_default(self):
        assert isinstance(build_logistics(Settings()), SandboxLogistics)

    def test_kuaidi100_is_chosen_by_configuration(self):
        settings = Settings(logistics_provider="kuaidi100", kuaidi100_customer="C", kuaidi100_key="K",
                            kuaidi100_base_url="http://127.0.0.1:1/")
        chosen = build_logistics(settings)

        assert isinstance(chosen, Kuaidi100Logistics)
        assert chosen.url == "http://127.0.0.1:1/poll/query.do"

    def test_kuaidi100_without_credentials_refuses_to_start(self):
        with pytest.raises(ValueError, match="KUAIDI100_KEY"):
            build_logistics(Settings(logistics_provider="kuaidi100"))

    def test_an_unknown_provider_refuses_to_start(self):
        with pytest.raises(ValueError, match="unknown LOGISTICS_PROVIDER"):
            build_logistics(Settings(logistics_provider="cainiao"))


def test_an_event_serialises_its_time_as_iso():
    event = TrackEvent(datetime(2024, 5, 1, 2, 0, tzinfo=UTC), "已揽收", "深圳市")

    assert event.as_dict() == {"time": "2024-05-01T02:00:00+00:00", "text": "已揽收", "location": "深圳市"}
