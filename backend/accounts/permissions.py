"""The permission catalogue and the built-in roles. Codes are API: the admin UI checks the same."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Permission:
    code: str
    name: str
    group: str


PERMISSIONS: tuple[Permission, ...] = (
    Permission("staff:manage", "员工账号管理", "系统"),
    Permission("roles:manage", "角色权限管理", "系统"),
    Permission("settings:manage", "系统设置", "系统"),
    Permission("shops:view", "查看商家/供应商", "商家"),
    Permission("shops:manage", "商家/供应商管理", "商家"),
    Permission("customers:view", "查看会员", "会员"),
    Permission("customers:audit", "会员审核与禁用", "会员"),
    Permission("catalog:manage", "商品管理", "商品"),
    Permission("catalog:audit", "商品审核", "商品"),
    Permission("pages:manage", "店铺装修", "装修"),
    Permission("orders:view", "查看订单", "订单"),
    Permission("orders:manage", "订单处理", "订单"),
    Permission("aftersales:manage", "售后处理", "订单"),
    Permission("finance:view", "财务查看", "财务"),
    Permission("finance:manage", "财务操作（余额调账）", "财务"),
    Permission("inventory:manage", "库存与仓库", "库存"),
    Permission("chat:agent", "在线客服", "客服"),
    Permission("promotions:manage", "营销活动与优惠券", "营销"),
)
CODES = frozenset(p.code for p in PERMISSIONS)

# Scope says which staff a role can be given to: platform staff belong to no shop, the others to one.
SCOPES = ("platform", "merchant", "supplier")
# Permissions over every tenant's data: never granted to a role bound to one shop.
PLATFORM_ONLY = frozenset({"roles:manage", "settings:manage", "shops:manage", "customers:view",
                           "customers:audit", "catalog:audit", "finance:manage"})
MERCHANT_SIDE = {"shops:view", "catalog:manage", "pages:manage", "orders:view", "orders:manage",
                 "aftersales:manage", "finance:view", "inventory:manage", "chat:agent", "promotions:manage"}


@dataclass(frozen=True)
class BuiltinRole:
    code: str
    name: str
    scope: str
    permissions: frozenset[str]


BUILTIN_ROLES: tuple[BuiltinRole, ...] = (
    BuiltinRole("platform_admin", "平台超级管理员", "platform", CODES),
    BuiltinRole("platform_operator", "平台运营", "platform", frozenset({
        "shops:view", "shops:manage", "customers:view", "customers:audit", "catalog:audit",
        "pages:manage", "orders:view", "aftersales:manage", "finance:view", "promotions:manage"})),
    BuiltinRole("merchant_admin", "商家管理员", "merchant", frozenset(MERCHANT_SIDE | {"staff:manage"})),
    BuiltinRole("merchant_staff", "商家员工", "merchant", frozenset({
        "shops:view", "catalog:manage", "orders:view", "orders:manage", "aftersales:manage"})),
    BuiltinRole("supplier_admin", "供应商管理员", "supplier", frozenset({
        "shops:view", "catalog:manage", "orders:view", "orders:manage", "aftersales:manage",
        "finance:view", "inventory:manage", "staff:manage"})),
    BuiltinRole("supplier_staff", "供应商员工", "supplier", frozenset({
        "shops:view", "catalog:manage", "orders:view", "orders:manage"})),
    BuiltinRole("warehouse", "仓管员", "merchant", frozenset({"orders:view", "inventory:manage"})),
    BuiltinRole("cs_agent", "客服", "merchant", frozenset({"orders:view", "chat:agent"})),
)
