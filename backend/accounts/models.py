from tortoise import fields
from tortoise.models import Model


class User(Model):
    """A consumer (会员): shopper or B2B buyer. Logs in by WeChat, phone + SMS code or password."""

    id = fields.BigIntField(primary_key=True)
    phone = fields.CharField(max_length=20, null=True, unique=True)
    password_hash = fields.CharField(max_length=200, null=True)
    nickname = fields.CharField(max_length=40, default="")
    avatar = fields.CharField(max_length=500, default="")
    real_name = fields.CharField(max_length=40, default="")
    gender = fields.CharField(max_length=8, default="unknown")  # male | female | unknown
    birthday = fields.DateField(null=True)
    region = fields.CharField(max_length=100, default="")
    company_name = fields.CharField(max_length=100, default="")
    status = fields.CharField(max_length=16, default="active")
    audit_reason = fields.CharField(max_length=200, default="")
    source = fields.CharField(max_length=16, default="h5")  # mp | h5 | app | pc | import | admin
    # the payment methods this customer may use at checkout (a B2B buyer on credit, say); empty: all
    payment_methods = fields.JSONField(default=list)
    created_at = fields.DatetimeField(auto_now_add=True)
    last_login_at = fields.DatetimeField(null=True)

    class Meta:
        table = "accounts_user"


class WechatIdentity(Model):
    id = fields.BigIntField(primary_key=True)
    user = fields.ForeignKeyField("models.User", related_name="wechat_identities", on_delete=fields.CASCADE)
    appid = fields.CharField(max_length=40)
    openid = fields.CharField(max_length=64)
    unionid = fields.CharField(max_length=64, null=True, db_index=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "accounts_wechat_identity"
        unique_together = (("appid", "openid"),)


class Role(Model):
    id = fields.BigIntField(primary_key=True)
    code = fields.CharField(max_length=40, unique=True)
    name = fields.CharField(max_length=40)
    scope = fields.CharField(max_length=16)  # platform | merchant | supplier
    permissions = fields.JSONField(default=list)
    builtin = fields.BooleanField(default=False)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "accounts_role"


class Staff(Model):
    """A back-office account; merchant and supplier staff are bound to one shop (by id)."""

    id = fields.BigIntField(primary_key=True)
    username = fields.CharField(max_length=40, unique=True)
    name = fields.CharField(max_length=40)
    password_hash = fields.CharField(max_length=200)
    role = fields.ForeignKeyField("models.Role", related_name="staff", on_delete=fields.RESTRICT)
    shop_id = fields.BigIntField(null=True, db_index=True)
    status = fields.CharField(max_length=16, default="active")  # active | disabled
    created_at = fields.DatetimeField(auto_now_add=True)
    last_login_at = fields.DatetimeField(null=True)

    class Meta:
        table = "accounts_staff"


class AuthToken(Model):
    """A bearer token; only its SHA-256 is stored, so a database leak yields no usable token."""

    id = fields.BigIntField(primary_key=True)
    token_hash = fields.CharField(max_length=64, unique=True)
    subject_kind = fields.CharField(max_length=16)  # consumer | staff
    subject_id = fields.BigIntField()
    client = fields.CharField(max_length=16, default="")
    created_at = fields.DatetimeField(auto_now_add=True)
    expires_at = fields.DatetimeField()
    revoked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "accounts_auth_token"
        indexes = (("subject_kind", "subject_id"),)


class SmsCode(Model):
    id = fields.BigIntField(primary_key=True)
    phone = fields.CharField(max_length=20)
    purpose = fields.CharField(max_length=24)
    code_hash = fields.CharField(max_length=64)
    attempts = fields.IntField(default=0)
    expires_at = fields.DatetimeField()
    consumed_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "accounts_sms_code"
        indexes = (("phone", "purpose"),)
