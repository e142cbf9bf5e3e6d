"""Real-looking Chinese products for the demo and the benchmarks: titles, specs, units, prices.

``generate`` is deterministic for a seed, so the demo is the same on every install and the
benchmark's 100,000 SKUs are the same on every run.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field

COLOURS = ["黑色", "白色", "灰色", "藏青", "卡其", "酒红", "雾霾蓝", "奶油白"]
CLOTHING_SIZES = ["S", "M", "L", "XL", "XXL"]
SHOE_SIZES = ["38", "39", "40", "41", "42", "43"]
MODIFIERS = ["新款", "精选", "家用", "加厚", "升级款", "经典款", "大容量", "轻奢", "便携", "旗舰款", "网红", "正品"]
ORIGINS = ["山东", "新疆", "云南", "四川", "浙江", "广东", "福建", "黑龙江", "海南", "陕西"]


@dataclass(frozen=True)
class Kind:
    """How products of one level-3 category look: what they are called and how they vary."""

    nouns: tuple[str, ...]
    sizes: tuple[str, ...]
    price: tuple[int, int]  # yuan, low and high
    specs: str = "size"  # size | clothing | shoes | phone | none
    brands: tuple[str, ...] = ()
    bulk: bool = False  # sold by the piece, pack and case too (B2B-1)
    local: bool = False  # produce: named after where it grows (「赣南脐橙」, 「山东 红富士苹果」)


KINDS: dict[str, Kind] = {
    "苹果": Kind(("红富士苹果", "冰糖心苹果", "嘎啦苹果", "花牛苹果"), ("5斤装", "10斤装", "礼盒装"), (29, 99),
                local=True),
    "柑橘橙柚": Kind(("赣南脐橙", "沃柑", "丑橘", "红心柚"), ("5斤装", "10斤装"), (25, 79), local=True),
    "车厘子": Kind(("智利车厘子", "美早樱桃", "大连樱桃"), ("1斤装", "2斤礼盒", "5斤装"), (69, 299), local=True),
    "坚果炒货": Kind(("每日坚果", "夏威夷果", "碧根果", "开心果", "巴旦木"), ("500g", "750g", "1kg"), (29, 129),
                    brands=("三只松鼠", "良品铺子"), bulk=True),
    "饼干糕点": Kind(("手撕面包", "苏打饼干", "蛋黄酥", "沙琪玛"), ("500g", "1kg", "整箱"), (15, 69),
                    brands=("良品铺子",), bulk=True),
    "肉干肉脯": Kind(("猪肉脯", "牛肉干", "鸭脖"), ("200g", "500g"), (25, 99), brands=("三只松鼠",)),
    "大米": Kind(("五常大米", "稻花香大米", "泰国香米"), ("5kg", "10kg"), (39, 139), bulk=True),
    "食用油": Kind(("花生油", "菜籽油", "橄榄油", "玉米油"), ("1.8L", "5L"), (39, 199), bulk=True),
    "酱油醋": Kind(("生抽酱油", "老抽", "香醋", "蚝油"), ("500ml", "1.28L"), (9, 39), bulk=True),
    "手机": Kind(("5G手机", "智能手机", "折叠屏手机"), ("8GB+256GB", "12GB+256GB", "12GB+512GB", "16GB+1TB"),
                (1299, 12999), specs="phone", brands=("华为", "小米", "苹果")),
    "手机壳膜": Kind(("手机壳", "钢化膜", "磁吸手机壳"), ("适用Mate70", "适用iPhone16", "适用小米15"), (9, 59),
                    bulk=True),
    "充电器": Kind(("氮化镓充电器", "快充头", "充电宝", "数据线"), ("20W", "65W", "100W"), (29, 199),
                  brands=("华为", "小米")),
    "电饭煲": Kind(("IH电饭煲", "智能电饭煲", "迷你电饭煲"), ("2L", "3L", "4L", "5L"), (159, 899),
                  brands=("美的", "九阳")),
    "破壁机": Kind(("破壁机", "豆浆机", "料理机"), ("1.2L", "1.75L"), (199, 1299), brands=("九阳", "美的")),
    "空气炸锅": Kind(("空气炸锅", "可视空气炸锅"), ("4.5L", "6L", "8L"), (199, 699), brands=("美的", "九阳", "飞利浦")),
    "连衣裙": Kind(("碎花连衣裙", "针织连衣裙", "法式连衣裙"), (), (129, 599), specs="clothing"),
    "T恤": Kind(("纯棉T恤", "短袖T恤", "长袖打底衫"), (), (39, 199), specs="clothing", brands=("李宁", "安踏")),
    "羽绒服": Kind(("羽绒服", "轻薄羽绒服", "长款羽绒服"), (), (399, 1999), specs="clothing"),
    "跑步鞋": Kind(("跑步鞋", "竞速跑鞋", "缓震跑鞋"), (), (299, 1099), specs="shoes", brands=("李宁", "安踏")),
    "运动套装": Kind(("运动套装", "卫衣套装", "速干套装"), (), (159, 599), specs="clothing", brands=("李宁", "安踏")),
    "洗衣液": Kind(("洗衣液", "洗衣凝珠", "内衣洗衣液"), ("1kg", "3kg", "整箱"), (19, 99), brands=("蓝月亮",),
                  bulk=True),
    "纸巾": Kind(("抽纸", "卷纸", "湿巾"), ("12包", "24包", "整箱"), (19, 79), bulk=True),
    "保温杯": Kind(("保温杯", "焖烧杯", "儿童保温杯"), ("350ml", "480ml", "750ml"), (59, 299)),
    "锅具": Kind(("不粘炒锅", "铸铁锅", "汤锅"), ("26cm", "30cm", "32cm"), (99, 599)),
    "餐具": Kind(("陶瓷碗", "餐具套装", "筷子"), ("4件套", "10件套"), (19, 199), bulk=True),
    "面霜": Kind(("保湿面霜", "抗皱面霜", "修护面霜"), ("30g", "50g"), (99, 699), brands=("欧莱雅",)),
    "精华": Kind(("精华液", "玻尿酸精华", "烟酰胺精华"), ("30ml", "50ml"), (129, 899), brands=("欧莱雅",)),
    "面膜": Kind(("补水面膜", "睡眠面膜", "清洁泥膜"), ("10片", "20片"), (49, 199), brands=("欧莱雅",)),
    "洗发水": Kind(("洗发水", "控油洗发水", "去屑洗发水"), ("400ml", "500ml×2"), (29, 129), bulk=True),
    "护发素": Kind(("护发素", "发膜"), ("400ml", "500ml"), (29, 99)),
    "婴幼儿奶粉": Kind(("婴幼儿奶粉", "有机奶粉"), ("1段 800g", "2段 800g", "3段 800g"), (199, 499)),
    "米粉": Kind(("婴儿米粉", "高铁米粉"), ("225g", "450g"), (39, 99)),
    "积木拼插": Kind(("拼装积木", "城市系列积木", "机械积木"), ("300颗粒", "800颗粒"), (99, 999)),
    "益智玩具": Kind(("磁力片", "早教拼图", "益智桌游"), ("基础款", "豪华款"), (39, 299)),
}
TAGS = ["新品", "热卖", "双11", "限时特价", "产地直发", "进口", "分期免息", "包邮"]
SERVICE_PROMISE = ["七天无理由退货", "正品保障", "极速退款", "运费险"]
BULK_UNITS = [{"name": "件", "factor": 1}, {"name": "包", "factor": 10}, {"name": "箱", "factor": 100}]


@dataclass
class Sample:
    """One generated product, in the shape ``ProductIn`` accepts (prices in fen)."""

    category: str
    title: str
    brand: str | None
    tags: list[str]
    specs: list[dict]
    skus: list[dict]
    units: list[dict] = field(default_factory=list)
    padded_sales: int = 0
    origin: str = ""


def _spec_axes(kind: Kind, rng: random.Random) -> list[dict]:
    if kind.specs == "clothing":
        return [{"name": "颜色", "values": rng.sample(COLOURS, 3)}, {"name": "尺码", "values": CLOTHING_SIZES[:4]}]
    if kind.specs == "shoes":
        return [{"name": "颜色", "values": rng.sample(COLOURS, 2)}, {"name": "尺码", "values": SHOE_SIZES}]
    if kind.specs == "phone":
        return [{"name": "颜色", "values": rng.sample(COLOURS, 3)}, {"name": "版本", "values": list(kind.sizes)}]
    if kind.sizes and rng.random() < 0.7:
        return [{"name": "规格", "values": rng.sample(list(kind.sizes), rng.randint(2, len(kind.sizes)))}]
    return []


def _combinations(specs: list[dict]) -> list[list[str]]:
    combos: list[list[str]] = [[]]
    for spec in specs:
        combos = [[*combo, value] for combo in combos for value in spec["values"]]
    return combos


def _skus(specs: list[dict], base_yuan: int, units: list[dict], rng: random.Random, code: str) -> list[dict]:
    skus = []
    for position, values in enumerate(_combinations(specs)):
        price = (base_yuan + position * rng.randint(0, max(base_yuan // 20, 1))) * 100 - rng.choice((0, 1, 10))
        stock = 0 if rng.random() < 0.08 else rng.randint(1, 500)
        skus.append({"spec_values": values, "price": price, "original_price": price * rng.choice((12, 13, 15)) // 10,
                     "stock": stock * (units[-1]["factor"] if units else 1), "code": f"{code}-{position + 1}",
                     "unit_prices": [price * unit["factor"] * (100 - index * 3) // 100
                                     for index, unit in enumerate(units)] if units else []})
    return skus


def generate(count: int, seed: int = 7, categories: list[str] | None = None) -> Iterator[Sample]:
    """``count`` products spread over the categories (all of ``KINDS`` by default), round robin."""
    rng = random.Random(seed)
    names = categories or list(KINDS)
    for number in range(count):
        category = names[number % len(names)]
        kind = KINDS[category]
        brand = rng.choice(kind.brands) if kind.brands and rng.random() < 0.8 else None
        origin = rng.choice(ORIGINS)
        lead = brand or (origin if kind.local else "")
        specs = _spec_axes(kind, rng)
        size = "" if specs or not kind.sizes else f" {rng.choice(kind.sizes)}"
        title = f"{lead} {rng.choice(MODIFIERS)}{rng.choice(kind.nouns)}{size}".strip()
        units = BULK_UNITS if kind.bulk and rng.random() < 0.5 else []
        yield Sample(category=category, title=title[:100], brand=brand,
                     tags=rng.sample(TAGS, rng.randint(0, 2)), specs=specs, units=units,
                     skus=_skus(specs, rng.randint(*kind.price), units, rng, f"G{seed}{number:06d}"),
                     padded_sales=int(rng.paretovariate(1.2) * 40), origin=origin)
