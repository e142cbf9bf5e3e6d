"""``python -m backend demo``: migrate, then load a believable Chinese demo (idempotent).

Accounts to log in with are listed in README.md.
"""

from __future__ import annotations

import asyncio
import json
import re
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from tortoise.context import TortoiseContext

from backend import demo_catalog
from backend.accounts import service as accounts
from backend.accounts.permissions import CODES
from backend.accounts.schemas import RegisterIn, StaffIn
from backend.catalog import service as catalog
from backend.catalog.schemas import (
    AttributeIn,
    AttributeQuery,
    BrandIn,
    CategoryIn,
    ParamIn,
    ProductChange,
    ProductIn,
    TagIn,
)
from backend.core.auth import Actor
from backend.core.config import Settings, load_settings
from backend.core.db import tortoise_config
from backend.core.runtime import runtime
from backend.coupons import service as coupons
from backend.coupons.schemas import TemplateIn as CouponTemplateIn
from backend.demo_media import placeholder_png
from backend.fulfillment import service as fulfillment
from backend.fulfillment.schemas import RateIn, RegionIn, TemplateIn
from backend.members import service as members
from backend.members.schemas import AddressIn
from backend.pages import service as pages
from backend.pages.catalogue import load_catalogue
from backend.pages.schemas import DraftIn, PageIn
from backend.promotions import service as promotions
from backend.promotions.schemas import ActivityIn
from backend.reviews import service as reviews
from backend.reviews.schemas import ReviewIn
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
# (shop index in SHOPS, category name, title, price fen, original price fen, stock, padded sales, tags)
PRODUCTS = [
    (0, "手机", "华为 Mate 70 Pro 12GB+512GB 雅丹黑 鸿蒙旗舰手机", 649900, 699900, 120, 8650, ["分期免息"]),
    (0, "手机", "小米15 Ultra 徕卡光学 16GB+512GB 白色", 599900, 649900, 80, 5120, ["双11"]),
    (0, "充电器", "绿联 65W 氮化镓快充充电器 三口多协议", 12900, 16900, 600, 23100, []),
    (0, "电饭煲", "美的 IH电饭煲 4L 家用智能预约 一级能效", 39900, 59900, 210, 7800, ["双11"]),
    (0, "空气炸锅", "九阳 空气炸锅 6L大容量 可视窗口 无油低脂", 29900, 39900, 8, 15600, ["限时特价"]),
    (0, "破壁机", "九阳 破壁机 家用低音 加热免滤 豆浆机", 45900, 69900, 95, 3400, []),
    (0, "保温杯", "象印 不锈钢保温杯 480ml 316钢 长效保温", 15900, 19900, 350, 12800, ["双11"]),
    (0, "锅具", "苏泊尔 不粘炒锅 32cm 少油烟 电磁炉燃气通用", 16900, 29900, 0, 6400, []),
    (0, "洗衣液", "蓝月亮 深层洁净洗衣液 3kg×2瓶 薰衣草香", 8990, 12900, 1500, 45200, []),
    (0, "纸巾", "维达 超韧抽纸 3层130抽×24包 整箱", 5990, 7990, 900, 61000, []),
    (0, "坚果炒货", "三只松鼠 每日坚果 750g/30袋 混合果仁礼盒", 9990, 15900, 700, 38700, ["双11"]),
    (0, "饼干糕点", "良品铺子 手撕面包 1000g 早餐代餐整箱", 3990, 5990, 1200, 27400, []),
    (0, "面霜", "珀莱雅 红宝石面霜 50g 抗皱紧致 淡化细纹", 25900, 35900, 160, 9100, ["双11"]),
    (0, "洗发水", "阿道夫 精油洗发水 500ml×2 控油蓬松", 8900, 13800, 500, 18300, []),
    (0, "跑步鞋", "李宁 赤兔7 PRO 男款竞速跑鞋 轻量回弹", 49900, 59900, 60, 4300, []),
    (0, "运动套装", "安踏 运动套装男 秋冬加绒卫衣长裤两件套", 25900, 39900, 140, 5600, ["双11"]),
    (0, "羽绒服", "波司登 女款中长款羽绒服 90%白鸭绒 防风保暖", 89900, 129900, 45, 2100, ["新品"]),
    (0, "积木拼插", "乐高 城市系列 消防局 60320 6岁+ 儿童拼装玩具", 59900, 69900, 30, 1800, []),
    (1, "苹果", "烟台红富士苹果 5斤装 单果80mm+ 脆甜多汁", 3990, 5990, 400, 56300, ["产地直发"]),
    (1, "苹果", "阿克苏冰糖心苹果 10斤 新疆特级果", 6990, 9990, 260, 41200, ["产地直发", "双11"]),
    (1, "柑橘橙柚", "赣南脐橙 10斤装 大果 当季新鲜现摘", 4990, 6990, 320, 38900, ["产地直发"]),
    (1, "柑橘橙柚", "四川爱媛38号果冻橙 5斤 细嫩化渣", 3590, 4990, 5, 22700, ["限时特价"]),
    (1, "车厘子", "智利进口车厘子 JJ级 2斤礼盒装 顺丰冷链", 12900, 16900, 90, 13400, ["进口", "双11"]),
    (1, "坚果炒货", "新疆和田大红枣 2.5kg 六星特级 免洗即食", 6990, 9900, 0, 9800, ["产地直发"]),
    (1, "肉干肉脯", "靖江猪肉脯 500g 蜜汁原味 独立小包装", 4590, 6800, 450, 17600, []),
    (1, "大米", "五常稻花香大米 10kg 东北新米 当季现磨", 9900, 12900, 300, 20500, ["产地直发", "双11"]),
]
GENERATED_PRODUCTS = 290
FRUIT_SHOP_CATEGORIES = {"苹果", "柑橘橙柚", "车厘子", "肉干肉脯", "大米"}
# (name, input type, options, indexed, {linked level-3 category: the values its products take})
ATTRIBUTES = [
    ("材质", "option", ["不锈钢", "玻璃", "陶瓷", "铸铁", "塑料"], True,
     {"保温杯": ["不锈钢", "不锈钢", "玻璃"], "锅具": ["铸铁", "不锈钢"], "餐具": ["陶瓷", "玻璃", "塑料"]}),
    ("产地", "region", [], True, {"苹果": [], "柑橘橙柚": [], "大米": [], "食用油": []}),
    ("适用人群", "option", ["男", "女", "儿童", "通用"], True,
     {"T恤": ["男", "女", "通用"], "跑步鞋": ["男", "女"], "运动套装": ["男", "女"], "羽绒服": ["女", "男"]}),
    ("原产国", "country", ["智利", "新西兰", "荷兰", "中国"], True,
     {"车厘子": ["智利", "新西兰"], "婴幼儿奶粉": ["荷兰", "新西兰", "中国"]}),
    ("上市时间", "date", [], False, {"手机": ["2026-09-01", "2026-03-15"]}),
]
PARAMS = {
    "手机": [("主体", "品牌"), ("主体", "型号"), ("屏幕", "屏幕尺寸")],
    "大米": [("基本信息", "产地"), ("基本信息", "保质期"), ("基本信息", "储存方式")],
    "坚果炒货": [("基本信息", "品牌"), ("基本信息", "保质期"), ("基本信息", "储存方式")],
    "苹果": [("基本信息", "产地"), ("基本信息", "储存方式")],
}
REVIEWS = [
    (5, "颜值高，质量很好，物流很快，第二天就到了", ["很好看", "质量好", "物流快"]),
    (5, "性价比高，包装严实，会回购的", ["性价比高", "包装好"]),
    (4, "整体不错，就是发货稍微慢了一点", ["质量好"]),
    (5, "味道好，家里人都说好吃，客服热情", ["味道好", "服务好"]),
    (3, "一般般吧，和图片有点差距", []),
    (2, "不好看，做工一般，有点失望", []),
    (5, "尺码合适，做工精致，推荐购买", ["尺码合适", "做工精致"]),
]
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
            # two agents, so a conversation can be handed from one to the other (转接)
            for username, name in (("kefu1", "客服小美"), ("kefu2", "客服小丽")):
                await accounts.create_staff(platform, StaffIn(username=username, name=name, password="Kefu12345",
                                                              role_code="cs_agent", shop_id=shop.id))
    consumer_ids = await _seed_consumers()
    await _seed_catalog()
    shop_ids = [shop.id for shop in (await shops.list_shops(PLATFORM_READER, ShopQuery(page_size=10)))[0]][::-1]
    product_ids = await _seed_products(platform, shop_ids)
    await _seed_reviews(consumer_ids, product_ids)
    await _seed_media()
    await _seed_pages(platform, shop_ids, product_ids)
    await _seed_shipping(shop_ids)
    await _seed_coupons(platform, shop_ids, product_ids)
    await _seed_activities(platform, shop_ids, product_ids)
    return True


