"""Payment gateways (支付渠道) behind one ``PaymentProvider`` interface.

A provider turns our payment into client parameters, verifies and parses the gateway's
notifications (signature first, then the body), answers the gateway, and queries and refunds.
It knows nothing of our tables: the payments context hands it plain ``Charge``/``RefundRequest``
values and checks what comes back against its own records.

The sandbox (PAY-8), offline bank transfer (线下转账, PLT-8), WeChat Pay APIv3
(``integrations/wechatpay.py``) and Alipay (``integrations/alipay.py``); each real gateway is added to
``build_payment_providers`` when its credentials are configured.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import secrets
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Literal, Protocol

import httpx

from backend.core import jobs
from backend.core.config import Settings
from backend.core.errors import IntegrationError
from backend.core.models import Job
from backend.core.runtime import runtime

log = logging.getLogger("backend.payments")
Outcome = Literal["success", "fail", "cancel"]
NOTIFY_PATH = "/api/v1/payments/notify/{provider}"


@dataclass(frozen=True)
class Charge:
    """What a gateway needs to collect one payment."""

    payment_no: str
    amount: int
    subject: str
    user_id: int
    openid: str = ""  # the payer's WeChat openid under the gateway's appid (JSAPI)
    client_ip: str = ""  # the shopper's address (WeChat H5 asks for it)
    in_wechat: bool = False  # an H5 page opened inside WeChat: pay by JSAPI, not by the H5 redirect


@dataclass(frozen=True)
class RefundRequest:
    refund_no: str
    payment_no: str
    trade_no: str
    amount: int
    total: int  # the payment's whole amount: gateways ask for both
    reason: str


@dataclass(frozen=True)
class PaymentResult:
    """The gateway's word on one payment: from a notification or from a query."""

    payment_no: str
    trade_no: str
    amount: int
    status: Literal["success", "fail", "cancel", "pending"]
    paid_at: datetime | None = None

    @property
    def succeeded(self) -> bool:
        return self.status == "success"


@dataclass(frozen=True)
class RefundResult:
    refund_no: str
    gateway_refund_no: str
    status: Literal["success", "fail", "pending"]
    message: str = ""
    amount: int | None = None  # what the gateway says it refunds, when it says (checked against ours)


@dataclass(frozen=True)
class Notification:
    """A verified notification. ``dedupe_key`` names it so that it is applied once."""

    kind: Literal["payment", "refund"]
    dedupe_key: str
    payload: dict[str, Any]
    payment: PaymentResult | None = None
    refund: RefundResult | None = None


@dataclass(frozen=True)
class Ack:
    """The HTTP answer a gateway expects."""

    status: int
    body: str
    content_type: str = "application/json"


class NotificationRejected(Exception):
    """The notification failed verification; nothing in it may be read."""


class PaymentProvider(Protocol):
    code: str

    async def create(self, charge: Charge, channel: str) -> dict[str, Any]: ...

    def parse_notification(self, headers: dict[str, str], body: bytes) -> Notification: ...

    async def query(self, payment_no: str) -> PaymentResult: ...

    async def refund(self, request: RefundRequest) -> RefundResult: ...

    async def query_refund(self, refund_no: str, payment_no: str = "") -> RefundResult:
        """The refund's outcome at the gateway; some gateways (Alipay) also need its payment's number."""

    def accept(self) -> Ack: ...

    def reject(self, status: int, code: str, message: str) -> Ack: ...


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class JsonAnswers:
    """Acknowledgements in our own error shape, for the methods no outside gateway's format dictates
    (the sandbox, offline transfer, and the methods the payments context runs itself)."""

    def accept(self) -> Ack:
        return Ack(200, _dumps({"code": "SUCCESS"}))

    def reject(self, status: int, code: str, message: str) -> Ack:
        return Ack(status, _dumps({"error": {"code": code, "message": message, "fields": {}}}))


# --- sandbox -----------------------------------------------------------------------------------

SANDBOX_NOTIFY_JOB = "payments.sandbox_notify"
TIMESTAMP, NONCE, SIGNATURE = "X-Sandbox-Timestamp", "X-Sandbox-Nonce", "X-Sandbox-Signature"


