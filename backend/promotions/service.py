"""Shop activities (满减, 满折, 满赠, 打包一口价): kept by the back office, priced by the engine.

A merchant's staff keep their own shop's activities; platform staff every shop's. An activity's
phase follows the clock, so starting and ending need no job: every read asks for what runs now.
Checkout reads the running ones as the price engine's offers (``shop_offers``) and every card
carries their marks (``mark_cards``), both with one query for all the shops asked about.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from tortoise.queryset import QuerySet

from backend.catalog import service as catalog
from backend.catalog.schemas import MarkSource
from backend.core import events
from backend.core.auth import Actor
from backend.core.db import primary, transaction
from backend.core.errors import Conflict, Invalid, NotFound
from backend.core.http import compact_json, etag_of
from backend.core.pagination import PageParams, paginate
from backend.core.runtime import runtime
from backend.core.tenancy import get_scoped, scoped
from backend.coupons import service as coupons
from backend.pricing.schemas import (
    DiscountTier,
    FullDiscount,
    FullGift,
    FullReduction,
    GiftTier,
    Offer,
    PackagePrice,
    ReductionTier,
)
from backend.promotions.errors import PromotionError
from backend.promotions.models import Activity
from backend.promotions.schemas import ActivityIn, ActivityQuery
from backend.promotions.states import ACTIVITY
from backend.shops import service as shops

NOT_FOUND = (PromotionError.activity_not_found, "活动不存在")
LOCK_SPACE = 0x50524F4D  # "PROM": this context's advisory locks, keyed by shop
# the order marks show in on a card, and the engine's ShopRules field each kind fills
KINDS = {"full_reduction": "full_reductions", "full_discount": "full_discounts", "full_gift": "full_gifts",
         "package_price": "package_prices"}


def now() -> datetime:
    return datetime.now(UTC)


def phase(activity: Activity, moment: datetime | None = None) -> str:
    moment = moment or now()
    if activity.status == "cancelled":
        return "cancelled"
    if moment < activity.starts_at:
        return "upcoming"
    return "running" if moment < activity.ends_at else "ended"


def _running(queryset: QuerySet[Activity], moment: datetime) -> QuerySet[Activity]:
    return queryset.filter(status="active", starts_at__lte=moment, ends_at__gt=moment)


PHASES = {
    "upcoming": lambda q, moment: q.filter(status="active", starts_at__gt=moment),
    "running": _running,
    "ended": lambda q, moment: q.filter(status="active", ends_at__lte=moment),
    "cancelled": lambda q, moment: q.filter(status="cancelled"),
}


# --- marks -----------------------------------------------------------------------------------------

def _yuan(fen: int) -> str:
    return f"{fen // 100}.{fen % 100:02d}".rstrip("0").rstrip(".")


def _threshold(basis: str, threshold: int) -> str:
    return f"{threshold}件" if basis == "count" else _yuan(threshold)


def _percent(percent: int) -> str:
    return f"{percent // 10}" + (f".{percent % 10}" if percent % 10 else "")


def mark_text(kind: str, rules: dict[str, Any]) -> str:
    """What a card says of an activity: its first tier (满300减30, 每满300减30, 满2件9折, 满199赠, 3件99元)."""
    if kind == "package_price":
        return f"{rules['count']}件{_yuan(rules['price'])}元"
    tier = rules["tiers"][0]
    reach = _threshold(rules["basis"], tier["threshold"])
    if kind == "full_reduction":
        return f"{'每满' if rules['cyclic'] else '满'}{reach}减{_yuan(tier['off'])}"
    if kind == "full_discount":
        return f"满{reach}{'' if rules['basis'] == 'count' else '打'}{_percent(tier['percent'])}折"
    return f"满{reach}赠"


def _covers(activity: Activity, product_id: int) -> bool:
    return activity.scope == "shop" or product_id in activity.product_ids


async def running_in(shop_ids: set[int]) -> list[Activity]:
    """The activities running now in these shops, in the order marks show (one query)."""
    if not shop_ids:
        return []
    rows = await _running(Activity.filter(shop_id__in=shop_ids), now()).order_by("id")
    order = list(KINDS)
    return sorted(rows, key=lambda activity: order.index(activity.kind))


async def activity_marks(products: Mapping[int, int]) -> dict[int, list[dict]]:
    """A mark source (``catalog.mark_cards``): each product's running activities, one query."""
    activities = await running_in(set(products.values()))
    return {
        product_id: [{"kind": a.kind, "text": mark_text(a.kind, a.rules), "activity_id": a.id}
                     for a in activities if a.shop_id == shop_id and _covers(a, product_id)]
        for product_id, shop_id in products.items()
    }


