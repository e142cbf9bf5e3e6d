"""Accounts endpoints: consumer auth and profile, staff auth, staff/roles/customers back office."""

from sanic import Blueprint, Request

from backend.accounts import service
from backend.accounts.permissions import PERMISSIONS
from backend.accounts.schemas import (
    AuditDecisionIn,
    AuditSubmitIn,
    ChangePasswordIn,
    ChangePhoneIn,
    CustomerOut,
    CustomerQuery,
    PasswordLoginIn,
    PaymentMethodsIn,
    PermissionOut,
    ProfileIn,
    RegisterIn,
    ResetPasswordIn,
    RoleIn,
    RoleOut,
    RolePermissionsIn,
    SessionOut,
    SmsCodeRequest,
    SmsLoginIn,
    StaffIn,
    StaffLoginIn,
    StaffOut,
    StaffQuery,
    StaffSessionOut,
    StaffStatusIn,
    UserOut,
    WechatBindIn,
    WechatLoginIn,
)
from backend.core.auth import authenticated, require, require_consumer
from backend.core.http import (
    client_ip,
    json_out,
    json_response,
    list_out,
    no_content,
    parse_body,
    parse_query,
)

auth_bp = Blueprint("auth", url_prefix="/api/v1/auth")
me_bp = Blueprint("me", url_prefix="/api/v1/me")
staff_auth_bp = Blueprint("staff_auth", url_prefix="/api/v1/staff")
admin_bp = Blueprint("accounts_admin", url_prefix="/api/v1/admin")
blueprints = (auth_bp, me_bp, staff_auth_bp, admin_bp)


# --- consumer auth ---------------------------------------------------------------------------

@auth_bp.post("/sms-codes")
async def send_sms_code(request: Request):
    data = parse_body(request, SmsCodeRequest)
    ttl = await service.send_code(data.phone, data.purpose, client_ip(request))
    return json_response({"expires_in": ttl}, status=201)


@auth_bp.post("/register")
async def register(request: Request):
    session = await service.register(parse_body(request, RegisterIn), client_ip(request))
    return json_out(SessionOut, session, status=201)


@auth_bp.post("/login/sms")
async def login_sms(request: Request):
    return json_out(SessionOut, await service.login_by_sms(parse_body(request, SmsLoginIn), client_ip(request)))


@auth_bp.post("/login/password")
async def login_password(request: Request):
    data = parse_body(request, PasswordLoginIn)
    return json_out(SessionOut, await service.login_by_password(data, client_ip(request)))


@auth_bp.post("/login/wechat")
async def login_wechat(request: Request):
    data = parse_body(request, WechatLoginIn)
    return json_out(SessionOut, await service.login_by_wechat(data.code, client_ip(request)))


@auth_bp.post("/password/reset")
async def reset_password(request: Request):
    await service.reset_password(parse_body(request, ResetPasswordIn), client_ip(request))
    return no_content()


@auth_bp.post("/logout")
async def logout(request: Request):
    await service.logout(await authenticated(request))
    return no_content()


# --- the signed-in consumer ----------------------------------------------------------------------

@me_bp.get("")
@require_consumer
async def me(request: Request):
    user = await service.get_user(request.ctx.actor.id)
    return json_out(UserOut, await service.user_view(user))


@me_bp.patch("")
@require_consumer
async def update_me(request: Request):
    view = await service.update_profile(request.ctx.actor.id, parse_body(request, ProfileIn))
    return json_out(UserOut, view)


@me_bp.post("/password")
@require_consumer
async def change_password(request: Request):
    data = parse_body(request, ChangePasswordIn)
    return json_out(SessionOut, await service.change_password(request.ctx.actor.id, data, "h5"))


@me_bp.post("/phone")
@require_consumer
async def change_phone(request: Request):
    view = await service.change_phone(request.ctx.actor.id, parse_body(request, ChangePhoneIn))
    return json_out(UserOut, view)


@me_bp.post("/wechat")
@require_consumer
async def bind_wechat(request: Request):
    data = parse_body(request, WechatBindIn)
    return json_out(UserOut, await service.bind_wechat(request.ctx.actor.id, data.code))


