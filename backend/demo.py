"""``python -m backend demo``: migrate, then load a believable Chinese demo (idempotent).

Accounts to log in with are listed in README.md.
"""

from __future__ import annotations

import asyncio

from tortoise.context import TortoiseContext

from backend.accounts import service as accounts
from backend.accounts.permissions import CODES
from backend.accounts.schemas import RegisterIn, StaffIn
from backend.catalog import service as catalog
from backend.catalog.schemas import BrandIn, CategoryIn
from backend.core.auth import Actor
from backend.core.config import Settings, load_settings
from backend.core.db import tortoise_config
from backend.core.runtime import runtime
from backend.members import service as members
from backend.members.schemas import AddressIn
from backend.shops import service as shops
from backend.shops.schemas import ShopIn, ShopQuery

ADMIN = ("admin", "平台管理员", "Admin12345")
PLATFORM_READER = Actor(kind="staff", id=0, token_id=0)
SHOPS = [
    # (kind, name, self_operated, contact, phone, admin username, admin role)
    ("merchant", "官方自营旗舰店", True, "王经理", "13911110001", "ziying", "merchant_admin"),
    ("merchant", "鲜果坊", False, "李老板", "13911110002", "xianguo", "merchant_admin"),
    ("supplier", "义乌优选供应链", False, "陈经理", "13911110003", "yiwu", "supplier_admin"),
]
SHOP_PASSWORD = "Shop12345"
CONSUMERS = [("13912340001", "小王爱购物"), ("13912340002", "果果妈妈"), ("13912340003", "进货小陈")]
CONSUMER_PASSWORD = "Demo12345"
CATEGORIES = {
    "食品生鲜": {"水果": ["苹果", "柑橘橙柚", "车厘子"], "休闲零食": ["坚果炒货", "饼干糕点", "肉干肉脯"],
               "粮油调味": ["大米", "食用油", "酱油醋"]},
    "数码家电": {"手机通讯": ["手机", "手机壳膜", "充电器"], "厨房电器": ["电饭煲", "破壁机", "空气炸锅"]},
    "服饰鞋包": {"女装": ["连衣裙", "T恤", "羽绒服"], "运动鞋服": ["跑步鞋", "运动套装"]},
    "家居日用": {"清洁用品": ["洗衣液", "纸巾"], "厨房用具": ["保温杯", "锅具", "餐具"]},
    "美妆个护": {"面部护肤": ["面霜", "精华", "面膜"], "洗发护发": ["洗发水", "护发素"]},
    "母婴玩具": {"奶粉辅食": ["婴幼儿奶粉", "米粉"], "玩具乐器": ["积木拼插", "益智玩具"]},
}
BRANDS = [("华为", "HUAWEI", True), ("小米", "Xiaomi", True), ("苹果", "Apple", False),
          ("三只松鼠", "Three Squirrels", True), ("良品铺子", "BESTORE", False), ("美的", "Midea", True),
          ("九阳", "Joyoung", False), ("李宁", "LI-NING", True), ("安踏", "ANTA", False),
          ("蓝月亮", "Bluemoon", False), ("飞利浦", "Philips", False), ("欧莱雅", "L'Oréal", False)]
ADDRESSES = [
    ("王小明", "13912340001", "上海市", "上海市", "浦东新区", "张江镇博云路2号浦软大厦8楼", "公司"),
    ("王小明", "13912340001", "浙江省", "杭州市", "西湖区", "文三路478号华星时代广场A座1201", "家"),
]


async def seed(settings: Settings) -> bool:
    """Load the demo once; returns False when it is already there."""
    from backend.app import create_app

    create_app(settings, with_database=False, name="demo_loader")  # installs the runtime adapters
    if await _already_seeded():
        return False
    admin = await accounts.bootstrap_admin(*ADMIN)
    platform = Actor(kind="staff", id=admin.id, token_id=0, role="platform_admin", permissions=CODES)
    await accounts.create_staff(platform, StaffIn(username="yunying", name="运营小刘", password="Oper12345",
                                                  role_code="platform_operator"))
    for kind, name, self_operated, contact, phone, username, role in SHOPS:
        shop = await shops.create_shop(ShopIn(kind=kind, name=name, self_operated=self_operated,
                                              contact_name=contact, contact_phone=phone))
        await accounts.create_staff(platform, StaffIn(username=username, name=contact, password=SHOP_PASSWORD,
                                                      role_code=role, shop_id=shop.id))
        if kind == "merchant" and self_operated:
            await accounts.create_staff(platform, StaffIn(username="kefu1", name="客服小美", password="Kefu12345",
                                                          role_code="cs_agent", shop_id=shop.id))
    await _seed_consumers()
    await _seed_catalog()
    return True


async def _already_seeded() -> bool:
    _, total = await shops.list_shops(PLATFORM_READER, ShopQuery(page_size=1))
    return total > 0


async def _seed_consumers() -> None:
    for phone, nickname in CONSUMERS:
        await accounts.send_code(phone, "register", "127.0.0.1")
        code = runtime().sms.last_to(phone).params["code"]
        session = await accounts.register(
            RegisterIn(phone=phone, code=code, password=CONSUMER_PASSWORD, nickname=nickname), "demo-loader")
        if phone == CONSUMERS[0][0]:
            for name, tel, province, city, district, detail, tag in ADDRESSES:
                await members.create_address(session["user"]["id"], AddressIn(
                    name=name, phone=tel, province=province, city=city, district=district, detail=detail, tag=tag))


async def _seed_catalog() -> None:
    for sort, (top, seconds) in enumerate(CATEGORIES.items()):
        level1 = await catalog.create_category(CategoryIn(name=top, sort=sort, icon=f"/media/demo/cat-{sort}.png"))
        for sort2, (second, thirds) in enumerate(seconds.items()):
            level2 = await catalog.create_category(CategoryIn(name=second, parent_id=level1.id, sort=sort2))
            for sort3, third in enumerate(thirds):
                await catalog.create_category(CategoryIn(name=third, parent_id=level2.id, sort=sort3))
    for sort, (name, english, recommended) in enumerate(BRANDS):
        await catalog.create_brand(BrandIn(name=name, english_name=english, is_recommended=recommended, sort=sort))


async def run(settings: Settings) -> bool:
    from backend.app import prepare_database

    await prepare_database(settings)
    async with TortoiseContext() as ctx:
        await ctx.init(config=tortoise_config(settings))
        return await seed(settings)


def main() -> None:
    settings = load_settings()
    loaded = asyncio.run(run(settings))
    print("demo data loaded" if loaded else "demo data already present")


if __name__ == "__main__":
    main()