async def coupon_marks(products: Mapping[int, int]) -> dict[int, list[dict]]:
    """A mark source: 领券 on the products a shopper can claim a coupon for now, one query."""
    claimable = await coupons.products_with_claimable_coupons(products.items())
    return {product_id: [{"kind": "coupon", "text": "领券"}] for product_id in claimable}


# Where card marks come from, in the order they show.
MARK_SOURCES: tuple[MarkSource, ...] = (activity_marks, coupon_marks)


async def mark_cards(document: Any) -> bool:
    """Marks on every card (and a product detail) in ``document``, after every cache (SEARCH-7)."""
    return await catalog.mark_cards(document, MARK_SOURCES)


# Marked bodies are cached per marks epoch: the epoch moves when an activity or a claimable coupon
# is changed (a version) and when the clock passes the next start or end of either (a boundary),
# so a cached page costs no query and still shows a mark the moment its activity starts.
MARKS_VERSION_KEY = "promotions:marks:version"
MARKED_TTL = 300
IDLE_BOUNDARY = timedelta(hours=1)  # with nothing scheduled, look again after this


async def marks_changed() -> None:
    """Call after the change has committed, so no reader caches the old marks under the new epoch."""
    await runtime().cache.incr(MARKS_VERSION_KEY, ttl=30 * 86400)


@events.subscribe("coupons.changed")
async def _coupons_changed(payload: dict[str, Any]) -> None:
    await marks_changed()


async def _first_after(moment: datetime, column: str) -> datetime | None:
    found = await Activity.filter(status="active", **{f"{column}__gt": moment}).order_by(column).limit(1) \
        .values_list(column, flat=True)
    return found[0] if found else None


async def _next_boundary(moment: datetime) -> datetime:
    """The next instant any card's marks could change by the clock alone (four queries)."""
    instants = [await _first_after(moment, "starts_at"), await _first_after(moment, "ends_at"),
                *await coupons.next_claim_boundaries(moment)]
    return min([instant for instant in instants if instant] + [moment + IDLE_BOUNDARY])


async def marks_epoch() -> str:
    cache = runtime().cache
    version = await cache.get(MARKS_VERSION_KEY) or 0
    key = f"promotions:marks:boundary:{version}"
    moment = now()
    boundary = await cache.get(key)
    if boundary is None or boundary <= moment.timestamp():
        boundary = (await _next_boundary(moment)).timestamp()
        await cache.set(key, boundary, ttl=int(IDLE_BOUNDARY.total_seconds()) + 60)
    return f"{version}:{boundary}"


async def marked_json(body: str, etag: str | None) -> tuple[str, str | None]:
    """A JSON ``body`` with the marks on its cards, and the ETag of what is sent. A cached body
    (known by its ``etag``) is kept marked until the marks epoch moves, so a hit parses nothing and
    queries nothing; one no cache keeps (``etag`` None: a draft's preview) is marked every time."""
    if etag is None:
        return await _marked(body, etag)
    cache = runtime().cache
    key = f"promotions:marked:{etag}:{await marks_epoch()}"
    if (hit := await cache.get(key)) is not None:
        marked_etag, _, marked = hit.partition("\n")
        return marked, marked_etag
    body, etag = await _marked(body, etag)
    await cache.set(key, f"{etag}\n{body}", ttl=MARKED_TTL)
    return body, etag


async def _marked(body: str, etag: str | None) -> tuple[str, str | None]:
    document = json.loads(body)
    if await mark_cards(document):
        body = compact_json(document)
        etag = etag_of(body)
    return body, etag


# --- for the price engine --------------------------------------------------------------------------

def offer(activity: Activity) -> Offer:
    """An activity as the price engine applies it; its adjustments and gifts carry ``activity:<id>``."""
    rules = activity.rules
    scope = {"product_ids": frozenset(activity.product_ids) if activity.scope == "products" else None,
             "ref": f"activity:{activity.id}"}
    if activity.kind == "package_price":
        return PackagePrice(count=rules["count"], price=rules["price"], **scope)
    tiers = rules["tiers"]
    if activity.kind == "full_reduction":
        return FullReduction(tuple(ReductionTier(t["threshold"], t["off"]) for t in tiers), basis=rules["basis"],
                             cyclic=rules["cyclic"], cap=rules["cap"], **scope)
    if activity.kind == "full_discount":
        return FullDiscount(tuple(DiscountTier(t["threshold"], t["percent"]) for t in tiers), basis=rules["basis"],
                            **scope)
    return FullGift(tuple(GiftTier(t["threshold"], t["gift_sku_id"], t["gift_quantity"]) for t in tiers),
                    basis=rules["basis"], **scope)


