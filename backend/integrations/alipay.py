"""支付宝 (Alipay) behind the ``PaymentProvider`` interface, through python-alipay-sdk (RSA2, public-key mode).

Channels: ``h5`` → 手机网站支付 (``alipay.trade.wap.pay``, a URL the browser opens), ``app`` → APP 支付
(``alipay.trade.app.pay``, the signed order string the app SDK takes), ``pc`` → 电脑网站支付
(``alipay.trade.page.pay``, a URL). Our ``payment_no`` is Alipay's ``out_trade_no``, our ``refund_no``
its ``out_request_no``; amounts travel as yuan strings ("12.34"), converted to and from fen exactly.

Notifications are form posts signed by Alipay (RSA2 over the sorted ``k=v`` pairs without ``sign`` and
``sign_type``). The signature is checked before anything in the form is read; then ``app_id`` and
``seller_id`` must be ours and the amount well-formed; the payments service checks ``out_trade_no`` and
``total_amount`` against its record and applies each trade's success once. Alipay's ``notify_time`` is
not a replay guard (it retries the same trade for about 25 hours), so nothing is refused for its age: a
replay is harmless because it is deduplicated by ``trade_no``.

The SDK is synchronous (``urllib``): every call runs in a thread. The keys stay inside the SDK client and
are never logged.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import logging
import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, Literal
from urllib.parse import parse_qsl
from zoneinfo import ZoneInfo

from alipay import AliPay
from alipay.exceptions import AliPayException, AliPayValidationError
from alipay.utils import AliPayConfig

from backend.core.config import Settings
from backend.core.errors import IntegrationError
from backend.integrations.payments import (
    Ack,
    Charge,
    Notification,
    NotificationRejected,
    PaymentResult,
    RefundRequest,
    RefundResult,
    notify_url,
)

log = logging.getLogger("backend.payments")

PRODUCTION_GATEWAY = "https://openapi.alipay.com/gateway.do"
SANDBOX_GATEWAY = "https://openapi-sandbox.dl.alipaydev.com/gateway.do"
PRODUCTS = {"h5": "wap", "app": "app", "pc": "page"}  # our channel → Alipay's product
TRADE_STATUS: dict[str, Literal["success", "pending", "cancel"]] = {
    "TRADE_SUCCESS": "success",
    "TRADE_FINISHED": "success",  # no refund possible any more; still paid
    "WAIT_BUYER_PAY": "pending",
    "TRADE_CLOSED": "cancel",  # unpaid and expired, or refunded in full
}
SUCCESS = "10000"
# answers after which the same request (same out_request_no) is to be sent again
RETRY_CODES = {"20000"}  # 服务不可用
RETRY_SUB_CODES = {"ACQ.SYSTEM_ERROR", "isp.unknow-error", "aop.ACQ.SYSTEM_ERROR"}
CHINA = ZoneInfo("Asia/Shanghai")
_YUAN = re.compile(r"(0|[1-9][0-9]{0,15})(?:\.([0-9]{1,2}))?")


def yuan(fen: int) -> str:
    """1234 fen → "12.34"; Alipay takes yuan with two decimals."""
    if isinstance(fen, bool) or not isinstance(fen, int) or fen <= 0:
        raise ValueError(f"amount must be a positive number of fen, not {fen!r}")
    return f"{fen // 100}.{fen % 100:02d}"


def fen_of(text: str | None) -> int:
    """"12.34" → 1234 fen, exactly; anything but a plain number with at most two decimals is a ValueError."""
    match = _YUAN.fullmatch(text or "")
    if match is None:
        raise ValueError(f"not an amount in yuan: {text!r}")
    whole, cents = match.groups()
    return int(whole) * 100 + int((cents or "").ljust(2, "0"))


def _beijing(text: str | None) -> datetime | None:
    """Alipay's "yyyy-MM-dd HH:mm:ss" in Beijing time, as an aware UTC datetime."""
    if not text:
        return None
    try:
        return datetime.strptime(text, "%Y-%m-%d %H:%M:%S").replace(tzinfo=CHINA).astimezone(UTC)
    except ValueError:
        return None


def _key(value: str, setting: str) -> str | bytes:
    """A key as PEM, or the bare base64 the Alipay console shows (its DER inside)."""
    value = value.strip()
    if value.startswith("-----BEGIN"):
        return value
    try:
        return base64.b64decode("".join(value.split()), validate=True)
    except binascii.Error:
        raise ValueError(f"{setting} is neither PEM nor base64") from None


