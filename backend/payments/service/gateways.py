"""Payment settings (支付设置): the platform configures WeChat Pay and Alipay in the back office.

Environment variables stay the defaults; a gateway saved here overrides them (or switches the
gateway off). Secret fields are write-only: stored encrypted with a key derived from SECRET_KEY,
never answered back (only whether one is set), and an omitted or empty secret keeps the stored one.
Every worker rebuilds its gateways when the shared version in the cache moves, so a save reaches
all workers on their next payment call.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from cryptography.fernet import Fernet, InvalidToken

from backend.core.cache import Cache
from backend.core.config import Settings
from backend.core.errors import Invalid, NotFound
from backend.core.runtime import Runtime, runtime
from backend.integrations.alipay import build_alipay
from backend.integrations.payments import PaymentProvider, notify_url
from backend.integrations.wechatpay import build_wechat_pay
from backend.payments.errors import PaymentError
from backend.payments.models import GatewayConfig

VERSION_KEY = "payments:gateways:version"
PEM_PREFIX = "-----BEGIN"


@dataclass(frozen=True)
class Field:
    name: str  # in the API; the setting is the gateway's prefix + name
    label: str
    secret: bool = False
    required: bool = True
    pem: bool = False  # PEM text only: a file path typed into a form must never be read


@dataclass(frozen=True)
class Gateway:
    code: str
    name: str
    prefix: str
    fields: tuple[Field, ...]

    def setting(self, field: Field) -> str:
        return self.prefix + field.name

    def build(self, settings: Settings) -> PaymentProvider | None:
        if self.code == "wechat":
            return build_wechat_pay(settings, notify_url(settings, "wechat"))
        return build_alipay(settings) if settings.alipay_appid else None


GATEWAYS: dict[str, Gateway] = {
    "wechat": Gateway("wechat", "微信支付", "wechat_pay_", (
        Field("mchid", "商户号"),
        Field("appid", "AppID（小程序/公众号，留空用小程序 AppID）", required=False),
        Field("app_appid", "AppID（App 支付）", required=False),
        Field("cert_serial", "商户 API 证书序列号"),
        Field("private_key", "商户 API 私钥", secret=True, pem=True),
        Field("apiv3_key", "APIv3 密钥", secret=True),
        Field("public_key_id", "微信支付公钥 ID"),
        Field("public_key", "微信支付公钥", pem=True),
        Field("platform_cert_serial", "平台证书序列号", required=False),
        Field("platform_cert", "平台证书", required=False, pem=True),
    )),
    "alipay": Gateway("alipay", "支付宝", "alipay_", (
        Field("appid", "AppID"),
        Field("seller_id", "收款账号 PID（2088 开头）"),
        Field("private_key", "应用私钥", secret=True),
        Field("public_key", "支付宝公钥"),
        Field("return_url", "支付后返回地址", required=False),
    )),
}


# --- secrets at rest ------------------------------------------------------------------------------

def _fernet(settings: Settings) -> Fernet:
    digest = hashlib.sha256(b"payments.gateways.v1:" + settings.secret_key.encode()).digest()
    return Fernet(base64.urlsafe_b64encode(digest))


def _seal(settings: Settings, secrets: dict[str, str]) -> str:
    return _fernet(settings).encrypt(json.dumps(secrets).encode()).decode() if secrets else ""


def _unseal(settings: Settings, sealed: str) -> dict[str, str]:
    if not sealed:
        return {}
    try:
        return json.loads(_fernet(settings).decrypt(sealed.encode()))
    except InvalidToken:  # SECRET_KEY changed: the stored secrets must be entered again
        return {}


# --- what a gateway runs with ---------------------------------------------------------------------

def _effective(settings: Settings, gateway: Gateway, row: GatewayConfig | None) -> Settings:
    """The environment's settings with this gateway's saved values over them."""
    if row is None:
        return settings
    saved = {**row.values, **_unseal(settings, row.secrets)}
    update = {gateway.setting(f): saved[f.name] for f in gateway.fields if saved.get(f.name)}
    if not row.enabled:  # switched off here, whatever the environment says
        update[gateway.setting(gateway.fields[0])] = ""
    return settings.model_copy(update=update)


async def providers() -> dict[str, PaymentProvider]:
    """The gateways this worker pays with, rebuilt when a save elsewhere moved the shared version."""
    current = runtime()
    version = int(await current.cache.get(VERSION_KEY) or 0)
    state = _state(current)
    if state.version != version:
        await _rebuild(current, state)
        state.version = version
    return current.payments


@dataclass
class _Registry:
    base: dict[str, PaymentProvider]  # what the environment configured, built at start
    version: int | None = None


def _state(current: Runtime) -> _Registry:
    """Kept on the runtime itself: each app (each test) starts from its own environment's gateways."""
    registry = getattr(current, "_gateway_registry", None)
    if registry is None:
        registry = _Registry(base=dict(current.payments))
        current._gateway_registry = registry  # type: ignore[attr-defined]
    return registry