async def shop_offers(shop_ids: set[int]) -> dict[int, dict[str, tuple[Offer, ...]]]:
    """Each shop's running activities as ``ShopRules`` keyword arguments (one query for all shops)."""
    offers: dict[int, dict[str, tuple[Offer, ...]]] = {}
    for activity in await running_in(shop_ids):
        field = KINDS[activity.kind]
        shop = offers.setdefault(activity.shop_id, {})
        shop[field] = (*shop.get(field, ()), offer(activity))
    return offers


# --- back office -----------------------------------------------------------------------------------

def view(activity: Activity) -> dict[str, Any]:
    return {**{name: getattr(activity, name) for name in (
        "id", "shop_id", "kind", "title", "scope", "product_ids", "rules", "starts_at", "ends_at", "status",
        "created_at", "updated_at")},
        "phase": phase(activity), "mark": mark_text(activity.kind, activity.rules)}


async def list_activities(actor: Actor, query: ActivityQuery) -> tuple[list[Activity], int]:
    queryset = scoped(Activity.all(), actor)
    if query.shop_id is not None:
        queryset = queryset.filter(shop_id=query.shop_id)
    if query.kind is not None:
        queryset = queryset.filter(kind=query.kind)
    if query.keyword:
        queryset = queryset.filter(title__icontains=query.keyword)
    if query.phase is not None:
        queryset = PHASES[query.phase](queryset, now())
    return await paginate(queryset.order_by("-id"), query)


async def get_activity(actor: Actor, activity_id: int) -> Activity:
    return await get_scoped(Activity.all(), actor, activity_id, *NOT_FOUND)


def _utc(moment: datetime) -> datetime:
    """A time without a zone is the shop's (the configured time zone)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(runtime().settings.timezone))
    return moment.astimezone(UTC)


def _invalid(fields: dict[str, str]) -> Invalid:
    return Invalid(PromotionError.activity_invalid, "活动设置有误", fields)


async def _shop_for(actor: Actor, wanted: int | None) -> int:
    if not actor.is_platform:
        if wanted not in (None, actor.shop_id):
            raise _invalid({"shop_id": "只能为本店设置活动"})
        return actor.shop_id
    if wanted is None:
        raise Invalid(PromotionError.shop_required, "请选择活动所属店铺", {"shop_id": "必填"})
    try:
        await shops.get_shop(wanted)
    except NotFound:
        raise _invalid({"shop_id": "店铺不存在"}) from None
    return wanted


async def _ownership_errors(shop_id: int, data: ActivityIn) -> dict[str, str]:
    """Products in scope and gift SKUs must be the shop's own (two queries at most)."""
    fields: dict[str, str] = {}
    owned = await catalog.products_of_shop(shop_id, data.product_ids)
    if foreign := [str(product_id) for product_id in data.product_ids if product_id not in owned]:
        fields["product_ids"] = f"不是本店的商品：{'、'.join(foreign)}"
    if data.kind == "full_gift":
        tiers = data.rules["tiers"]
        skus = await catalog.trade_skus([tier["gift_sku_id"] for tier in tiers])
        for index, tier in enumerate(tiers):
            sku = skus.get(tier["gift_sku_id"])
            if sku is None or sku.shop_id != shop_id:
                fields[f"rules.tiers.{index}.gift_sku_id"] = "赠品须是本店已有的商品规格"
    return fields


async def _values(shop_id: int, data: ActivityIn) -> dict[str, Any]:
    """The row's values once the input holds for this shop; 422 with every field error otherwise."""
    starts_at, ends_at = _utc(data.starts_at), _utc(data.ends_at)
    fields = await _ownership_errors(shop_id, data)
    if ends_at <= starts_at:
        fields["ends_at"] = "结束时间须晚于开始时间"
    elif ends_at <= now():
        fields["ends_at"] = "结束时间须晚于现在"
    if fields:
        raise _invalid(fields)
    return {"kind": data.kind, "title": data.title, "scope": data.scope, "product_ids": data.product_ids,
            "rules": data.rules, "starts_at": starts_at, "ends_at": ends_at}


