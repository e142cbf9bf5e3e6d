from tortoise import fields
from tortoise.models import Model


class Address(Model):
    id = fields.BigIntField(primary_key=True)
    user_id = fields.BigIntField(db_index=True)
    name = fields.CharField(max_length=40)
    phone = fields.CharField(max_length=20)
    province = fields.CharField(max_length=20)
    city = fields.CharField(max_length=20)
    district = fields.CharField(max_length=20, default="")
    detail = fields.CharField(max_length=200)
    postal_code = fields.CharField(max_length=6, default="")
    tag = fields.CharField(max_length=10, default="")  # 家 / 公司 / 学校
    is_default = fields.BooleanField(default=False)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "members_address"


class Favourite(Model):
    """A product a member keeps for later (收藏); the product lives in catalog, referenced by id."""

    id = fields.BigIntField(primary_key=True)
    user_id = fields.BigIntField()
    product_id = fields.BigIntField(db_index=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "members_favourite"
        unique_together = (("user_id", "product_id"),)


class ShopFollow(Model):
    """A shop a member follows (关注店铺); the shop lives in shops, referenced by id."""

    id = fields.BigIntField(primary_key=True)
    user_id = fields.BigIntField()
    shop_id = fields.BigIntField(db_index=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "members_shop_follow"
        unique_together = (("user_id", "shop_id"),)
