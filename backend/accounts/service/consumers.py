"""Consumers: registration, the four ways to log in, profile, WeChat binding, audit."""

from __future__ import annotations

from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q

from backend.accounts.errors import AccountError
from backend.accounts.models import User, WechatIdentity
from backend.accounts.schemas import (
    AuditDecisionIn,
    AuditSubmitIn,
    ChangePasswordIn,
    ChangePhoneIn,
    CustomerQuery,
    PasswordLoginIn,
    ProfileIn,
    RegisterIn,
    ResetPasswordIn,
    SmsLoginIn,
    UserOut,
)
from backend.accounts.service.codes import verify_code
from backend.accounts.service.tokens import issue_token, login_rate_limit, revoke_all, utcnow
from backend.accounts.states import USER_STATUS
from backend.core.auth import Actor
from backend.core.db import transaction
from backend.core.errors import (
    Conflict,
    CoreError,
    Forbidden,
    IntegrationError,
    Invalid,
    NotFound,
    Unauthorized,
)
from backend.core.pagination import paginate
from backend.core.runtime import runtime
from backend.settings import service as settings_service
from backend.settings.schemas import AccountSettings


async def _account_settings() -> AccountSettings:
    return await settings_service.read(runtime().cache, AccountSettings, "accounts")


async def get_user(user_id: int) -> User:
    user = await User.get_or_none(id=user_id)
    if user is None:
        raise NotFound(AccountError.account_not_found, "账号不存在")
    return user


async def public_profiles(user_ids: list[int]) -> dict[int, dict[str, str]]:
    """What other shoppers may see of these consumers (nickname, avatar), in one query."""
    if not user_ids:
        return {}
    rows = await User.filter(id__in=set(user_ids)).values("id", "nickname", "avatar")
    return {row["id"]: {"nickname": row["nickname"], "avatar": row["avatar"]} for row in rows}


async def user_view(user: User) -> dict[str, Any]:
    bound = await WechatIdentity.exists(user_id=user.id)
    view = UserOut.model_validate(user).model_dump()
    return {**view, "has_password": bool(user.password_hash), "wechat_bound": bound}


async def _session(user: User, client: str, *, is_new: bool = False) -> dict[str, Any]:
    if user.status == "disabled":
        raise Forbidden(AccountError.account_disabled, "账号已被禁用，请联系客服")
    token, expires_at = await issue_token("consumer", user.id, client)
    user.last_login_at = utcnow()
    await User.filter(id=user.id).update(last_login_at=user.last_login_at)
    return {"token": token, "expires_at": expires_at, "is_new": is_new, "user": await user_view(user)}


async def _new_user(**fields: Any) -> User:
    audit = (await _account_settings()).registration_audit
    return await User.create(status="pending_audit" if audit else "active", **fields)


def _phone_taken() -> Conflict:
    return Conflict(AccountError.phone_taken, "该手机号已注册", {"phone": "该手机号已注册"})


async def register(data: RegisterIn, ip: str) -> dict[str, Any]:
    await login_rate_limit(data.phone, ip)
    if await User.exists(phone=data.phone):
        raise _phone_taken()
    await verify_code(data.phone, "register", data.code)
    password_hash = await runtime().passwords.hash(data.password) if data.password else None
    try:
        user = await _new_user(phone=data.phone, password_hash=password_hash,
                               nickname=data.nickname or f"用户{data.phone[-4:]}", source=data.client)
    except IntegrityError:
        raise _phone_taken() from None
    return await _session(user, data.client, is_new=True)


async def login_by_sms(data: SmsLoginIn, ip: str) -> dict[str, Any]:
    """验证码登录: an unknown phone is registered on the spot, as shoppers expect."""
    await login_rate_limit(data.phone, ip)
    await verify_code(data.phone, "login", data.code)
    user = await User.get_or_none(phone=data.phone)
    if user is not None:
        return await _session(user, data.client)
    try:
        user = await _new_user(phone=data.phone, nickname=f"用户{data.phone[-4:]}", source=data.client)
    except IntegrityError:  # registered concurrently
        return await _session(await User.get(phone=data.phone), data.client)
    return await _session(user, data.client, is_new=True)


