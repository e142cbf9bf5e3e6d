from tortoise import fields
from tortoise.models import Model


class Page(Model):
    """A decorated page of an owner (the platform or one shop), pointing at its draft and live revision."""

    id = fields.BigIntField(primary_key=True)
    shop_id = fields.BigIntField(null=True, db_index=True)  # None: the platform's page
    owner = fields.CharField(max_length=32)  # "platform" | "shop:<id>": one unique key per owner
    key = fields.CharField(max_length=40)
    site = fields.CharField(max_length=20, default="")  # city site (城市分站) variant; "" = base page
    kind = fields.CharField(max_length=20)
    title = fields.CharField(max_length=40)
    draft_revision_id = fields.BigIntField(null=True)
    published_revision_id = fields.BigIntField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "pages_page"
        unique_together = (("owner", "key", "site"),)


class PageRevision(Model):
    """An immutable snapshot of a page document: every saved draft and every publish is one."""

    id = fields.BigIntField(primary_key=True)
    page_id = fields.BigIntField(db_index=True)
    number = fields.IntField()
    kind = fields.CharField(max_length=16)  # draft | published
    document = fields.JSONField()
    created_by = fields.CharField(max_length=64, default="")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "pages_revision"