async def _serialise(shop_id: int) -> None:
    """One shop's activity writes take turns, so two overlapping ones cannot both pass the check.
    (SQLite transactions begin IMMEDIATE and are serialised already.)"""
    connection = primary()
    if connection.capabilities.dialect == "postgres":
        await connection.execute_query("SELECT pg_advisory_xact_lock($1, $2)", [LOCK_SPACE, shop_id])


def _overlap(values: dict[str, Any], rival: Activity) -> list[int] | None:
    """The products both cover ([] for both whole shops), or None when they share none."""
    if values["scope"] == "shop" and rival.scope == "shop":
        return []
    if values["scope"] == "shop" or rival.scope == "shop":
        shared = rival.product_ids if values["scope"] == "shop" else values["product_ids"]
    else:
        shared = [p for p in values["product_ids"] if p in set(rival.product_ids)]
    return shared or None


async def _check_conflicts(shop_id: int, values: dict[str, Any], exclude_id: int = 0) -> None:
    """A product is in at most one running or upcoming activity of each kind at any moment."""
    rivals = await Activity.filter(
        shop_id=shop_id, kind=values["kind"], status="active", starts_at__lt=values["ends_at"],
        ends_at__gt=max(now(), values["starts_at"])).exclude(id=exclude_id).order_by("id")
    for rival in rivals:
        shared = _overlap(values, rival)
        if shared is None:
            continue
        what = "全店" if not shared else f"商品 {'、'.join(map(str, shared))}"
        raise Conflict(PromotionError.activity_conflict,
                       f"{what}在同一时段已参加同类活动「{rival.title}」",
                       {"product_ids": ",".join(map(str, shared)) or "shop", "activity_id": str(rival.id)})


async def create_activity(actor: Actor, data: ActivityIn) -> Activity:
    shop_id = await _shop_for(actor, data.shop_id)
    values = await _values(shop_id, data)
    async with transaction():
        await _serialise(shop_id)
        await _check_conflicts(shop_id, values)
        activity = await Activity.create(shop_id=shop_id, created_by=actor.label(), **values)
    await marks_changed()
    return activity


def _not_upcoming(activity: Activity) -> Conflict:
    return Conflict(PromotionError.activity_started, "活动已开始、已结束或已取消，不能再修改")


async def update_activity(actor: Actor, activity_id: int, data: ActivityIn) -> Activity:
    """Rewrite an activity that has not started; the update is guarded by the clock and the status."""
    activity = await get_activity(actor, activity_id)
    if data.shop_id not in (None, activity.shop_id):
        raise _invalid({"shop_id": "活动所属店铺不能修改"})
    if phase(activity) != "upcoming":
        raise _not_upcoming(activity)
    values = await _values(activity.shop_id, data)
    async with transaction():
        await _serialise(activity.shop_id)
        await _check_conflicts(activity.shop_id, values, exclude_id=activity.id)
        if not await Activity.filter(id=activity.id, status="active", starts_at__gt=now()).update(**values):
            raise _not_upcoming(activity)
    await marks_changed()
    return await Activity.get(id=activity.id)


async def cancel_activity(actor: Actor, activity_id: int) -> Activity:
    activity = await get_activity(actor, activity_id)
    if phase(activity) == "ended":
        raise Conflict(PromotionError.activity_ended, "活动已结束，无需取消")
    cancelled = await ACTIVITY.fire(activity, "cancel", actor=actor.label())
    await marks_changed()
    return cancelled


# --- storefront ------------------------------------------------------------------------------------

async def running_activity(activity_id: int) -> Activity:
    """A running activity for shoppers; any other answers 404."""
    activity = await _running(Activity.filter(id=activity_id), now()).first()
    if activity is None:
        raise NotFound(*NOT_FOUND)
    return activity


def public_view(activity: Activity) -> dict[str, Any]:
    return {**view(activity), "products": f"/api/v1/activities/{activity.id}/products"}


async def activity_cards(activity_id: int, params: PageParams) -> tuple[list[dict], int]:
    """凑单: a page of the on-sale cards a running activity covers, marked (the buyer's prices are
    the caller's to apply)."""
    activity = await running_activity(activity_id)
    product_ids = activity.product_ids if activity.scope == "products" else None
    cards, total = await catalog.shop_cards(activity.shop_id, product_ids, params)
    await mark_cards(cards)
    return cards, total
