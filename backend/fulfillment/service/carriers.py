"""Carriers (物流公司, INV-8): the express companies a shop can ship with; the platform keeps the list."""

from __future__ import annotations

from tortoise.exceptions import IntegrityError

from backend.core.errors import Conflict, NotFound
from backend.fulfillment.errors import FulfillmentError
from backend.fulfillment.models import Carrier
from backend.fulfillment.schemas import CarrierChange, CarrierIn

# (code, name, customer-service phone, website): present on every install, see ensure_carriers
BUILTIN_CARRIERS: tuple[tuple[str, str, str, str], ...] = (
    ("SF", "顺丰速运", "95338", "https://www.sf-express.com"),
    ("ZTO", "中通快递", "95311", "https://www.zto.com"),
    ("YTO", "圆通速递", "95554", "https://www.yto.net.cn"),
    ("STO", "申通快递", "95543", "https://www.sto.cn"),
    ("YD", "韵达快递", "95546", "https://www.yundaex.com"),
    ("JTSD", "极兔速递", "956025", "https://www.jtexpress.com.cn"),
    ("EMS", "EMS", "11183", "https://www.ems.com.cn"),
    ("JD", "京东快递", "950616", "https://www.jdl.com"),
    ("DBL", "德邦快递", "95353", "https://www.deppon.com"),
    ("YZPY", "邮政快递包裹", "11183", "https://www.chinapost.com.cn"),
)


async def ensure_carriers() -> None:
    """Add the built-in carriers that are missing; ones the platform edited are left as they are."""
    existing = set(await Carrier.filter(code__in=[c[0] for c in BUILTIN_CARRIERS]).values_list("code", flat=True))
    missing = [Carrier(code=code, name=name, phone=phone, website=website, sort=position * 10)
               for position, (code, name, phone, website) in enumerate(BUILTIN_CARRIERS) if code not in existing]
    if missing:  # several processes may start at once: the unique code settles it
        await Carrier.bulk_create(missing, ignore_conflicts=True)


async def enabled_carriers() -> list[Carrier]:
    return await Carrier.filter(is_enabled=True).order_by("sort", "id")


async def all_carriers() -> list[Carrier]:
    return await Carrier.all().order_by("sort", "id")


async def carrier_by_code(code: str) -> Carrier | None:
    return await Carrier.get_or_none(code=code)


async def create_carrier(data: CarrierIn) -> Carrier:
    try:
        return await Carrier.create(**data.model_dump())
    except IntegrityError:
        raise Conflict(FulfillmentError.carrier_code_taken, f"物流公司编码 {data.code} 已存在",
                       {"code": "编码已存在"}) from None


async def change_carrier(carrier_id: int, data: CarrierChange) -> Carrier:
    carrier = await Carrier.get_or_none(id=carrier_id)
    if carrier is None:
        raise NotFound(FulfillmentError.carrier_not_found, "物流公司不存在")
    if changes := data.model_dump(exclude_none=True):
        await carrier.update_from_dict(changes).save(update_fields=[*changes, "updated_at"])
    return carrier