@dataclass
class SandboxPayments(JsonAnswers):
    """模拟支付: a gateway that signs and sends real notifications to our notify endpoint.

    The shopper's "wallet" is ``simulate``: it records the outcome as a durable job that, after
    ``notify_delay``, POSTs a signed notification to ``notify_url``, retried like a real gateway
    until our endpoint answers 2xx. The jobs table is the sandbox's ledger, so ``query`` answers
    the same on every worker. ``transport`` is httpx's (tests set ``httpx.ASGITransport(app)``);
    ``fail_refunds`` scripts a gateway that declines refunds.
    """

    secret_key: str
    notify_url: str
    notify_delay: float = 1.0
    max_age_seconds: int = 300
    transport: httpx.AsyncBaseTransport | None = None
    fail_refunds: bool = False
    code: str = "sandbox"
    clock: Any = field(default=lambda: datetime.now(UTC))

    @property
    def key(self) -> bytes:
        return hmac.new(self.secret_key.encode(), b"payments.sandbox.v1", hashlib.sha256).digest()

    def sign(self, timestamp: str, nonce: str, body: bytes) -> str:
        message = timestamp.encode() + b"\n" + nonce.encode() + b"\n" + body + b"\n"
        return hmac.new(self.key, message, hashlib.sha256).hexdigest()

    async def create(self, charge: Charge, channel: str) -> dict[str, Any]:
        return {
            "provider": self.code,
            "payment_no": charge.payment_no,
            "amount": charge.amount,
            "confirm_url": f"/api/v1/payments/sandbox/{charge.payment_no}/confirm",
        }

    # the wallet and the gateway's outgoing side

    async def simulate(self, charge: Charge, outcome: Outcome) -> None:
        """The shopper answers the wallet; the gateway will notify. A success happens once."""
        trade_no = "SBX" + charge.payment_no[1:]
        payload = {"payment_no": charge.payment_no, "trade_no": trade_no, "amount": charge.amount,
                   "result": outcome, "time": self.clock().isoformat()}
        key = f"{SANDBOX_NOTIFY_JOB}:{charge.payment_no}:success" if outcome == "success" else None
        await jobs.enqueue(SANDBOX_NOTIFY_JOB, payload, key=key, max_attempts=15,
                           delay=timedelta(seconds=self.notify_delay))

    def signed(self, payload: dict[str, Any]) -> tuple[dict[str, str], bytes]:
        body = _dumps(payload).encode()
        timestamp, nonce = str(int(time.time())), secrets.token_hex(16)
        headers = {TIMESTAMP: timestamp, NONCE: nonce, SIGNATURE: self.sign(timestamp, nonce, body),
                   "Content-Type": "application/json"}
        return headers, body

    async def deliver(self, payload: dict[str, Any]) -> None:
        headers, body = self.signed(payload)
        async with httpx.AsyncClient(transport=self.transport, timeout=10) as client:
            response = await client.post(self.notify_url, content=body, headers=headers)
        if not 200 <= response.status_code < 300:  # the job retries with backoff, as gateways do
            raise IntegrationError(f"商户通知返回 {response.status_code}：{response.text[:200]}")

    # our incoming side

    def parse_notification(self, headers: dict[str, str], body: bytes) -> Notification:
        lowered = {k.lower(): v for k, v in headers.items()}
        timestamp = lowered.get(TIMESTAMP.lower(), "")
        nonce = lowered.get(NONCE.lower(), "")
        signature = lowered.get(SIGNATURE.lower(), "")
        if not (timestamp and nonce and signature):
            raise NotificationRejected("缺少签名")
        if not hmac.compare_digest(self.sign(timestamp, nonce, body), signature):
            raise NotificationRejected("签名错误")
        if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > self.max_age_seconds:
            raise NotificationRejected("通知已过期")
        try:
            data = json.loads(body)
            result = PaymentResult(
                payment_no=str(data["payment_no"]), trade_no=str(data["trade_no"]),
                amount=int(data["amount"]), status=data["result"],
                paid_at=datetime.fromisoformat(data["time"]) if data["result"] == "success" else None,
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise NotificationRejected(f"通知格式错误：{exc!r}") from None
        dedupe = f"{self.code}:{result.trade_no}:{result.status}"
        if result.status != "success":  # every failed attempt is its own notification
            dedupe += f":{nonce}"
        return Notification(kind="payment", dedupe_key=dedupe, payload=data, payment=result)

    # queries and refunds

    async def query(self, payment_no: str) -> PaymentResult:
        row = await Job.get_or_none(key=f"{SANDBOX_NOTIFY_JOB}:{payment_no}:success")
        if row is None:
            return PaymentResult(payment_no, "", 0, "pending")
        data = row.payload
        return PaymentResult(payment_no, data["trade_no"], data["amount"], "success",
                             datetime.fromisoformat(data["time"]))

    async def refund(self, request: RefundRequest) -> RefundResult:
        if self.fail_refunds:
            return RefundResult(request.refund_no, "", "fail", "模拟退款失败")
        return RefundResult(request.refund_no, "SBX" + request.refund_no[1:], "success")

    async def query_refund(self, refund_no: str, payment_no: str = "") -> RefundResult:
        status = "fail" if self.fail_refunds else "success"
        return RefundResult(refund_no, "SBX" + refund_no[1:], status)


@jobs.job(SANDBOX_NOTIFY_JOB)
async def _deliver_sandbox_notification(payload: dict[str, Any]) -> None:
    await runtime().payments["sandbox"].deliver(payload)


# --- offline (线下转账) -------------------------------------------------------------------------

@dataclass
class OfflinePayments(JsonAnswers):
    """线下转账: the shopper transfers to the platform's bank account quoting the payment number.

    No gateway talks to us: staff confirm a received transfer in the back office (which then
    applies a success exactly as a gateway's), so notifications are refused and a query always
    answers pending. A refund is paid back by hand: it stays pending until staff record it with
    the bank's reference (``manual_refunds``).
    """

    account: str
    code: str = "offline"
    manual_refunds: bool = True

    def instructions(self, payment_no: str) -> str:
        return f"请转账至 {self.account}，并备注支付单号 {payment_no}；到账后平台确认收款，订单随即生效。"

    async def create(self, charge: Charge, channel: str) -> dict[str, Any]:
        return {"provider": self.code, "payment_no": charge.payment_no, "amount": charge.amount,
                "instructions": self.instructions(charge.payment_no)}

    def parse_notification(self, headers: dict[str, str], body: bytes) -> Notification:
        raise NotificationRejected("线下转账没有支付通知，请在后台确认收款")

    async def query(self, payment_no: str) -> PaymentResult:
        return PaymentResult(payment_no, "", 0, "pending")

    async def refund(self, request: RefundRequest) -> RefundResult:
        log.info("offline refund %s of %s fen for payment %s: to be paid back and recorded by staff",
                 request.refund_no, request.amount, request.payment_no)
        return RefundResult(request.refund_no, "", "pending", "待线下退款")

    async def query_refund(self, refund_no: str, payment_no: str = "") -> RefundResult:
        return RefundResult(refund_no, "", "pending", "待线下退款")


def notify_url(settings: Settings, provider: str) -> str:
    return settings.public_base_url.rstrip("/") + NOTIFY_PATH.format(provider=provider)


def build_payment_providers(settings: Settings) -> dict[str, PaymentProvider]:
    """The configured gateways by code; the sandbox and 线下转账 unless switched off
    (PAYMENT_SANDBOX=false, PAYMENT_OFFLINE=false); WeChat Pay when WECHAT_PAY_MCHID is set, Alipay when
    ALIPAY_APPID is."""
    providers: dict[str, PaymentProvider] = {}
    if settings.payment_sandbox:
        providers["sandbox"] = SandboxPayments(
            secret_key=settings.secret_key, notify_url=notify_url(settings, "sandbox"),
            notify_delay=settings.payment_sandbox_notify_delay_seconds,
            max_age_seconds=settings.payment_notification_max_age_seconds,
        )
    if settings.payment_offline:
        providers["offline"] = OfflinePayments(account=settings.payment_offline_instructions)
    if settings.alipay_appid:
        from backend.integrations.alipay import build_alipay  # it builds on this module's types

        providers["alipay"] = build_alipay(settings)
    from backend.integrations.wechatpay import build_wechat_pay  # it builds on this module's types

    if wechat := build_wechat_pay(settings, notify_url(settings, "wechat")):
        providers["wechat"] = wechat
    return providers
