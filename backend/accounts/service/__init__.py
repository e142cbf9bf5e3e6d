"""Accounts service: the only door other contexts and the API use (split by use case)."""

from backend.accounts.service.codes import send_code, verify_code
from backend.accounts.service.consumers import (
    allowed_payment_methods,
    audit_customer,
    bind_wechat,
    change_password,
    change_phone,
    get_user,
    list_customers,
    login_by_password,
    login_by_sms,
    login_by_wechat,
    public_profiles,
    register,
    reset_password,
    set_customer_enabled,
    set_payment_methods,
    submit_audit,
    unbind_wechat,
    update_profile,
    user_id_by_openid,
    user_view,
    wechat_openid,
)
from backend.accounts.service.staff import (
    bootstrap_admin,
    create_role,
    create_staff,
    ensure_builtin_roles,
    get_staff_view,
    list_roles,
    list_staff,
    login_staff,
    set_staff_status,
    staff_with_permission,
    update_role,
)
from backend.accounts.service.tokens import logout, resolve_token

__all__ = [
    "audit_customer", "bootstrap_admin", "bind_wechat", "change_password", "change_phone", "create_role",
    "create_staff",
    "ensure_builtin_roles", "get_staff_view", "get_user", "list_customers", "list_roles", "list_staff",
    "login_by_password", "login_by_sms", "login_by_wechat", "login_staff", "logout", "public_profiles", "register",
    "reset_password", "resolve_token", "send_code", "set_customer_enabled", "set_payment_methods",
    "allowed_payment_methods", "set_staff_status", "staff_with_permission",
    "submit_audit", "unbind_wechat", "update_profile", "update_role", "user_id_by_openid", "user_view", "verify_code",
    "wechat_openid",
]