async def login_by_password(data: PasswordLoginIn, ip: str) -> dict[str, Any]:
    await login_rate_limit(data.phone, ip)
    if not (await _account_settings()).allow_password_login:
        raise Forbidden(AccountError.password_login_disabled, "暂不支持密码登录，请使用验证码登录")
    user = await User.get_or_none(phone=data.phone)
    passwords = runtime().passwords
    if not await passwords.verify(user.password_hash if user else None, data.password):
        raise Unauthorized(AccountError.invalid_credentials, "手机号或密码错误")
    assert user is not None and user.password_hash is not None
    if passwords.needs_rehash(user.password_hash):
        await User.filter(id=user.id).update(password_hash=await passwords.hash(data.password))
    return await _session(user, data.client)


async def _wechat_openid(code: str) -> tuple[str, str, str | None]:
    rt = runtime()
    try:
        session = await rt.wechat.code_to_session(code)
    except IntegrationError as exc:
        if exc.status != 400:  # WeChat busy or unreachable: not the code's fault, stays a 502
            raise
        raise Invalid(AccountError.wechat_login_failed, f"微信登录失败：{exc.message}",
                      {"code": "登录凭证无效或已过期"}) from None
    return rt.settings.wechat_appid or "sandbox", session.openid, session.unionid


async def login_by_wechat(code: str, ip: str) -> dict[str, Any]:
    """小程序一键登录: find the account by openid, then by unionid (same person, other app)."""
    await login_rate_limit("wechat", ip)
    appid, openid, unionid = await _wechat_openid(code)
    identity = await WechatIdentity.get_or_none(appid=appid, openid=openid).select_related("user")
    if identity is not None:
        return await _session(identity.user, "mp")
    linked = await WechatIdentity.filter(unionid=unionid).first() if unionid else None
    async with transaction():
        user = await get_user(linked.user_id) if linked else await _new_user(nickname="微信用户", source="mp")
        await WechatIdentity.create(user=user, appid=appid, openid=openid, unionid=unionid)
    return await _session(user, "mp", is_new=linked is None)


async def user_id_by_openid(openid: str) -> int | None:
    """The shopper who logged in to our mini-program with WeChat as ``openid`` (None: nobody we know)."""
    appid = runtime().settings.wechat_appid or "sandbox"
    identity = await WechatIdentity.get_or_none(appid=appid, openid=openid)
    return identity.user_id if identity else None


async def bind_wechat(user_id: int, code: str) -> dict[str, Any]:
    appid, openid, unionid = await _wechat_openid(code)
    existing = await WechatIdentity.get_or_none(appid=appid, openid=openid)
    if existing is not None and existing.user_id != user_id:
        raise Conflict(AccountError.wechat_already_bound, "该微信已绑定其他账号")
    if existing is None and await WechatIdentity.exists(user_id=user_id, appid=appid):
        raise Conflict(AccountError.wechat_already_bound, "账号已绑定其他微信，请先解绑")
    if existing is None:
        await WechatIdentity.create(user_id=user_id, appid=appid, openid=openid, unionid=unionid)
    return await user_view(await get_user(user_id))


async def unbind_wechat(user_id: int) -> dict[str, Any]:
    user = await get_user(user_id)
    if not await WechatIdentity.exists(user_id=user_id):
        raise Conflict(AccountError.wechat_not_bound, "账号未绑定微信")
    if not user.phone:
        raise Conflict(AccountError.cannot_unbind_last_login, "请先绑定手机号，再解绑微信，以免无法登录")
    await WechatIdentity.filter(user_id=user_id).delete()
    return await user_view(user)


async def reset_password(data: ResetPasswordIn, ip: str) -> None:
    await login_rate_limit(data.phone, ip)
    await verify_code(data.phone, "reset_password", data.code)
    user = await User.get_or_none(phone=data.phone)
    if user is None:
        raise NotFound(AccountError.phone_not_registered, "该手机号未注册", {"phone": "该手机号未注册"})
    await User.filter(id=user.id).update(password_hash=await runtime().passwords.hash(data.new_password))
    await revoke_all("consumer", user.id)


async def change_password(user_id: int, data: ChangePasswordIn, client: str) -> dict[str, Any]:
    """Change with the old password or an SMS code; every other session is signed out."""
    user = await get_user(user_id)
    if data.old_password is not None:
        if not await runtime().passwords.verify(user.password_hash, data.old_password):
            raise Invalid(AccountError.invalid_credentials, "原密码不正确", {"old_password": "原密码不正确"})
    elif data.sms_code is not None and user.phone:
        await verify_code(user.phone, "reset_password", data.sms_code)
    else:
        raise Invalid(AccountError.invalid_credentials, "请输入原密码或短信验证码",
                      {"old_password": "请输入原密码或短信验证码"})
    user.password_hash = await runtime().passwords.hash(data.new_password)
    await User.filter(id=user.id).update(password_hash=user.password_hash)
    await revoke_all("consumer", user.id)
    return await _session(user, client)