# (shop index, kind, title, the shop's curated products in scope by their place in its list (None:
# the whole shop), rules); a tier's ``gift`` is the place of the curated product whose SKU is given
ACTIVITIES = [
    (0, "full_reduction", "自营满减 满300减30", None,
     {"tiers": [{"threshold": 30000, "off": 3000}, {"threshold": 50000, "off": 6000}]}),
    (0, "full_discount", "日用囤货 满2件9折", [8, 9, 10, 11, 13],
     {"basis": "count", "tiers": [{"threshold": 2, "percent": 90}, {"threshold": 3, "percent": 85}]}),
    (0, "full_gift", "厨房电器 满199赠抽纸", [3, 4, 5],
     {"tiers": [{"threshold": 19900, "gift": 9, "gift_quantity": 1}]}),
    (1, "package_price", "鲜果任选3件99元", [0, 1, 2, 3],
     {"count": 3, "price": 9900}),
    (1, "full_reduction", "鲜果每满100减10", None,
     {"tiers": [{"threshold": 10000, "off": 1000}], "cyclic": True, "cap": 5000}),
]


async def _seed_activities(platform: Actor, shop_ids: list[int], product_ids: dict[int, list[int]]) -> None:
    """Running activities of every kind, so cards carry marks and checkout shows each discount."""
    starts = datetime.now(UTC) - timedelta(days=1)
    for shop, kind, title, places, rules in ACTIVITIES:
        scope = {"scope": "products", "product_ids": [product_ids[shop][i] for i in places]} if places else {}
        await promotions.create_activity(platform, ActivityIn(
            shop_id=shop_ids[shop], kind=kind, title=title, rules=await _gift_skus(platform, product_ids[shop], rules),
            starts_at=starts, ends_at=starts + timedelta(days=366), **scope))


