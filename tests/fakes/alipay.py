"""A fake Alipay open-platform gateway (开放平台网关) on 127.0.0.1 for tests of the real adapter.

    keys = alipay_keys()
    with FakeAlipayServer(APP_ID, SELLER_ID, keys.app_public, keys.alipay_private) as fake:
        provider = AlipayPayments(..., gateway_url=fake.gateway_url)
        params = await provider.create(charge, "h5")
        fake.open(params["pay_url"])          # the shopper's browser reaches the cashier
        fake.pay(charge.payment_no)           # … and pays
        await fake.notify(charge.payment_no, transport)

It checks OUR request signatures with our app's public key (RSA2 over the sorted ``k=v`` pairs without
``sign``), answers ``<method>_response`` signed over the inner JSON with its own key, keeps trades and
refunds (refunds idempotent by ``out_request_no``, capped by the trade's total), and signs notifications
as Alipay does: sorted keys without ``sign`` and ``sign_type``, ``k=v`` joined by ``&`` with no URL
encoding, SHA256withRSA, base64. ``drop_reply(method)`` processes the next such call and then answers
502, as a reply lost on the way back would look.
"""

from __future__ import annotations

import base64
import json
import secrets
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation
from functools import cache
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import httpx
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from tests.fakes.loopback import LoopbackServer

BEIJING = timezone(timedelta(hours=8))
PAY_METHODS = {"alipay.trade.wap.pay", "alipay.trade.app.pay", "alipay.trade.page.pay"}


@dataclass(frozen=True)
class AlipayKeys:
    """Our app's key pair and Alipay's, as PEM text."""

    app_private: str
    app_public: str
    alipay_private: str
    alipay_public: str