async def change_phone(user_id: int, data: ChangePhoneIn) -> dict[str, Any]:
    user = await get_user(user_id)
    if await User.filter(phone=data.new_phone).exclude(id=user_id).exists():
        raise _phone_taken()
    await verify_code(data.new_phone, "change_phone", data.code)
    try:
        await User.filter(id=user_id).update(phone=data.new_phone)
    except IntegrityError:
        raise _phone_taken() from None
    user.phone = data.new_phone
    return await user_view(user)


async def update_profile(user_id: int, data: ProfileIn) -> dict[str, Any]:
    changes = data.model_dump(exclude_unset=True, exclude_none=True)
    if changes:
        await User.filter(id=user_id).update(**changes)
    return await user_view(await get_user(user_id))


async def submit_audit(user_id: int, data: AuditSubmitIn) -> dict[str, Any]:
    """Fill in or correct the audit details; a rejected account goes back into the queue."""
    user = await get_user(user_id)
    if user.status not in ("pending_audit", "rejected"):
        raise Conflict(AccountError.audit_not_rejected, "账号无需审核")
    details = data.model_dump()
    if user.status == "rejected":
        await USER_STATUS.fire(user, "resubmit", actor=f"consumer:{user_id}", audit_reason="", **details)
    else:
        await User.filter(id=user_id).update(**details)
    return await user_view(await get_user(user_id))


# --- back office ---------------------------------------------------------------------------------

def _platform_only(actor: Actor) -> None:
    if not actor.is_platform:
        raise Forbidden(CoreError.permission_denied, "仅平台账号可管理会员")


async def list_customers(actor: Actor, query: CustomerQuery) -> tuple[list[User], int]:
    _platform_only(actor)
    queryset = User.all()
    if query.status:
        queryset = queryset.filter(status=query.status)
    if query.source:
        queryset = queryset.filter(source=query.source)
    if query.keyword:
        keyword = query.keyword
        queryset = queryset.filter(
            Q(nickname__icontains=keyword) | Q(phone__contains=keyword) | Q(real_name__icontains=keyword)
        )
    return await paginate(queryset.order_by("-id"), query)


async def audit_customer(actor: Actor, user_id: int, decision: AuditDecisionIn) -> User:
    _platform_only(actor)
    user = await get_user(user_id)
    if user.status != "pending_audit":
        raise Conflict(AccountError.audit_not_pending, "该会员不在待审核状态")
    if not decision.approve and not decision.reason:
        raise Invalid(CoreError.validation_failed, "驳回时请填写原因", {"reason": "请填写驳回原因"})
    event = "approve" if decision.approve else "reject"
    return await USER_STATUS.fire(user, event, actor=actor.label(), note=decision.reason,
                                  audit_reason=decision.reason)


async def set_payment_methods(actor: Actor, user_id: int, methods: list[str]) -> User:
    """CO-2: limit which payment methods a customer may choose at checkout ([] lifts the limit)."""
    _platform_only(actor)
    user = await get_user(user_id)
    user.payment_methods = list(dict.fromkeys(methods))
    await user.save(update_fields=["payment_methods"])
    return user


async def allowed_payment_methods(user_id: int) -> list[str]:
    """The methods this customer is limited to; empty when any the platform offers will do."""
    return await User.filter(id=user_id).first().values_list("payment_methods", flat=True) or []


async def wechat_openid(user_id: int, appid: str | None = None) -> str | None:
    """The shopper's openid under ``appid`` (WeChat Pay JSAPI's payer), by default under this
    mini-program (subscribe messages); None when not bound."""
    appid = appid or runtime().settings.wechat_appid or "sandbox"
    return await WechatIdentity.filter(user_id=user_id, appid=appid).first().values_list("openid", flat=True)


async def set_customer_enabled(actor: Actor, user_id: int, enabled: bool) -> User:
    _platform_only(actor)
    user = await get_user(user_id)
    user = await USER_STATUS.fire(user, "enable" if enabled else "disable", actor=actor.label())
    if not enabled:
        await revoke_all("consumer", user.id)
    return user