async def _gift_skus(platform: Actor, shop_products: list[int], rules: dict) -> dict:
    """The rules with each tier's ``gift`` (a curated product's place) turned into its first SKU."""
    if "tiers" not in rules:
        return rules
    tiers = []
    for tier in rules["tiers"]:
        named = {key: value for key, value in tier.items() if key != "gift"}
        if "gift" in tier:
            product = await catalog.get_product_for(platform, shop_products[tier["gift"]])
            named["gift_sku_id"] = (await catalog.product_edit(product))["skus"][0].id
        tiers.append(named)
    return {**rules, "tiers": tiers}


async def _seed_shipping(shop_ids: list[int]) -> None:
    """Each shop's default shipping template: 8 元 for the first piece, 2 元 each further, free from
    99 元; the far west costs more and Hong Kong, Macau and Taiwan are not served."""
    far_west = RegionIn(provinces=["新疆维吾尔自治区", "西藏自治区"], first_units=1, first_fee=2000,
                        extra_units=1, extra_fee=1000)
    for shop_id in shop_ids:
        await fulfillment.create_template(shop_id, TemplateIn(
            name="全国包邮（满99元）", mode="pieces", is_default=True, free_over=9900,
            default_rate=RateIn(first_units=1, first_fee=800, extra_units=1, extra_fee=200), regions=[far_west],
            excluded_provinces=["香港特别行政区", "澳门特别行政区", "台湾省"]))