class AlipayPayments:
    """支付宝: one app (``app_id``) selling as one seller (``seller_id``, the 2088… PID)."""

    code = "alipay"

    def __init__(self, *, app_id: str, seller_id: str, app_private_key: str, alipay_public_key: str,
                 notify_url: str, gateway_url: str = PRODUCTION_GATEWAY, return_url: str = "",
                 timeout: float = 15) -> None:
        self.app_id = app_id
        self.seller_id = seller_id
        self.notify_url = notify_url
        self.gateway_url = gateway_url
        self.return_url = return_url
        try:
            self._client = AliPay(
                appid=app_id, app_notify_url=notify_url,
                app_private_key_string=_key(app_private_key, "ALIPAY_PRIVATE_KEY"),
                alipay_public_key_string=_key(alipay_public_key, "ALIPAY_PUBLIC_KEY"),
                sign_type="RSA2", config=AliPayConfig(timeout=timeout),
            )
        except (ValueError, IndexError, TypeError):  # pycryptodome's words for "not a key": never echo it
            raise ValueError("ALIPAY_PRIVATE_KEY or ALIPAY_PUBLIC_KEY is not an RSA key") from None
        self._client._gateway = gateway_url  # the SDK keeps its gateway private

    def __repr__(self) -> str:
        return f"AlipayPayments(app_id={self.app_id!r}, gateway_url={self.gateway_url!r})"

    # --- paying -------------------------------------------------------------------------------

    async def create(self, charge: Charge, channel: str) -> dict[str, Any]:
        product = PRODUCTS.get(channel)
        if product is None:
            raise IntegrationError(f"支付宝不支持该渠道：{channel}", status=422)
        order = {"subject": charge.subject[:256], "out_trade_no": charge.payment_no,
                 "total_amount": yuan(charge.amount)}
        params = {"provider": self.code, "payment_no": charge.payment_no, "amount": charge.amount,
                  "product": product}
        if product == "app":
            params["order_string"] = await asyncio.to_thread(self._client.api_alipay_trade_app_pay, **order)
            return params
        build = self._client.api_alipay_trade_wap_pay if product == "wap" else self._client.api_alipay_trade_page_pay
        signed = await asyncio.to_thread(build, return_url=self.return_url or None, **order)
        params["pay_url"] = f"{self.gateway_url}?{signed}"
        return params

    # --- notifications ------------------------------------------------------------------------

    def parse_notification(self, headers: dict[str, str], body: bytes) -> Notification:
        form = self._verified(body)
        if form.get("app_id") != self.app_id:
            raise NotificationRejected("app_id 与本应用不符")
        if form.get("seller_id") != self.seller_id:
            raise NotificationRejected("seller_id 与本商户不符")
        trade_no, payment_no = form.get("trade_no", ""), form.get("out_trade_no", "")
        if not (trade_no and payment_no):
            raise NotificationRejected("缺少 trade_no 或 out_trade_no")
        if form.get("gmt_refund") or form.get("out_biz_no"):
            # a refund's notice: the refund's result came back synchronously from alipay.trade.refund
            refund = RefundResult(form.get("out_biz_no", ""), trade_no, "success")
            return Notification(kind="refund", dedupe_key=f"{self.code}:{trade_no}:refund:{refund.refund_no}",
                                payload=form, refund=refund)
        status = TRADE_STATUS.get(form.get("trade_status", ""))
        if status is None:
            raise NotificationRejected(f"未知的交易状态：{form.get('trade_status', '')[:32]}")
        try:
            amount = fen_of(form.get("total_amount"))
        except ValueError:
            raise NotificationRejected("total_amount 不是合法金额") from None
        result = PaymentResult(payment_no, trade_no, amount, status,
                               paid_at=_beijing(form.get("gmt_payment")) if status == "success" else None)
        dedupe = f"{self.code}:{trade_no}:{status}"
        if status == "pending":  # WAIT_BUYER_PAY: acknowledged, nothing to apply
            return Notification(kind="payment", dedupe_key=dedupe, payload=form)
        return Notification(kind="payment", dedupe_key=dedupe, payload=form, payment=result)

    def _verified(self, body: bytes) -> dict[str, str]:
        """The form, once its signature is Alipay's; nothing in it is looked at before."""
        try:
            pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, strict_parsing=True,
                              encoding="utf-8", errors="strict")
        except (UnicodeDecodeError, ValueError):
            raise NotificationRejected("通知格式错误") from None
        form = dict(pairs)
        if len(form) != len(pairs):
            raise NotificationRejected("通知参数重复")
        signature = form.get("sign", "")
        if not signature:
            raise NotificationRejected("缺少签名")
        unsigned = {k: v for k, v in form.items() if k != "sign"}  # the SDK drops sign_type from what it gets
        try:
            valid = self._client.verify(unsigned, signature)
        except (AliPayException, ValueError, TypeError):  # another sign_type, or a signature that is not base64
            valid = False
        if not valid:
            raise NotificationRejected("签名错误")
        return form

    def accept(self) -> Ack:
        return Ack(200, "success", "text/plain")

    def reject(self, status: int, code: str, message: str) -> Ack:
        return Ack(status, "fail", "text/plain")  # Alipay reads only the body; it retries anything but success

    # --- queries and refunds ------------------------------------------------------------------

    async def query(self, payment_no: str) -> PaymentResult:
        answer = await self._call(self._client.api_alipay_trade_query, out_trade_no=payment_no)
        if answer.get("code") != SUCCESS:
            if answer.get("sub_code") == "ACQ.TRADE_NOT_EXIST":  # the shopper never reached the cashier
                return PaymentResult(payment_no, "", 0, "pending")
            raise IntegrationError(f"支付宝查询交易失败：{_reason(answer)}")
        status = TRADE_STATUS.get(answer.get("trade_status", ""))
        if answer.get("out_trade_no") != payment_no or status is None:
            raise IntegrationError("支付宝查询结果与支付单不符")
        try:
            amount = fen_of(answer.get("total_amount"))
        except ValueError:
            raise IntegrationError("支付宝查询结果的金额格式不正确") from None
        paid_at = _beijing(answer.get("send_pay_date")) if status == "success" else None
        return PaymentResult(payment_no, answer.get("trade_no", ""), amount, status, paid_at)

    async def refund(self, request: RefundRequest) -> RefundResult:
        """Synchronous at Alipay; asked again with the same ``out_request_no`` it never pays twice, so an
        unknown outcome is ``pending`` and the refund job asks again."""
        biz = {"refund_amount": yuan(request.amount), "out_trade_no": request.payment_no,
               "out_request_no": request.refund_no}
        if request.reason:
            biz["refund_reason"] = request.reason[:256]
        try:
            answer = await self._call(self._client.api_alipay_trade_refund, **biz)
        except IntegrationError as exc:
            log.warning("alipay refund %s: no answer (%s); it will be asked again", request.refund_no, exc.message)
            return RefundResult(request.refund_no, "", "pending", exc.message)
        if answer.get("code") == SUCCESS:
            if answer.get("fund_change") == "Y":
                return RefundResult(request.refund_no, answer.get("trade_no", ""), "success")
            # "N": refunded by an earlier call with this out_request_no, or not yet: the query tells
            return await self._refund_status(request.refund_no, request.payment_no)
        if _retry_later(answer):
            return RefundResult(request.refund_no, "", "pending", _reason(answer))
        return RefundResult(request.refund_no, "", "fail", _reason(answer))

    async def query_refund(self, refund_no: str, payment_no: str = "") -> RefundResult:
        """``alipay.trade.fastpay.refund.query`` needs the trade as well as the refund: pass ``payment_no``."""
        if not payment_no:
            raise IntegrationError("查询支付宝退款需要支付单号")
        answer = await self._call(self._client.api_alipay_trade_fastpay_refund_query,
                                  out_request_no=refund_no, out_trade_no=payment_no)
        if answer.get("code") != SUCCESS:
            if _retry_later(answer):
                return RefundResult(refund_no, "", "pending", _reason(answer))
            raise IntegrationError(f"支付宝查询退款失败：{_reason(answer)}")
        if answer.get("refund_status") == "REFUND_SUCCESS":
            return RefundResult(refund_no, answer.get("trade_no", ""), "success")
        return RefundResult(refund_no, "", "pending", "支付宝尚未确认退款")  # not received yet, or still running

    async def _refund_status(self, refund_no: str, payment_no: str) -> RefundResult:
        try:
            return await self.query_refund(refund_no, payment_no)
        except IntegrationError as exc:
            return RefundResult(refund_no, "", "pending", exc.message)

    async def _call(self, api: Callable[..., dict[str, Any]], **kwargs: Any) -> dict[str, Any]:
        """One gateway call in a thread, its answer's signature verified by the SDK."""
        try:
            return await asyncio.to_thread(api, **kwargs)
        except AliPayValidationError:
            raise IntegrationError("支付宝应答验签失败") from None
        except AliPayException:  # an unsigned error answer (error_response)
            raise IntegrationError("支付宝拒绝了请求，请检查应用配置") from None
        except (OSError, ValueError) as exc:  # URLError, timeouts, an answer that is not JSON
            raise IntegrationError(f"无法连接支付宝，请稍后再试（{type(exc).__name__}）") from None


def _reason(answer: dict[str, Any]) -> str:
    return f"{answer.get('sub_msg') or answer.get('msg', '')}（{answer.get('sub_code') or answer.get('code', '')}）"


def _retry_later(answer: dict[str, Any]) -> bool:
    return answer.get("code") in RETRY_CODES or answer.get("sub_code") in RETRY_SUB_CODES


def build_alipay(settings: Settings) -> AlipayPayments:
    """Alipay from settings; a half-configured one fails the start instead of failing shoppers."""
    missing = [name.upper() for name in ("alipay_seller_id", "alipay_private_key", "alipay_public_key")
               if not getattr(settings, name)]
    if missing:
        raise ValueError(f"ALIPAY_APPID is set: Alipay also needs {', '.join(missing)}")
    gateway = settings.alipay_gateway_url
    if settings.alipay_sandbox and gateway == PRODUCTION_GATEWAY:
        gateway = SANDBOX_GATEWAY
    return AlipayPayments(
        app_id=settings.alipay_appid, seller_id=settings.alipay_seller_id,
        app_private_key=settings.alipay_private_key, alipay_public_key=settings.alipay_public_key,
        notify_url=notify_url(settings, "alipay"), gateway_url=gateway, return_url=settings.alipay_return_url,
    )
