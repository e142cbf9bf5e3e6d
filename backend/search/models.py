from tortoise import fields
from tortoise.models import Model


class SearchDocument(Model):
    """What search filters and sorts a listed product by: a copy of its catalog row, kept by events.

    Its tokens live beside it in a table the ORM cannot describe (a ``tsvector`` with a GIN index
    on PostgreSQL, an FTS5 table on SQLite), created by a hand-written migration.
    """

    product_id = fields.BigIntField(primary_key=True, generated=False)
    shop_id = fields.BigIntField()
    category_id = fields.BigIntField(null=True, db_index=True)
    brand_id = fields.BigIntField(null=True, db_index=True)
    price = fields.BigIntField()  # fen
    stock = fields.IntField()
    sales = fields.IntField()  # as shoppers see it: real + padded
    created_at = fields.DatetimeField()
    # the title's leading word (「保温杯 500ml」 → 「保温杯」) and its pinyin, for suggestions (联想词)
    lead = fields.CharField(max_length=20, default="", db_index=True)
    lead_pinyin = fields.CharField(max_length=120, default="", db_index=True)
    lead_initials = fields.CharField(max_length=20, default="", db_index=True)
    # the composite sort's popularity factor (sales, sort number, recency), fixed when indexed
    boost = fields.FloatField(default=1.0)

    class Meta:
        table = "search_document"


class SearchFacet(Model):
    """A filter key a listed product answers to: ``tag:<name>`` or ``attr:<attribute id>:<value>``."""

    id = fields.BigIntField(primary_key=True)
    product_id = fields.BigIntField(db_index=True)
    facet = fields.CharField(max_length=150)

    class Meta:
        table = "search_facet"
        indexes = (("facet", "product_id"),)


class SearchLog(Model):
    """One search with a keyword, for history, hot searches and the search index (搜索指数)."""

    id = fields.BigIntField(primary_key=True)
    keyword = fields.CharField(max_length=50, db_index=True)
    user_id = fields.BigIntField(null=True, db_index=True)
    result_count = fields.IntField()
    created_at = fields.DatetimeField(auto_now_add=True, db_index=True)
    # the keyword normalised (「 Mate  70 」 → 「mate 70」) and its pinyin: what counts and suggests
    term = fields.CharField(max_length=50, default="", db_index=True)
    term_pinyin = fields.CharField(max_length=300, default="", db_index=True)
    term_initials = fields.CharField(max_length=50, default="", db_index=True)
    # set when the shopper clears their history; the row still counts for hot searches
    history_hidden = fields.BooleanField(default=False)

    class Meta:
        table = "search_log"