async def _seed_coupons(platform: Actor, shop_ids: list[int], product_ids: dict[int, list[int]]) -> None:
    """Coupons to claim (领券): two of the flagship store (one for its thermos cup only), one of the
    fruit shop valid for a fixed month, and two of the platform's, usable in every shop."""
    now = datetime.now(UTC)
    month = {"valid_days": None, "valid_from": now, "valid_until": now + timedelta(days=30)}
    issued = [
        (0, CouponTemplateIn(title="自营店满300减30", threshold=30000, off=3000, valid_days=15, total=1000,
                       claim_ends_at=now + timedelta(days=30))),
        (0, CouponTemplateIn(title="保温杯专享无门槛10元", threshold=0, off=1000, valid_days=7, total=200,
                       product_ids=[product_ids[0][6]], claim_ends_at=now + timedelta(days=30))),
        (1, CouponTemplateIn(title="鲜果坊满99减10", threshold=9900, off=1000, total=500, per_user_limit=2,
                       claim_ends_at=now + timedelta(days=25), **month)),
        (None, CouponTemplateIn(title="平台满200减20", threshold=20000, off=2000, valid_days=7, total=5000,
                          claim_ends_at=now + timedelta(days=30))),
        (None, CouponTemplateIn(title="平台无门槛5元", threshold=0, off=500, valid_days=3, total=2000,
                          claim_ends_at=now + timedelta(days=30))),
    ]
    for shop, template in issued:
        issuer = platform if shop is None else Actor(kind="staff", id=0, token_id=0, shop_id=shop_ids[shop])
        await coupons.create_template(issuer, template)


async def _already_seeded() -> bool:
    _, total = await shops.list_shops(PLATFORM_READER, ShopQuery(page_size=1))
    return total > 0


async def _seed_consumers() -> list[int]:
    user_ids = []
    for phone, nickname in CONSUMERS:
        await accounts.send_code(phone, "register", "127.0.0.1")
        code = runtime().sms.last_to(phone).params["code"]
        session = await accounts.register(
            RegisterIn(phone=phone, code=code, password=CONSUMER_PASSWORD, nickname=nickname), "demo-loader")
        user_ids.append(session["user"]["id"])
        if phone == CONSUMERS[0][0]:
            for name, tel, province, city, district, detail, tag in ADDRESSES:
                await members.create_address(session["user"]["id"], AddressIn(
                    name=name, phone=tel, province=province, city=city, district=district, detail=detail, tag=tag))
    return user_ids


async def _seed_catalog() -> None:
    for sort, (top, seconds) in enumerate(CATEGORIES.items()):
        level1 = await catalog.create_category(CategoryIn(name=top, sort=sort, icon=f"/media/demo/cat-{sort}.png"))
        for sort2, (second, thirds) in enumerate(seconds.items()):
            level2 = await catalog.create_category(CategoryIn(name=second, parent_id=level1.id, sort=sort2))
            for sort3, third in enumerate(thirds):
                await catalog.create_category(CategoryIn(name=third, parent_id=level2.id, sort=sort3,
                                                         icon=f"/media/demo/cat-{sort}.png"))
    for sort, (name, english, recommended) in enumerate(BRANDS):
        await catalog.create_brand(BrandIn(name=name, english_name=english, is_recommended=recommended, sort=sort))
    for name in demo_catalog.TAGS:
        await catalog.create_tag(TagIn(name=name))
    categories = {n["name"]: n["id"] for n in _flatten(await catalog.category_tree())}
    for name, input_type, options, indexed, linked in ATTRIBUTES:
        attribute = await catalog.create_attribute(AttributeIn(name=name, input_type=input_type, options=options,
                                                               is_indexed=indexed))
        for category in linked:
            current = [a.id for a in await catalog.category_attributes(categories[category])]
            await catalog.link_attributes(categories[category], [*current, attribute.id])
    for category, params in PARAMS.items():
        await catalog.replace_params(categories[category], [ParamIn(group=g, name=n, sort=i)
                                                            for i, (g, n) in enumerate(params)])


