"""Product reviews (商品评价), their comments and likes. Products, shops, users and orders live in
other contexts and are referred to by id."""

from tortoise import fields
from tortoise.models import Model


class Review(Model):
    id = fields.BigIntField(primary_key=True)
    product_id = fields.BigIntField()
    sku_id = fields.BigIntField(null=True)
    sku_text = fields.CharField(max_length=100, default="")  # snapshot of the SKU's spec values, "红 / L"
    shop_id = fields.BigIntField(db_index=True)
    user_id = fields.BigIntField(db_index=True)
    order_id = fields.BigIntField(null=True, db_index=True)
    order_item_id = fields.BigIntField(null=True, unique=True)  # one review per bought line
    rating = fields.SmallIntField()
    logistics_rating = fields.SmallIntField(null=True)
    content = fields.CharField(max_length=500, default="")
    images = fields.JSONField(default=list)
    has_images = fields.BooleanField(default=False)  # lets the "有图" filter and count stay in SQL
    tags = fields.JSONField(default=list)
    is_anonymous = fields.BooleanField(default=False)
    is_hidden = fields.BooleanField(default=False)
    is_auto = fields.BooleanField(default=False)  # the system's default good review after the deadline
    reply_content = fields.CharField(max_length=500, default="")
    replied_at = fields.DatetimeField(null=True)
    view_count = fields.IntField(default=0)
    like_count = fields.IntField(default=0)
    comment_count = fields.IntField(default=0)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "reviews_review"
        indexes = (("product_id", "is_hidden", "created_at"),)


class ReviewTag(Model):
    """One keyword tag of a review, a row each so filtering and counting by tag stay in SQL."""

    id = fields.BigIntField(primary_key=True)
    review = fields.ForeignKeyField("models.Review", related_name="tag_rows", on_delete=fields.CASCADE)
    product_id = fields.BigIntField()
    name = fields.CharField(max_length=20)

    class Meta:
        table = "reviews_review_tag"
        unique_together = (("review_id", "name"),)
        indexes = (("product_id", "name"),)


class ReviewComment(Model):
    id = fields.BigIntField(primary_key=True)
    review = fields.ForeignKeyField("models.Review", related_name="comments", on_delete=fields.CASCADE)
    user_id = fields.BigIntField()
    content = fields.CharField(max_length=200)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "reviews_review_comment"


class ReviewLike(Model):
    id = fields.BigIntField(primary_key=True)
    review = fields.ForeignKeyField("models.Review", related_name="likes", on_delete=fields.CASCADE)
    user_id = fields.BigIntField()
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "reviews_review_like"
        unique_together = (("review_id", "user_id"),)
