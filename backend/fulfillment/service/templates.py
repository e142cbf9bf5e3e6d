"""Shipping templates (运费模板): each shop's freight rule, handed to the price engine (CO-2/CO-7).

While a shop has templates exactly one is its default, the one the price engine uses: the first
saved becomes it, marking another moves it, deleting it passes it to the latest edited one.
"""

from __future__ import annotations

from backend.core.auth import Actor
from backend.core.db import transaction
from backend.core.errors import Invalid
from backend.core.tenancy import get_scoped, scoped
from backend.fulfillment.errors import FulfillmentError
from backend.fulfillment.models import ShippingTemplate
from backend.fulfillment.schemas import TemplateIn
from backend.pricing.schemas import FreightRate, FreightRule, RegionRate

NOT_FOUND = (FulfillmentError.template_not_found, "运费模板不存在")


async def list_templates(actor: Actor) -> list[ShippingTemplate]:
    return await scoped(ShippingTemplate.all(), actor).order_by("-is_default", "id")


async def get_template(actor: Actor, template_id: int) -> ShippingTemplate:
    return await get_scoped(ShippingTemplate.all(), actor, template_id, *NOT_FOUND)


def _conflicts(data: TemplateIn) -> dict[str, str]:
    """A province may be priced by one region only, and not be both priced and excluded."""
    fields: dict[str, str] = {}
    seen: dict[str, int] = {}
    for r, region in enumerate(data.regions):
        for p, province in enumerate(region.provinces):
            if province in seen:
                fields[f"regions.{r}.provinces.{p}"] = f"{province} 已在第 {seen[province] + 1} 个区域中"
            else:
                seen[province] = r
    for p, province in enumerate(data.excluded_provinces):
        if province in seen:
            fields[f"excluded_provinces.{p}"] = f"{province} 已设置区域运费，不能同时设为不配送"
    return fields


def _values(data: TemplateIn) -> dict:
    fields = _conflicts(data)
    if fields:
        raise Invalid(FulfillmentError.template_invalid, "运费模板的配送区域有误", fields)
    return {
        "name": data.name,
        "mode": data.mode,
        "default_rate": data.default_rate.model_dump(),
        "regions": [region.model_dump() for region in data.regions],
        "free_over": data.free_over,
        "excluded_provinces": list(dict.fromkeys(data.excluded_provinces)),
    }


async def _settle_default(shop_id: int, template_id: int, wanted: bool) -> None:
    others = ShippingTemplate.filter(shop_id=shop_id, is_default=True).exclude(id=template_id)
    if wanted:
        await others.update(is_default=False)
    elif await others.exists():
        return
    await ShippingTemplate.filter(id=template_id).update(is_default=True)


async def create_template(shop_id: int, data: TemplateIn) -> ShippingTemplate:
    values = _values(data)
    async with transaction():
        template = await ShippingTemplate.create(shop_id=shop_id, **values)
        await _settle_default(shop_id, template.id, data.is_default)
    return await ShippingTemplate.get(id=template.id)


async def update_template(actor: Actor, template_id: int, data: TemplateIn) -> ShippingTemplate:
    values = _values(data)
    async with transaction():
        template = await get_template(actor, template_id)
        await template.update_from_dict(values).save()
        await _settle_default(template.shop_id, template.id, data.is_default)
    return await ShippingTemplate.get(id=template_id)


async def delete_template(actor: Actor, template_id: int) -> None:
    async with transaction():
        template = await get_template(actor, template_id)
        await template.delete()
        if template.is_default:
            successor = await ShippingTemplate.filter(shop_id=template.shop_id).order_by("-updated_at", "-id").first()
            if successor:
                await ShippingTemplate.filter(id=successor.id).update(is_default=True)


# --- for the price engine -------------------------------------------------------------------------

def _rate(values: dict) -> FreightRate:
    return FreightRate(first_units=values["first_units"], first_fee=values["first_fee"],
                       extra_units=values["extra_units"], extra_fee=values["extra_fee"])


def freight_rule(template: ShippingTemplate) -> FreightRule:
    return FreightRule(
        mode=template.mode,
        default=_rate(template.default_rate),
        regions=tuple(RegionRate(frozenset(region["provinces"]), _rate(region)) for region in template.regions),
        free_over=template.free_over,
        excluded_provinces=frozenset(template.excluded_provinces),
    )


async def freight_templates(template_ids: list[int]) -> dict[int, FreightRule]:
    """Templates products name, by id, as the price engine's ``FreightRule`` (one query)."""
    if not template_ids:
        return {}
    templates = await ShippingTemplate.filter(id__in=list(set(template_ids)))
    return {template.id: freight_rule(template) for template in templates}


async def is_shop_template(shop_id: int, template_id: int) -> bool:
    return await ShippingTemplate.filter(id=template_id, shop_id=shop_id).exists()


async def freight_rules(shop_ids: list[int]) -> dict[int, FreightRule]:
    """Each shop's default template as the price engine's ``FreightRule``, in one query.
    A shop without a template is absent: it ships free."""
    if not shop_ids:
        return {}
    templates = await ShippingTemplate.filter(shop_id__in=list(set(shop_ids)), is_default=True)
    return {template.shop_id: freight_rule(template) for template in templates}