async def _seed_products(platform: Actor, shop_ids: list[int]) -> dict[int, list[int]]:
    """The hand-written products first (pages point at them), then generated ones across the tree;
    the platform approves them and pads sales so rankings look lived-in (销量注水)."""
    categories = {n["name"]: n["id"] for n in _flatten(await catalog.category_tree())}
    brands = {b.name: b.id for b in await catalog.list_brands()}
    attributes = {a.name: a for a in (await catalog.list_attributes(AttributeQuery(page_size=100)))[0]}
    made: dict[int, list[int]] = {}
    written = [(shop, _curated(number, category, title, price, original, stock, padded, tags))
               for number, (shop, category, title, price, original, stock, padded, tags)
               in enumerate(PRODUCTS, start=1)]
    written += [(_shop_for(sample), sample) for sample in demo_catalog.generate(GENERATED_PRODUCTS)]
    for position, (shop, sample) in enumerate(written):
        image = sample.image if isinstance(sample, _Curated) else f"/media/demo/{_generated_image(sample.category)}.png"
        product = await catalog.create_product(shop_ids[shop], ProductIn(
            title=sample.title, category_id=categories[sample.category], brand_id=brands.get(sample.brand or ""),
            images=[image], tags=sample.tags, specs=sample.specs, units=sample.units, skus=sample.skus,
            service_promise=demo_catalog.SERVICE_PROMISE[: 2 + position % 3], freight=0 if position % 4 else 800,
            description=f"<p>{sample.title}</p><p>产地直供，品质保障。</p>",
            params=_params(sample.category, sample), attributes=_attributes(sample, attributes),
            submit=True))
        if position >= len(PRODUCTS) and shop == 1 and position % 23 == 0:
            continue  # a few wait in the platform's audit queue
        if (await catalog.get_product_for(platform, product.id)).status == "pending":
            await catalog.fire_event(platform, product.id, "approve")
        await catalog.change_product(platform, product.id, ProductChange(padded_sales=sample.padded_sales))
        made.setdefault(shop, []).append(product.id)
    return made


async def _seed_reviews(consumer_ids: list[int], product_ids: dict[int, list[int]]) -> None:
    """Reviews on the shops' first products (the trade issue writes them from received orders)."""
    for index, product_id in enumerate(product_ids[0][:30] + product_ids[1][:20]):
        for turn in range(2 + index % 5):
            rating, content, tags = REVIEWS[(index + turn) % len(REVIEWS)]
            await reviews.create_review(consumer_ids[turn % len(consumer_ids)], ReviewIn(
                product_id=product_id, rating=rating, logistics_rating=5, content=content, tags=tags,
                images=[f"/media/demo/product-{1 + (index + turn) % len(PRODUCTS)}.png"] if turn % 3 == 0 else [],
                is_anonymous=turn == 3))


@dataclass
class _Curated:
    category: str
    title: str
    image: str
    tags: list[str]
    skus: list[dict]
    padded_sales: int
    brand: str | None = None
    specs: list[dict] = field(default_factory=list)
    units: list[dict] = field(default_factory=list)
    origin: str = ""


def _curated(number: int, category: str, title: str, price: int, original: int, stock: int, padded: int,
             tags: list[str]) -> _Curated:
    brand = next((name for name, _, _ in BRANDS if title.startswith(name)), None)
    return _Curated(category=category, title=title, image=f"/media/demo/product-{number}.png", tags=tags,
                    skus=[{"price": price, "original_price": original, "stock": stock}], padded_sales=padded,
                    brand=brand)


