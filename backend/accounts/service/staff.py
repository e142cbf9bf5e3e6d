"""Staff accounts and roles: platform staff see every tenant, shop staff only their own shop."""

from __future__ import annotations

from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q

from backend.accounts.errors import AccountError
from backend.accounts.models import Role, Staff
from backend.accounts.permissions import BUILTIN_ROLES, CODES, PLATFORM_ONLY
from backend.accounts.schemas import RoleIn, RolePermissionsIn, StaffIn, StaffLoginIn, StaffQuery
from backend.accounts.service.tokens import issue_token, login_rate_limit, revoke_all, utcnow
from backend.core.auth import Actor
from backend.core.errors import Conflict, CoreError, Forbidden, Invalid, NotFound, Unauthorized
from backend.core.pagination import paginate
from backend.core.runtime import runtime
from backend.core.tenancy import get_scoped, scoped
from backend.shops import service as shops


async def ensure_builtin_roles() -> None:
    """Create the built-in roles, and bring their permissions up to date on upgrades."""
    existing = {role.code: role for role in await Role.filter(builtin=True)}
    for spec in BUILTIN_ROLES:
        permissions = sorted(spec.permissions)
        role = existing.get(spec.code)
        if role is None:
            await Role.create(code=spec.code, name=spec.name, scope=spec.scope,
                              permissions=permissions, builtin=True)
        elif sorted(role.permissions) != permissions:
            await Role.filter(id=role.id).update(permissions=permissions)


async def bootstrap_admin(username: str, name: str, password: str) -> Staff:
    """The first platform super-admin, created from the command line or the demo loader."""
    role = await Role.get(code="platform_admin")
    staff, _ = await Staff.get_or_create(
        username=username,
        defaults={"name": name, "role": role, "password_hash": await runtime().passwords.hash(password)},
    )
    return staff


async def _views(staff_rows: list[Staff]) -> list[dict[str, Any]]:
    shop_rows = await shops.shops_by_id({s.shop_id for s in staff_rows if s.shop_id})
    views = []
    for staff in staff_rows:
        shop = shop_rows.get(staff.shop_id) if staff.shop_id else None
        views.append({
            "id": staff.id, "username": staff.username, "name": staff.name, "status": staff.status,
            "role": {"code": staff.role.code, "name": staff.role.name},
            "permissions": sorted(staff.role.permissions),
            "shop": {"id": shop.id, "name": shop.name, "kind": shop.kind} if shop else None,
            "created_at": staff.created_at, "last_login_at": staff.last_login_at,
        })
    return views


async def get_staff_view(staff_id: int) -> dict[str, Any]:
    staff = await Staff.get(id=staff_id).select_related("role")
    return (await _views([staff]))[0]


async def staff_with_permission(shop_id: int | None, permission: str) -> list[dict[str, Any]]:
    """Active staff of one shop (None: the platform's own) whose role grants ``permission``, by id."""
    queryset = Staff.filter(status="active").select_related("role")
    queryset = queryset.filter(shop_id=shop_id) if shop_id is not None else queryset.filter(shop_id__isnull=True)
    return await _views([s for s in await queryset.order_by("id") if permission in s.role.permissions])


async def login_staff(data: StaffLoginIn, ip: str) -> dict[str, Any]:
    await login_rate_limit(f"staff:{data.username}", ip)
    staff = await Staff.get_or_none(username=data.username)
    passwords = runtime().passwords
    if not await passwords.verify(staff.password_hash if staff else None, data.password):
        raise Unauthorized(AccountError.invalid_credentials, "用户名或密码错误")
    assert staff is not None
    if staff.status != "active":
        raise Forbidden(AccountError.account_disabled, "账号已被停用，请联系管理员")
    token, expires_at = await issue_token("staff", staff.id, "admin")
    await Staff.filter(id=staff.id).update(last_login_at=utcnow())
    return {"token": token, "expires_at": expires_at, "staff": await get_staff_view(staff.id)}


async def list_staff(actor: Actor, query: StaffQuery) -> tuple[list[dict[str, Any]], int]:
    queryset = scoped(Staff.all(), actor).select_related("role")
    if query.keyword:
        queryset = queryset.filter(Q(username__icontains=query.keyword) | Q(name__icontains=query.keyword))
    if query.role_code:
        queryset = queryset.filter(role__code=query.role_code)
    if query.shop_id:
        queryset = queryset.filter(shop_id=query.shop_id)
    rows, total = await paginate(queryset.order_by("-id"), query)
    return await _views(rows), total


async def _role_by_code(code: str) -> Role:
    role = await Role.get_or_none(code=code)
    if role is None:
        raise Invalid(AccountError.role_not_found, "角色不存在", {"role_code": "角色不存在"})
    return role