@me_bp.delete("/wechat")
@require_consumer
async def unbind_wechat(request: Request):
    return json_out(UserOut, await service.unbind_wechat(request.ctx.actor.id))


@me_bp.post("/audit")
@require_consumer
async def submit_audit(request: Request):
    view = await service.submit_audit(request.ctx.actor.id, parse_body(request, AuditSubmitIn))
    return json_out(UserOut, view)


# --- staff auth ------------------------------------------------------------------------------

@staff_auth_bp.post("/auth/login")
async def staff_login(request: Request):
    session = await service.login_staff(parse_body(request, StaffLoginIn), client_ip(request))
    return json_out(StaffSessionOut, session)


@staff_auth_bp.post("/auth/logout")
@require()
async def staff_logout(request: Request):
    await service.logout(request.ctx.actor)
    return no_content()


@staff_auth_bp.get("/me")
@require()
async def staff_me(request: Request):
    return json_out(StaffOut, await service.get_staff_view(request.ctx.actor.id))


# --- back office: staff, roles, customers ------------------------------------------------------

@admin_bp.get("/staff")
@require("staff:manage")
async def list_staff(request: Request):
    query = parse_query(request, StaffQuery)
    rows, total = await service.list_staff(request.ctx.actor, query)
    return list_out(StaffOut, rows, total=total, page=query.page, page_size=query.page_size)


@admin_bp.post("/staff")
@require("staff:manage")
async def create_staff(request: Request):
    view = await service.create_staff(request.ctx.actor, parse_body(request, StaffIn))
    return json_out(StaffOut, view, status=201)


@admin_bp.put("/staff/<staff_id:int>/status")
@require("staff:manage")
async def set_staff_status(request: Request, staff_id: int):
    data = parse_body(request, StaffStatusIn)
    return json_out(StaffOut, await service.set_staff_status(request.ctx.actor, staff_id, data.status))


@admin_bp.get("/permissions")
@require("roles:manage")
async def list_permissions(request: Request):
    return list_out(PermissionOut, list(PERMISSIONS))


@admin_bp.get("/roles")
@require("staff:manage")
async def list_roles(request: Request):
    return list_out(RoleOut, await service.list_roles(request.ctx.actor))


@admin_bp.post("/roles")
@require("roles:manage")
async def create_role(request: Request):
    return json_out(RoleOut, await service.create_role(request.ctx.actor, parse_body(request, RoleIn)), status=201)


@admin_bp.put("/roles/<role_id:int>")
@require("roles:manage")
async def update_role(request: Request, role_id: int):
    role = await service.update_role(request.ctx.actor, role_id, parse_body(request, RolePermissionsIn))
    return json_out(RoleOut, role)


@admin_bp.get("/customers")
@require("customers:view")
async def list_customers(request: Request):
    query = parse_query(request, CustomerQuery)
    rows, total = await service.list_customers(request.ctx.actor, query)
    return list_out(CustomerOut, rows, total=total, page=query.page, page_size=query.page_size)


@admin_bp.post("/customers/<user_id:int>/audit")
@require("customers:audit")
async def audit_customer(request: Request, user_id: int):
    decision = parse_body(request, AuditDecisionIn)
    return json_out(CustomerOut, await service.audit_customer(request.ctx.actor, user_id, decision))


@admin_bp.put("/customers/<user_id:int>/payment-methods")
@require("customers:audit")
async def set_payment_methods(request: Request, user_id: int):
    data = parse_body(request, PaymentMethodsIn)
    return json_out(CustomerOut, await service.set_payment_methods(request.ctx.actor, user_id, data.methods))


@admin_bp.put("/customers/<user_id:int>/status")
@require("customers:audit")
async def set_customer_status(request: Request, user_id: int):
    data = parse_body(request, StaffStatusIn)
    user = await service.set_customer_enabled(request.ctx.actor, user_id, data.status == "active")
    return json_out(CustomerOut, user)