def _shop_for(sample: demo_catalog.Sample) -> int:
    """Bulk goods come from the supplier, fresh food from the fruit shop, the rest from the flagship store."""
    if sample.units:
        return 2
    return 1 if sample.category in FRUIT_SHOP_CATEGORIES else 0


def _generated_image(category: str) -> str:
    return f"product-k{list(demo_catalog.KINDS).index(category)}"


def _params(category: str, sample: object) -> list[dict]:
    values = {"品牌": getattr(sample, "brand", None) or "其他", "产地": getattr(sample, "origin", "") or "中国",
              "保质期": "12个月", "储存方式": "阴凉干燥处", "型号": "标准版", "屏幕尺寸": "6.8英寸"}
    return [{"group": group, "name": name, "value": values.get(name, "")} for group, name in PARAMS.get(category, [])]


def _attributes(sample: object, attributes: dict) -> list[dict]:
    chosen = []
    stable = zlib.crc32(sample.title.encode())  # hash() differs per process; the demo must not
    for name, _, _, _, linked in ATTRIBUTES:
        if sample.category in linked:
            values = linked[sample.category]
            named = [value for value in values if value in sample.title]  # 「不锈钢保温杯」 is steel
            pool = named or values
            value = pool[stable % len(pool)] if pool else getattr(sample, "origin", "") or "浙江"
            chosen.append({"id": attributes[name].id, "value": value})
    return chosen


def _flatten(nodes: list[dict]) -> list[dict]:
    return [n for node in nodes for n in (node, *_flatten(node["children"]))]


async def _seed_media() -> None:
    """Write every picture the templates and demo products point at, once."""
    storage = runtime().storage
    names = {m for doc in load_catalogue().templates.values() for m in _media_names(doc)}
    names |= {f"product-{n}" for n in range(1, len(PRODUCTS) + 1)} | {f"cat-{n}" for n in range(len(CATEGORIES))}
    names |= {_generated_image(category) for category in demo_catalog.KINDS}
    for name in sorted(names):
        key = f"demo/{name}.png"
        if not await storage.exists(key):
            await storage.put(key, placeholder_png(name), "image/png")


def _media_names(value: object) -> set[str]:
    text = json.dumps(value)
    return set(re.findall(r"/media/demo/([a-z0-9-]+)\.png", text))


async def _seed_pages(platform: Actor, shop_ids: list[int], product_ids: dict[int, list[int]]) -> None:
    """The platform home and each merchant's shop home, built from the templates and published."""
    home = await pages.create_page(platform, PageIn(key="home", kind="platform_home", title="商城首页",
                                                    template="platform_home"))
    await _publish_with_products(platform, home.id, product_ids[0][:3] + product_ids[1][:3])
    for index in (0, 1):
        merchant = Actor(kind="staff", id=0, token_id=0, role="merchant_admin",
                         permissions=frozenset({"pages:manage"}), shop_id=shop_ids[index], shop_kind="merchant")
        page = await pages.create_page(merchant, PageIn(key="home", kind="shop_home", title=SHOPS[index][1],
                                                        template="shop_home"))
        await _publish_with_products(merchant, page.id, product_ids[index][:4])
    b2b = await pages.create_page(platform, PageIn(key="b2b-home", kind="b2b_home", title="订货首页",
                                                   template="b2b_home"))
    await _publish_with_products(platform, b2b.id, product_ids[0][:4])


async def _publish_with_products(actor: Actor, page_id: int, ids: list[int]) -> None:
    """Point the template's hand-picked grids at real demo products, then publish."""
    detail = await pages.detail(await pages.get_page_for(actor, page_id))
    document = detail["document"]
    for section in document["sections"].values():
        if (section.get("source") or {}).get("kind") == "product_ids":
            section["source"]["ids"] = ids
    await pages.save_draft(actor, page_id, DraftIn(document=document))
    await pages.publish(actor, page_id)


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
