"""Parcel tracking (物流查询): a carrier's events for one tracking number.

``build_logistics(settings)`` picks ``Kuaidi100Logistics`` (快递100 real-time query API) when
``LOGISTICS_PROVIDER=kuaidi100``, otherwise the deterministic ``SandboxLogistics``.
Carriers are named by our codes ("SF", "ZTO" …); each provider maps them to its own.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any, Protocol
from zoneinfo import ZoneInfo

import httpx

from backend.core.config import Settings
from backend.core.errors import CoreError, IntegrationError

DEFAULT_TIMEOUT_SECONDS = 10.0
CHINA = ZoneInfo("Asia/Shanghai")


class LogisticsError(StrEnum):
    tracking_not_found = "tracking_not_found"
    tracking_phone_required = "tracking_phone_required"


@dataclass(frozen=True)
class TrackEvent:
    """One scan of the parcel; ``delivered`` marks the event that reports it signed for."""

    time: datetime  # aware, UTC
    text: str
    location: str = ""
    delivered: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {"time": self.time.isoformat(), "text": self.text, "location": self.location}


class LogisticsProvider(Protocol):
    async def track(self, carrier_code: str, tracking_no: str, phone_tail: str = "") -> list[TrackEvent]:
        """The parcel's events, newest first; raises ``IntegrationError`` when the carrier cannot say."""
        ...


def not_found_error() -> IntegrationError:
    message = "暂未查到该运单的物流信息，请核对快递公司和单号，或稍后再查"
    return IntegrationError(message, code=LogisticsError.tracking_not_found, status=404)


def newest_first(events: list[TrackEvent]) -> list[TrackEvent]:
    return sorted(events, key=lambda event: event.time, reverse=True)


# --- sandbox ---------------------------------------------------------------------------------

_CITIES = ("北京市", "上海市", "广州市", "深圳市", "杭州市", "成都市", "武汉市", "西安市", "南京市", "重庆市")
_STEP = timedelta(hours=6)