def _pair() -> tuple[str, str]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    private = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption()).decode()
    public = key.public_key().public_bytes(serialization.Encoding.PEM,
                                           serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    return private, public


@cache
def alipay_keys() -> AlipayKeys:
    """Generated once per test session."""
    return AlipayKeys(*_pair(), *_pair())


def bare(pem: str) -> str:
    """A PEM key as the Alipay console shows it: base64 only, no header lines."""
    return "".join(line for line in pem.splitlines() if not line.startswith("-----"))


def signed_content(fields: dict[str, str], *, without: tuple[str, ...]) -> str:
    return "&".join(f"{k}={v}" for k, v in sorted(fields.items()) if k not in without)


def rsa2_sign(content: str, private_pem: str) -> str:
    key = serialization.load_pem_private_key(private_pem.encode(), password=None)
    return base64.b64encode(key.sign(content.encode(), padding.PKCS1v15(), hashes.SHA256())).decode()


def rsa2_valid(content: str, signature: str, public_pem: str) -> bool:
    key = serialization.load_pem_public_key(public_pem.encode())
    try:
        key.verify(base64.b64decode(signature), content.encode(), padding.PKCS1v15(), hashes.SHA256())
    except (InvalidSignature, ValueError):
        return False
    return True


def yuan_amount(text: str | None) -> Decimal | None:
    """Alipay's own reading of an amount: yuan, two decimals at most, positive."""
    try:
        value = Decimal(text or "")
    except InvalidOperation:
        return None
    if not value.is_finite() or value <= 0 or value != value.quantize(Decimal("0.01")):
        return None
    return value.quantize(Decimal("0.01"))


def beijing_now() -> str:
    return datetime.now(BEIJING).strftime("%Y-%m-%d %H:%M:%S")


@dataclass
class Trade:
    out_trade_no: str
    total_amount: str
    subject: str
    notify_url: str
    product: str
    trade_no: str = ""
    status: str = "WAIT_BUYER_PAY"
    gmt_create: str = field(default_factory=beijing_now)
    gmt_payment: str = ""
    gmt_close: str = ""
    refunds: dict[str, Decimal] = field(default_factory=dict)  # out_request_no → amount

    @property
    def refunded(self) -> Decimal:
        return sum(self.refunds.values(), Decimal("0.00"))


class FakeAlipayError(Exception):
    """What the cashier page would show instead of letting the shopper pay."""


class FakeAlipayServer(LoopbackServer):
    def __init__(self, app_id: str, seller_id: str, app_public_key: str, alipay_private_key: str) -> None:
        self.app_id = app_id
        self.seller_id = seller_id
        self.app_public_key = app_public_key
        self.alipay_private_key = alipay_private_key
        self.trades: dict[str, Trade] = {}
        self.calls: list[dict[str, Any]] = []  # every verified server call: {"method", "biz"}
        self.refund_calls = 0  # alipay.trade.refund calls that moved money
        self._drop: set[str] = set()
        self._lock = threading.RLock()
        self._listen(_Handler)

    @property
    def gateway_url(self) -> str:
        return self.origin + "/gateway.do"

    # --- what the shopper does --------------------------------------------------------------

    def open(self, signed: str) -> Trade:
        """The shopper's browser opens the pay URL (or the app SDK sends its order string)."""
        return self._open(dict(parse_qsl(urlsplit(signed).query if "?" in signed else signed,
                                         keep_blank_values=True)))

    def _open(self, params: dict[str, str]) -> Trade:
        problem = self._request_problem(params)
        if problem:
            raise FakeAlipayError(problem)
        if params.get("method") not in PAY_METHODS:
            raise FakeAlipayError(f"not a pay method: {params.get('method')}")
        biz = json.loads(params["biz_content"])
        if yuan_amount(biz.get("total_amount")) is None:
            raise FakeAlipayError("invalid total_amount")
        with self._lock:
            trade = self.trades.get(biz["out_trade_no"])
            if trade is None:
                trade = Trade(biz["out_trade_no"], biz["total_amount"], biz["subject"],
                              params.get("notify_url", ""), params["method"])
                self.trades[trade.out_trade_no] = trade
            return trade

    def pay(self, out_trade_no: str) -> Trade:
        with self._lock:
            trade = self.trades[out_trade_no]
            if trade.status != "WAIT_BUYER_PAY":
                raise FakeAlipayError(f"trade is {trade.status}")
            trade.trade_no = trade.trade_no or datetime.now(BEIJING).strftime("%Y%m%d") + secrets.token_hex(10)[:20]
            trade.status, trade.gmt_payment = "TRADE_SUCCESS", beijing_now()
            return trade

    def close(self, out_trade_no: str) -> Trade:
        """The unpaid trade expired (交易超时关闭)."""
        with self._lock:
            trade = self.trades[out_trade_no]
            trade.trade_no = trade.trade_no or datetime.now(BEIJING).strftime("%Y%m%d") + secrets.token_hex(10)[:20]
            trade.status, trade.gmt_close = "TRADE_CLOSED", beijing_now()
            return trade

    def drop_reply(self, method: str) -> None:
        """Process the next ``method`` call, then answer 502: the caller cannot know what happened."""
        self._drop.add(method)

    # --- notifications ----------------------------------------------------------------------

    def notification(self, out_trade_no: str, **overrides: str) -> dict[str, str]:
        """The form Alipay posts for the trade's current state, signed after ``overrides``."""
        trade = self.trades[out_trade_no]
        form = {
            "notify_time": beijing_now(), "notify_type": "trade_status_sync", "notify_id": secrets.token_hex(16),
            "charset": "utf-8", "version": "1.0", "sign_type": "RSA2", "app_id": self.app_id,
            "auth_app_id": self.app_id, "seller_id": self.seller_id, "seller_email": "shop@example.com",
            "trade_no": trade.trade_no, "out_trade_no": trade.out_trade_no, "trade_status": trade.status,
            "total_amount": trade.total_amount, "subject": trade.subject, "gmt_create": trade.gmt_create,
            "buyer_id": "2088102177846875", "buyer_logon_id": "mhk***@sandbox.com",
        }
        if trade.gmt_payment:
            form.update({"gmt_payment": trade.gmt_payment, "receipt_amount": trade.total_amount,
                         "buyer_pay_amount": trade.total_amount, "invoice_amount": trade.total_amount,
                         "point_amount": "0.00", "fund_bill_list": json.dumps(
                             [{"amount": trade.total_amount, "fundChannel": "ALIPAYACCOUNT"}])})
        if trade.gmt_close:
            form["gmt_close"] = trade.gmt_close
        form.update(overrides)
        return self.sign_notification(form)

    def sign_notification(self, form: dict[str, str], private_key: str | None = None) -> dict[str, str]:
        unsigned = {k: v for k, v in form.items() if k != "sign"}
        content = signed_content(unsigned, without=("sign", "sign_type"))
        return {**unsigned, "sign": rsa2_sign(content, private_key or self.alipay_private_key)}

    async def deliver(self, form: dict[str, str], transport: httpx.AsyncBaseTransport, url: str) -> httpx.Response:
        """POST a form as Alipay does (application/x-www-form-urlencoded, UTF-8)."""
        async with httpx.AsyncClient(transport=transport, timeout=10) as client:
            return await client.post(url, content=urlencode(form).encode(),
                                     headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"})

    async def notify(self, out_trade_no: str, transport: httpx.AsyncBaseTransport, **overrides: str) -> httpx.Response:
        return await self.deliver(self.notification(out_trade_no, **overrides), transport,
                                  self.trades[out_trade_no].notify_url)

    # --- the server side: verified requests, signed answers -----------------------------------

    def _request_problem(self, params: dict[str, str]) -> str:
        if not params.get("sign"):
            return "missing sign"
        if params.get("sign_type") != "RSA2":
            return "sign_type must be RSA2"
        content = signed_content(params, without=("sign",))  # requests sign sign_type too
        if not rsa2_valid(content, params["sign"], self.app_public_key):
            return "invalid signature"
        if params.get("app_id") != self.app_id:
            return "invalid app_id"
        if params.get("charset") != "utf-8" or params.get("version") != "1.0":
            return "invalid charset or version"
        return ""

    def answer(self, params: dict[str, str]) -> tuple[int, str, str]:
        """(status, content type, body) for one gateway request."""
        method = params.get("method", "")
        if method in PAY_METHODS:  # the cashier page the shopper's browser gets
            try:
                self._open(params)
            except FakeAlipayError as exc:
                return 200, "text/html; charset=utf-8", f"<html><body>错误代码：{exc}</body></html>"
            return 200, "text/html; charset=utf-8", "<html><body>支付宝收银台</body></html>"
        response_type = method.replace(".", "_") + "_response"
        problem = self._request_problem(params)
        if problem == "invalid signature":
            return self._signed(response_type, {"code": "40002", "msg": "Invalid Arguments",
                                                "sub_code": "isv.invalid-signature", "sub_msg": "验签出错"})
        if problem == "invalid app_id":
            return self._signed(response_type, {"code": "40002", "msg": "Invalid Arguments",
                                                "sub_code": "isv.invalid-app-id", "sub_msg": "无效的AppID参数"})
        if problem:
            return self._signed(response_type, {"code": "40002", "msg": "Invalid Arguments", "sub_msg": problem})
        try:
            biz = json.loads(params.get("biz_content") or "{}")
        except ValueError:
            biz = None
        handler = {"alipay.trade.query": self._query, "alipay.trade.refund": self._refund,
                   "alipay.trade.fastpay.refund.query": self._refund_query}.get(method)
        if handler is None or not isinstance(biz, dict):
            return self._signed(response_type, {"code": "40004", "msg": "Business Failed",
                                                "sub_code": "isv.invalid-method", "sub_msg": "不存在的方法名"})
        with self._lock:
            self.calls.append({"method": method, "biz": biz})
            reply = self._signed(response_type, handler(biz))
            if method in self._drop:
                self._drop.discard(method)
                return 502, "text/plain", "Bad Gateway"
        return reply

    def _signed(self, response_type: str, inner: dict[str, Any]) -> tuple[int, str, str]:
        text = json.dumps(inner, ensure_ascii=False, separators=(",", ":"))
        sign = rsa2_sign(text, self.alipay_private_key)
        return 200, "application/json; charset=utf-8", f'{{"{response_type}":{text},"sign":"{sign}"}}'

    @staticmethod
    def _failed(sub_code: str, sub_msg: str) -> dict[str, str]:
        return {"code": "40004", "msg": "Business Failed", "sub_code": sub_code, "sub_msg": sub_msg}

    def _query(self, biz: dict[str, Any]) -> dict[str, Any]:
        trade = self.trades.get(biz.get("out_trade_no", ""))
        if trade is None:
            return self._failed("ACQ.TRADE_NOT_EXIST", "交易不存在")
        answer = {"code": "10000", "msg": "Success", "trade_no": trade.trade_no, "out_trade_no": trade.out_trade_no,
                  "buyer_logon_id": "mhk***@sandbox.com", "trade_status": trade.status,
                  "total_amount": trade.total_amount}
        if trade.gmt_payment:
            answer.update({"send_pay_date": trade.gmt_payment, "buyer_pay_amount": trade.total_amount,
                           "receipt_amount": trade.total_amount})
        return answer

    def _refund(self, biz: dict[str, Any]) -> dict[str, Any]:
        trade = self.trades.get(biz.get("out_trade_no", ""))
        if trade is None:
            return self._failed("ACQ.TRADE_NOT_EXIST", "交易不存在")
        request_no = biz.get("out_request_no") or trade.out_trade_no
        amount = yuan_amount(biz.get("refund_amount"))
        if amount is None:
            return {"code": "40002", "msg": "Invalid Arguments", "sub_code": "isv.invalid-parameter",
                    "sub_msg": "refund_amount 格式错误"}
        if request_no in trade.refunds:  # asked again: the same refund, no money moves
            return self._refunded(trade, fund_change="N")
        if trade.status not in ("TRADE_SUCCESS",):
            return self._failed("ACQ.TRADE_STATUS_ERROR", "交易状态不合法")
        if trade.refunded + amount > Decimal(trade.total_amount):
            return self._failed("ACQ.REFUND_AMT_NOT_EQUAL_TOTAL", "退款金额超限")
        trade.refunds[request_no] = amount
        self.refund_calls += 1
        if trade.refunded == Decimal(trade.total_amount):
            trade.status = "TRADE_CLOSED"
        return self._refunded(trade, fund_change="Y")

    def _refunded(self, trade: Trade, fund_change: str) -> dict[str, Any]:
        return {"code": "10000", "msg": "Success", "trade_no": trade.trade_no, "out_trade_no": trade.out_trade_no,
                "buyer_logon_id": "mhk***@sandbox.com", "fund_change": fund_change,
                "refund_fee": str(trade.refunded), "gmt_refund_pay": beijing_now()}

    def _refund_query(self, biz: dict[str, Any]) -> dict[str, Any]:
        trade = self.trades.get(biz.get("out_trade_no", ""))
        request_no = biz.get("out_request_no", "")
        if trade is None or request_no not in trade.refunds:  # Alipay answers success and no refund_status
            return {"code": "10000", "msg": "Success", "out_trade_no": biz.get("out_trade_no", ""),
                    "out_request_no": request_no}
        return {"code": "10000", "msg": "Success", "trade_no": trade.trade_no, "out_trade_no": trade.out_trade_no,
                "out_request_no": request_no, "total_amount": trade.total_amount,
                "refund_amount": str(trade.refunds[request_no]), "refund_status": "REFUND_SUCCESS"}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self._serve(urlsplit(self.path).query)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        form = self.rfile.read(length).decode() if length else ""
        self._serve("&".join(part for part in (urlsplit(self.path).query, form) if part))

    def _serve(self, query: str) -> None:
        if urlsplit(self.path).path != "/gateway.do":
            self.send_error(404)
            return
        status, content_type, body = self.server.fake.answer(dict(parse_qsl(query, keep_blank_values=True)))
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args) -> None:  # keep test output quiet
        pass
