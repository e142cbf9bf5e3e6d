"""A fake 快递100 real-time query server on 127.0.0.1 for tests of the real adapter.

    with FakeKuaidi100Server(customer="C1", key="k1") as fake:
        fake.add("shunfeng", "SF1234567890", [("2024-05-01 10:00:00", "已揽收", "深圳市")], phone="5678")
        logistics = Kuaidi100Logistics("C1", "k1", fake.base_url)

It checks the form the way 快递100 does: ``sign`` must be uppercase MD5(param + key + customer).
Unknown waybills answer returnCode 500; a waybill added with ``phone`` wants that tail (408).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs

from tests.fakes.loopback import LoopbackServer


@dataclass
class Waybill:
    events: list[tuple[str, str, str]]  # (local time "YYYY-MM-DD HH:MM:SS", context, location), oldest first
    state: str = "0"  # 0 在途, 1 揽收, 3 签收, 5 派件 …
    phone: str = ""


@dataclass
class FakeKuaidi100Server(LoopbackServer):
    customer: str = "TESTCUSTOMER"
    key: str = "test-key"
    waybills: dict[tuple[str, str], Waybill] = field(default_factory=dict)
    received: list[dict[str, Any]] = field(default_factory=list)  # form and parsed param of every request

    def __post_init__(self) -> None:
        self._listen(_Handler)

    @property
    def base_url(self) -> str:
        return self.origin + "/"

    def add(self, com: str, num: str, events: list[tuple[str, str, str]], state: str = "0", phone: str = "") -> None:
        self.waybills[(com, num)] = Waybill(events, state, phone)

    def query(self, form: dict[str, str]) -> dict[str, Any]:
        param_text = form.get("param", "")
        expected = hashlib.md5((param_text + self.key + self.customer).encode()).hexdigest().upper()
        if form.get("customer") != self.customer or form.get("sign") != expected:
            return _failure("503", "验证签名失败")
        try:
            param = json.loads(param_text)
        except ValueError:
            return _failure("400", "提交的数据不完整，或者贵公司没授权")
        self.received.append({"form": form, "param": param})
        waybill = self.waybills.get((param.get("com"), param.get("num")))
        if waybill is None:
            return _failure("500", "查询无结果，请隔段时间再查")
        if waybill.phone and param.get("phone") != waybill.phone:
            return _failure("408", "您提交的手机号码后四位与快递单号不匹配")
        data = [{"time": t, "ftime": t, "context": text, "location": location} for t, text, location in waybill.events]
        if param.get("order") != "asc":
            data.reverse()
        return {"message": "ok", "nu": param["num"], "ischeck": "1" if waybill.state == "3" else "0",
                "com": param["com"], "status": "200", "condition": "F00", "state": waybill.state, "data": data}


def _failure(code: str, message: str) -> dict[str, Any]:
    return {"result": False, "returnCode": code, "message": message}


class _Handler(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        if self.path != "/poll/query.do":
            self.send_error(404)
            return
        length = int(self.headers.get("Content-Length") or 0)
        form = {k: v[-1] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
        data = json.dumps(self.server.fake.query(form), ensure_ascii=False).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json;charset=UTF-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args) -> None:  # keep test output quiet
        pass