async def _rebuild(current: Runtime, registry: _Registry) -> None:
    rows = {row.code: row for row in await GatewayConfig.all()}
    built = dict(registry.base)
    for code, gateway in GATEWAYS.items():
        if code not in rows:
            continue  # never saved here: the environment's gateway (if any) stays as it is
        built.pop(code, None)
        try:
            provider = gateway.build(_effective(current.settings, gateway, rows[code]))
        except (ValueError, RuntimeError):  # saved when valid; e.g. SECRET_KEY changed since
            provider = None
        if provider is not None:
            built[code] = provider
    current.payments.clear()
    current.payments.update(built)


# --- the back office ------------------------------------------------------------------------------

def _gateway(code: str) -> Gateway:
    gateway = GATEWAYS.get(code)
    if gateway is None:
        raise NotFound(PaymentError.provider_unknown, "不支持该支付方式")
    return gateway


def _view(settings: Settings, gateway: Gateway, row: GatewayConfig | None, enabled: bool) -> dict[str, Any]:
    effective = _effective(settings, gateway, row)
    fields = []
    for field in gateway.fields:
        value = getattr(effective, gateway.setting(field))
        value = value.get_secret_value() if hasattr(value, "get_secret_value") else value
        shown = {"name": field.name, "label": field.label, "secret": field.secret, "required": field.required}
        fields.append({**shown, "set": bool(value)} if field.secret else {**shown, "value": value})
    return {"code": gateway.code, "name": gateway.name, "enabled": enabled, "saved": row is not None,
            "fields": fields}


async def gateway_settings() -> list[dict[str, Any]]:
    current = await providers()
    rows = {row.code: row for row in await GatewayConfig.all()}
    settings = runtime().settings
    return [_view(settings, gateway, rows.get(code), code in current) for code, gateway in GATEWAYS.items()]


async def save_gateway(code: str, enabled: bool, values: dict[str, str], actor: str) -> dict[str, Any]:
    """Save one gateway; when enabled it must build, so a bad key is refused now, not at payment."""
    gateway = _gateway(code)
    settings = runtime().settings
    known = {f.name: f for f in gateway.fields}
    errors = {name: "未知的配置项" for name in values if name not in known}
    errors |= {name: "请粘贴 PEM 文本（以 -----BEGIN 开头）" for name, value in values.items()
               if name in known and known[name].pem and value and not value.strip().startswith(PEM_PREFIX)}
    if errors:
        raise Invalid(PaymentError.gateway_settings_invalid, "支付设置有误", errors)
    row = await GatewayConfig.get_or_none(code=code)
    plain = {f.name: values.get(f.name, (row.values if row else {}).get(f.name, "")).strip()
             for f in gateway.fields if not f.secret}
    secrets = _unseal(settings, row.secrets) if row else {}
    secrets |= {f.name: values[f.name].strip() for f in gateway.fields if f.secret and values.get(f.name, "").strip()}
    candidate = GatewayConfig(code=code, enabled=enabled, values=plain, secrets=_seal(settings, secrets))
    if enabled:
        _check_builds(settings, gateway, candidate)
    await GatewayConfig.update_or_create(code=code, defaults={
        "enabled": enabled, "values": plain, "secrets": candidate.secrets, "updated_by": actor})
    await _moved(runtime().cache)
    current = await providers()
    return _view(settings, gateway, candidate, code in current)


def _check_builds(settings: Settings, gateway: Gateway, candidate: GatewayConfig) -> None:
    effective = _effective(settings, gateway, candidate)
    missing = {f.name: "该项必填" for f in gateway.fields
               if f.required and not _text(getattr(effective, gateway.setting(f)))}
    if missing:
        raise Invalid(PaymentError.gateway_settings_invalid, f"启用{gateway.name}前请填写必填项", missing)
    try:
        gateway.build(effective)
    except (ValueError, RuntimeError):
        raise Invalid(PaymentError.gateway_settings_invalid,
                      f"{gateway.name}的密钥、证书或密钥长度不正确，请核对后重试", {}) from None


def _text(value: Any) -> str:
    return value.get_secret_value() if hasattr(value, "get_secret_value") else str(value or "")


async def _moved(cache: Cache) -> None:
    await cache.incr(VERSION_KEY, ttl=365 * 86400)