class SandboxLogistics:
    """Deterministic stand-in: the tracking number decides the route and how far the parcel got.

    Origin and destination come from the number's hash; the last digit ``d`` says how many of the
    five steps (揽收 → 运输中 → 到达 → 派送中 → 已签收) happened: ``d % 5 + 1``, so numbers
    ending in 4 or 9 are delivered. The newest event is one step before ``clock()``.
    Scripted failure: a number ending in "0000" is unknown to the carrier.
    """

    NOT_FOUND_SUFFIX = "0000"

    def __init__(self, clock: Callable[[], datetime] | None = None) -> None:
        self.clock = clock or (lambda: datetime.now(UTC))
        self.queries: list[tuple[str, str, str]] = []

    async def track(self, carrier_code: str, tracking_no: str, phone_tail: str = "") -> list[TrackEvent]:
        self.queries.append((carrier_code, tracking_no, phone_tail))
        if tracking_no.endswith(self.NOT_FOUND_SUFFIX):
            raise not_found_error()
        digest = int(hashlib.sha256(tracking_no.encode()).hexdigest(), 16)
        origin, destination = _CITIES[digest % len(_CITIES)], _CITIES[(digest // 7 + 1) % len(_CITIES)]
        if destination == origin:
            destination = _CITIES[(_CITIES.index(origin) + 1) % len(_CITIES)]
        steps = [
            (f"【{origin}】快件已揽收", origin),
            (f"快件已从【{origin}转运中心】发出，正在运输途中", origin),
            (f"快件已到达【{destination}转运中心】", destination),
            (f"【{destination}】快递员正在派送，请保持电话畅通", destination),
            ("快件已签收，签收人：本人。感谢使用，期待再次为您服务", destination),
        ]
        last_digit = next((int(c) for c in reversed(tracking_no) if c.isdigit()), 0)
        reached = last_digit % len(steps) + 1
        start = self.clock().replace(microsecond=0) - _STEP * reached
        events = [TrackEvent(start + _STEP * index, text, location, delivered=index == len(steps) - 1)
                  for index, (text, location) in enumerate(steps[:reached])]
        return newest_first(events)


# --- 快递100 ---------------------------------------------------------------------------------

# our carrier code → kuaidi100's company code; a carrier added later is asked for by its code
# lower-cased, which is then expected to be kuaidi100's own (e.g. "ZHAIJISONG").
KUAIDI100_COMPANIES = {
    "SF": "shunfeng",
    "ZTO": "zhongtong",
    "YTO": "yuantong",
    "STO": "shentong",
    "YD": "yunda",
    "JTSD": "jtexpress",
    "EMS": "ems",
    "JD": "jd",
    "DBL": "debangkuaidi",
    "YZPY": "youzhengguonei",
}
KUAIDI100_DELIVERED_STATE = "3"  # 签收
# returnCode → (message, status, code)
_KUAIDI100_ERRORS: dict[str, tuple[str, int, str]] = {
    "408": ("快递公司要求核对收件人手机号后四位，请补充正确的手机尾号", 422, LogisticsError.tracking_phone_required),
    "503": ("快递100 签名验证失败，请检查 customer 和 key 配置", 502, CoreError.integration_failed),
    "601": ("快递100 授权 key 已过期或查询余额不足", 502, CoreError.integration_failed),
}


def kuaidi100_company(carrier_code: str) -> str:
    return KUAIDI100_COMPANIES.get(carrier_code, carrier_code.lower())


def kuaidi100_sign(param: str, key: str, customer: str) -> str:
    return hashlib.md5((param + key + customer).encode()).hexdigest().upper()


class Kuaidi100Logistics:
    """快递100 实时查询: POST form ``customer``, ``param`` (JSON), ``sign`` to ``/poll/query.do``."""

    def __init__(self, customer: str, key: str, base_url: str = "https://poll.kuaidi100.com/",
                 *, timeout: float = DEFAULT_TIMEOUT_SECONDS) -> None:
        self.customer = customer
        self.key = key
        self.url = base_url.rstrip("/") + "/poll/query.do"
        self.timeout = timeout

    async def track(self, carrier_code: str, tracking_no: str, phone_tail: str = "") -> list[TrackEvent]:
        param = json.dumps({"com": kuaidi100_company(carrier_code), "num": tracking_no, "phone": phone_tail,
                            "resultv2": "0", "show": "0", "order": "desc"},
                           ensure_ascii=False, separators=(",", ":"))
        form = {"customer": self.customer, "param": param, "sign": kuaidi100_sign(param, self.key, self.customer)}
        try:
            async with httpx.AsyncClient(timeout=self.timeout) as client:
                response = await client.post(self.url, data=form)
            body = response.json()
        except httpx.HTTPError as exc:
            raise IntegrationError("无法连接快递100，请稍后再试") from exc
        except ValueError as exc:
            raise IntegrationError("快递100 返回的数据无法解析") from exc
        return _kuaidi100_events(body)


def _kuaidi100_events(body: Any) -> list[TrackEvent]:
    if not isinstance(body, dict):
        raise IntegrationError("快递100 返回的数据无法解析")
    if str(body.get("status")) != "200" or not isinstance(body.get("data"), list):
        raise _kuaidi100_error(body)
    delivered = str(body.get("state")) == KUAIDI100_DELIVERED_STATE
    events = newest_first([_kuaidi100_event(item) for item in body["data"]])
    if delivered and events:
        events[0] = TrackEvent(events[0].time, events[0].text, events[0].location, delivered=True)
    return events


def _kuaidi100_event(item: dict[str, Any]) -> TrackEvent:
    try:
        local = datetime.strptime(item.get("ftime") or item["time"], "%Y-%m-%d %H:%M:%S")
    except (KeyError, TypeError, ValueError) as exc:
        raise IntegrationError("快递100 返回的轨迹时间格式不正确") from exc
    return TrackEvent(local.replace(tzinfo=CHINA).astimezone(UTC), str(item.get("context", "")),
                      str(item.get("location") or item.get("areaName") or ""))


def _kuaidi100_error(body: dict[str, Any]) -> IntegrationError:
    return_code = str(body.get("returnCode", ""))
    if return_code == "500":  # 查询无结果，请隔段时间再查
        return not_found_error()
    if return_code in _KUAIDI100_ERRORS:
        message, status, code = _KUAIDI100_ERRORS[return_code]
        return IntegrationError(message, code=code, status=status)
    return IntegrationError(f"快递100 查询失败（{return_code}：{body.get('message', '')}）")


# --- factory ---------------------------------------------------------------------------------


def build_logistics(settings: Settings) -> LogisticsProvider:
    if settings.logistics_provider == "sandbox":
        return SandboxLogistics()
    if settings.logistics_provider == "kuaidi100":
        if not (settings.kuaidi100_customer and settings.kuaidi100_key):
            raise ValueError("LOGISTICS_PROVIDER=kuaidi100 needs KUAIDI100_CUSTOMER and KUAIDI100_KEY")
        return Kuaidi100Logistics(settings.kuaidi100_customer, settings.kuaidi100_key, settings.kuaidi100_base_url)
    raise ValueError(f"unknown LOGISTICS_PROVIDER: {settings.logistics_provider!r} (sandbox | kuaidi100)")