async def _shop_for_new_staff(actor: Actor, role: Role, shop_id: int | None) -> int | None:
    """Which shop the new account belongs to; shop admins can only add staff to their own shop."""
    if role.scope == "platform":
        if not actor.is_platform:
            raise Invalid(AccountError.role_scope_mismatch, "不能创建平台账号", {"role_code": "角色不可用"})
        if shop_id is not None:
            raise Invalid(AccountError.role_scope_mismatch, "平台角色不属于任何店铺", {"shop_id": "平台账号无需店铺"})
        return None
    if not actor.is_platform:
        if role.scope != actor.shop_kind:
            raise Invalid(AccountError.role_scope_mismatch, "该角色不适用于本店铺", {"role_code": "角色不可用"})
        return actor.shop_id
    if shop_id is None:
        raise Invalid(AccountError.role_scope_mismatch, "请选择所属店铺", {"shop_id": "请选择所属店铺"})
    shop = await shops.get_shop(shop_id)
    if shop.kind != role.scope:
        raise Invalid(AccountError.role_scope_mismatch, "角色与店铺类型不匹配", {"role_code": "角色与店铺类型不匹配"})
    return shop.id


def _within_own_permissions(actor: Actor, permissions: list[str], field: str | None = None) -> None:
    """No one grants, or manages an account holding, a permission they do not hold themselves."""
    beyond = sorted(set(permissions) - actor.permissions)
    if beyond:
        raise Forbidden(CoreError.permission_denied, "不能授予或管理超出自己权限的角色",
                        {field: ", ".join(beyond)} if field else None)


async def create_staff(actor: Actor, data: StaffIn) -> dict[str, Any]:
    role = await _role_by_code(data.role_code)
    shop_id = await _shop_for_new_staff(actor, role, data.shop_id)
    _within_own_permissions(actor, role.permissions, "role_code")
    password_hash = await runtime().passwords.hash(data.password)
    try:
        staff = await Staff.create(username=data.username, name=data.name, password_hash=password_hash,
                                   role=role, shop_id=shop_id)
    except IntegrityError:
        raise Conflict(AccountError.username_taken, "用户名已被使用", {"username": "用户名已被使用"}) from None
    return await get_staff_view(staff.id)


async def set_staff_status(actor: Actor, staff_id: int, status: str) -> dict[str, Any]:
    staff = await get_scoped(Staff.all().select_related("role"), actor, staff_id,
                             AccountError.staff_not_found, "员工不存在")
    if staff.id == actor.id and status != "active":
        raise Conflict(AccountError.cannot_disable_self, "不能停用自己的账号")
    _within_own_permissions(actor, staff.role.permissions)
    await Staff.filter(id=staff.id).update(status=status)
    if status != "active":
        await revoke_all("staff", staff.id)
    return await get_staff_view(staff.id)


# --- roles ---------------------------------------------------------------------------------

def _check_permissions(scope: str, permissions: list[str]) -> list[str]:
    unknown = sorted(set(permissions) - CODES)
    if unknown:
        raise Invalid(AccountError.unknown_permission, "包含不存在的权限", {"permissions": ", ".join(unknown)})
    if scope != "platform" and (platform_only := sorted(set(permissions) & PLATFORM_ONLY)):
        raise Invalid(AccountError.role_scope_mismatch, "店铺角色不能拥有平台权限",
                      {"permissions": ", ".join(platform_only)})
    return sorted(set(permissions))


async def list_roles(actor: Actor) -> list[Role]:
    queryset = Role.all() if actor.is_platform else Role.filter(scope=actor.shop_kind or "")
    return await queryset.order_by("id")


async def create_role(actor: Actor, data: RoleIn) -> Role:
    permissions = _check_permissions(data.scope, data.permissions)
    _within_own_permissions(actor, permissions, "permissions")
    try:
        return await Role.create(code=data.code, name=data.name, scope=data.scope, permissions=permissions)
    except IntegrityError:
        raise Conflict(AccountError.role_code_taken, "角色编码已存在", {"code": "角色编码已存在"}) from None


async def update_role(actor: Actor, role_id: int, data: RolePermissionsIn) -> Role:
    role = await Role.get_or_none(id=role_id)
    if role is None:
        raise NotFound(AccountError.role_not_found, "角色不存在")
    if role.builtin:
        raise Conflict(AccountError.role_builtin, "内置角色不可修改，请新建角色")
    permissions = _check_permissions(role.scope, data.permissions)
    _within_own_permissions(actor, [*role.permissions, *permissions], "permissions")
    role.permissions = permissions
    role.name = data.name or role.name
    await role.save(update_fields=["permissions", "name"])
    return role

