"""Excel import and export of products (PLT-6): one row per SKU, prices in 元.

Reading a sheet is pure (``parse_row`` turns cells into a ``ParsedRow`` or cell errors,
``group_rows`` turns rows into product drafts); only resolving names (category, brand, tag) and
writing touch the database. An import is all or nothing: every problem is reported by Excel row
and column, and one bad row means no product is written.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from itertools import product as combinations
from typing import Any

from openpyxl import Workbook, load_workbook
from pydantic import ValidationError

from backend.catalog.errors import CatalogError
from backend.catalog.models import Brand, Category, Sku, Tag
from backend.catalog.schemas import MAX_FEN, MAX_STOCK, ProductAdminQuery, ProductIn
from backend.catalog.service.products import admin_products, create_product
from backend.catalog.service.taxonomy import MAX_LEVEL
from backend.core.auth import Actor
from backend.core.db import transaction
from backend.core.errors import DomainError, Invalid
from backend.shops import service as shops

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_ROWS = 2_000
EXPORT_CAP = 10_000  # products per export file; the rest are left out (see ``export_products``)
EXPORT_PAGE = 500

C_ID, C_TITLE, C_SUBTITLE, C_CATEGORY, C_BRAND, C_TAGS, C_SPECS = (
    "商品ID", "商品名称", "副标题", "分类", "品牌", "标签", "规格")
C_CODE, C_BARCODE, C_PRICE, C_ORIGINAL, C_STOCK, C_WEIGHT, C_UNITS, C_STATUS, C_SHOP = (
    "SKU编码", "条码", "售价(元)", "原价(元)", "库存", "重量(克)", "单位", "状态", "店铺")
C_UNIT_PRICES, C_POINTS, C_POINTS_CASH, C_SKU_IMAGE, C_IMAGES, C_DESCRIPTION = (
    "各单位售价(元)", "积分", "积分加现金(元)", "SKU图片", "商品图片", "商品详情")
C_DESCRIPTION_MORE = "商品详情(续)"
# later columns were added after the first template: files made from that one still import
IMPORT_COLUMNS = [C_TITLE, C_SUBTITLE, C_CATEGORY, C_BRAND, C_TAGS, C_SPECS, C_CODE, C_BARCODE, C_PRICE,
                  C_ORIGINAL, C_STOCK, C_WEIGHT, C_UNITS, C_UNIT_PRICES, C_POINTS, C_POINTS_CASH, C_SKU_IMAGE,
                  C_IMAGES, C_DESCRIPTION, C_DESCRIPTION_MORE]
EXPORT_COLUMNS = [C_ID, *IMPORT_COLUMNS, C_STATUS]
REQUIRED_COLUMNS = (C_TITLE, C_PRICE)
# cells that describe the product, not the SKU: later rows of a product may leave them empty
PRODUCT_COLUMNS = (C_SUBTITLE, C_CATEGORY, C_BRAND, C_TAGS, C_UNITS, C_IMAGES, C_DESCRIPTION, C_DESCRIPTION_MORE)
LIST_SEPARATOR = "|"  # between unit prices and between image URLs (a line break also separates images)
MAX_IMAGES = 10
EXCEL_CELL_CHARS = 32_767  # Excel's limit for one cell

STATUS_LABELS = {"draft": "草稿", "pending": "待审核", "rejected": "审核驳回", "on_sale": "出售中",
                 "off_shelf": "已下架", "banned": "违规下架"}
TAG_SEPARATORS = ("、", ",", "，")
PATH_SEPARATOR = "/"


class ImportRejected(Invalid):
    """422 ``import_invalid``; ``rows`` lists every problem as ``{row, column, message}``."""

    def __init__(self, message: str, rows: list[dict[str, Any]] | None = None,
                 fields: dict[str, str] | None = None) -> None:
        super().__init__(CatalogError.import_invalid, message, fields)
        self.rows = rows or []

    def body(self) -> dict[str, Any]:
        return {**super().body(), "rows": self.rows}


@dataclass(frozen=True)
class CellError:
    row: int
    column: str
    message: str

    def as_dict(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "message": self.message}


@dataclass
class ParsedRow:
    row: int
    title: str
    subtitle: str = ""
    category: str = ""
    brand: str = ""
    tags: list[str] = field(default_factory=list)
    specs: list[tuple[str, str]] = field(default_factory=list)
    code: str = ""
    barcode: str = ""
    price: int = 0
    original_price: int = 0
    stock: int = 0
    weight: int = 0
    units: list[dict[str, Any]] = field(default_factory=list)
    unit_prices: list[int] = field(default_factory=list)
    points: int = 0
    points_cash: int = 0
    image: str = ""
    images: list[str] = field(default_factory=list)
    description: str = ""
    # which product-level cells this row filled in (later rows may leave them empty)
    filled: frozenset[str] = frozenset()


@dataclass
class ProductDraft:
    """One product as the sheet describes it, names still unresolved."""

    first_row: int
    title: str
    subtitle: str
    category: str
    brand: str
    tags: list[str]
    units: list[dict[str, Any]]
    specs: list[dict[str, Any]]
    rows: list[ParsedRow]
    images: list[str] = field(default_factory=list)
    description: str = ""


# --- cells → values (pure) ----------------------------------------------------------------------

def text(value: Any) -> str:
    """A cell as text: numbers typed into a code column (6901234567890) lose no digits and no ``.0``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def parse_money(value: Any) -> int:
    """元 with at most two decimals → fen, exactly (Decimal, never float arithmetic)."""
    if isinstance(value, bool):
        raise ValueError("金额必须是数字")
    raw = repr(value) if isinstance(value, float) else text(value)
    try:
        amount = Decimal(raw)
    except InvalidOperation:
        raise ValueError("金额必须是数字，如 12.50") from None
    if not amount.is_finite():
        raise ValueError("金额必须是数字，如 12.50")
    if amount < 0:
        raise ValueError("金额不能为负数")
    fen = amount * 100
    if fen != fen.to_integral_value():
        raise ValueError("金额最多两位小数")
    if fen > MAX_FEN:
        raise ValueError("金额过大")
    return int(fen)


def parse_count(value: Any, maximum: int = MAX_STOCK) -> int:
    """A whole, non-negative number (stock, grams)."""
    if isinstance(value, bool):
        raise ValueError("必须是整数")
    raw = repr(value) if isinstance(value, float) else text(value)
    try:
        number = Decimal(raw)
    except InvalidOperation:
        raise ValueError("必须是整数") from None
    if not number.is_finite() or number != number.to_integral_value():
        raise ValueError("必须是整数")
    if number < 0:
        raise ValueError("不能为负数")
    if number > maximum:
        raise ValueError(f"不能大于 {maximum}")
    return int(number)


def parse_specs(value: Any) -> list[tuple[str, str]]:
    """``颜色:红;尺码:L`` → [("颜色", "红"), ("尺码", "L")]; full-width ：； also accepted; empty → []."""
    raw = text(value).replace("；", ";").replace("：", ":")
    if not raw:
        return []
    pairs: list[tuple[str, str]] = []
    for part in raw.split(";"):
        if not part.strip():
            continue
        name, colon, spec_value = part.partition(":")
        name, spec_value = name.strip(), spec_value.strip()
        if not colon or not name or not spec_value or ":" in spec_value:
            raise ValueError("规格格式应为「规格名:规格值」，多个用分号隔开，如 颜色:红;尺码:L")
        if len(name) > 20 or len(spec_value) > 20:
            raise ValueError("规格名和规格值最多 20 个字")
        pairs.append((name, spec_value))
    names = [name for name, _ in pairs]
    if len(set(names)) != len(names):
        raise ValueError("同一行的规格名不能重复")
    if len(pairs) > 3:
        raise ValueError("最多 3 种规格")
    return pairs


def format_specs(names: list[str], values: list[str]) -> str:
    return ";".join(f"{name}:{value}" for name, value in zip(names, values, strict=False))


def parse_units(value: Any) -> list[dict[str, Any]]:
    """``个|包*20|箱*200`` → base unit first; empty → [] (the default unit 件)."""
    raw = text(value).replace("｜", "|").replace("×", "*").replace("＊", "*")
    if not raw:
        return []
    units = []
    for index, part in enumerate(raw.split("|")):
        name, star, factor = part.partition("*")
        name = name.strip()
        if not name or len(name) > 10:
            raise ValueError("单位格式应为 个|包*20|箱*200，单位名 1–10 个字")
        if index == 0 and star and factor.strip() != "1":
            raise ValueError("第一个单位是基本单位，不写换算数量")
        if index > 0:
            try:
                number = int(factor.strip())
            except ValueError:
                raise ValueError("大单位需写换算数量，如 包*20") from None
            if not 1 < number <= 1_000_000:
                raise ValueError("换算数量必须是大于 1 的整数")
        units.append({"name": name, "factor": 1 if index == 0 else number})
    if len(units) > 3:
        raise ValueError("最多 3 个单位")
    return units


def format_units(units: list[dict[str, Any]]) -> str:
    return "|".join(u["name"] if u["factor"] == 1 else f"{u['name']}*{u['factor']}" for u in units)


def parse_unit_prices(value: Any) -> list[int]:
    """``59.90|1437.60`` → one price per unit in fen, in the 单位 column's order; empty → [] (price × factor)."""
    raw = text(value).replace("｜", LIST_SEPARATOR)
    if not raw:
        return []
    prices = [parse_money(part.strip()) for part in raw.split(LIST_SEPARATOR)]
    if len(prices) > 3:
        raise ValueError("最多 3 个单位的价格")
    return prices


def format_unit_prices(prices: list[int]) -> str:
    return LIST_SEPARATOR.join(str(_yuan(price)) for price in prices)


def parse_images(value: Any) -> list[str]:
    """Image URLs separated by | or line breaks, the cover first."""
    raw = text(value).replace("\r", "\n").replace("\n", LIST_SEPARATOR)
    images = [part.strip() for part in raw.split(LIST_SEPARATOR) if part.strip()]
    if len(images) > MAX_IMAGES:
        raise ValueError(f"最多 {MAX_IMAGES} 张图片")
    if any(len(url) > 500 for url in images):
        raise ValueError("图片地址最多 500 个字符")
    return images


def split_tags(value: Any) -> list[str]:
    raw = text(value)
    for separator in TAG_SEPARATORS[1:]:
        raw = raw.replace(separator, TAG_SEPARATORS[0])
    return list(dict.fromkeys(t.strip() for t in raw.split(TAG_SEPARATORS[0]) if t.strip()))


def parse_row(row: int, cells: dict[str, Any]) -> tuple[ParsedRow | None, list[CellError]]:
    """One sheet row (header → cell value) → the parsed row, or every problem in it."""
    errors: list[CellError] = []

    def check(column: str, parse, *args):
        try:
            return parse(cells.get(column), *args)
        except ValueError as exc:
            errors.append(CellError(row, column, str(exc)))
            return None

    title = text(cells.get(C_TITLE))
    if not title:
        errors.append(CellError(row, C_TITLE, "商品名称必填"))
    elif not 2 <= len(title) <= 100:
        errors.append(CellError(row, C_TITLE, "商品名称 2–100 个字"))
    subtitle = text(cells.get(C_SUBTITLE))
    if len(subtitle) > 200:
        errors.append(CellError(row, C_SUBTITLE, "副标题最多 200 个字"))
    category, brand = text(cells.get(C_CATEGORY)), text(cells.get(C_BRAND))
    tags = split_tags(cells.get(C_TAGS))
    if len(tags) > 10 or any(len(t) > 10 for t in tags):
        errors.append(CellError(row, C_TAGS, "最多 10 个标签，每个最多 10 个字"))
    codes = {}
    for column in (C_CODE, C_BARCODE):
        codes[column] = text(cells.get(column))
        if len(codes[column]) > 40:
            errors.append(CellError(row, column, "最多 40 个字符"))
    if text(cells.get(C_PRICE)) == "":
        errors.append(CellError(row, C_PRICE, "售价必填"))
        price = None
    else:
        price = check(C_PRICE, parse_money)
    original = check(C_ORIGINAL, parse_money) if text(cells.get(C_ORIGINAL)) else 0
    stock = check(C_STOCK, parse_count, MAX_STOCK) if text(cells.get(C_STOCK)) else 0
    weight = check(C_WEIGHT, parse_count, 10**8) if text(cells.get(C_WEIGHT)) else 0
    specs = check(C_SPECS, parse_specs)
    units = check(C_UNITS, parse_units)
    unit_prices = check(C_UNIT_PRICES, parse_unit_prices)
    points = check(C_POINTS, parse_count, MAX_STOCK) if text(cells.get(C_POINTS)) else 0
    points_cash = check(C_POINTS_CASH, parse_money) if text(cells.get(C_POINTS_CASH)) else 0
    if points_cash and not points:
        errors.append(CellError(row, C_POINTS, "填写了积分加现金，积分必填"))
    images = check(C_IMAGES, parse_images)
    sku_image = text(cells.get(C_SKU_IMAGE))
    if len(sku_image) > 500:
        errors.append(CellError(row, C_SKU_IMAGE, "图片地址最多 500 个字符"))
    description = "".join("" if cells.get(column) is None else str(cells.get(column))
                          for column in (C_DESCRIPTION, C_DESCRIPTION_MORE))
    if len(description) > 50_000:
        errors.append(CellError(row, C_DESCRIPTION, "商品详情最多 50000 个字"))
    if errors:
        return None, errors
    filled = frozenset(column for column in PRODUCT_COLUMNS if text(cells.get(column)))
    return ParsedRow(row=row, title=title, subtitle=subtitle, category=category, brand=brand, tags=tags,
                     specs=specs, code=codes[C_CODE], barcode=codes[C_BARCODE], price=price,
                     original_price=original, stock=stock, weight=weight, units=units, unit_prices=unit_prices,
                     points=points, points_cash=points_cash, image=sku_image, images=images,
                     description=description, filled=filled), []


def group_rows(rows: list[ParsedRow]) -> tuple[list[ProductDraft], list[CellError]]:
    """Rows with the same title (consecutive or not) are one product; its 规格 cells define the specs.

    Product cells (副标题, 分类, 品牌, 标签, 单位) come from the product's first row; a later row may
    leave them empty or repeat them, but not contradict them. Every spec combination needs exactly
    one row, and SKU codes are unique across the file.
    """
    errors: list[CellError] = []
    by_title: dict[str, list[ParsedRow]] = {}
    for parsed in rows:
        by_title.setdefault(parsed.title, []).append(parsed)
    drafts = []
    code_rows: dict[str, int] = {}
    for parsed in rows:
        if parsed.code:
            if parsed.code in code_rows:
                errors.append(CellError(parsed.row, C_CODE, f"SKU 编码与第 {code_rows[parsed.code]} 行重复"))
            else:
                code_rows[parsed.code] = parsed.row
    for title, group in by_title.items():
        first = group[0]
        product_errors = []
        for later in group[1:]:
            for column, attribute in ((C_SUBTITLE, "subtitle"), (C_CATEGORY, "category"), (C_BRAND, "brand"),
                                      (C_TAGS, "tags"), (C_UNITS, "units"), (C_IMAGES, "images"),
                                      (C_DESCRIPTION, "description")):
                filled = column in later.filled or (column == C_DESCRIPTION and C_DESCRIPTION_MORE in later.filled)
                if filled and getattr(later, attribute) != getattr(first, attribute):
                    product_errors.append(CellError(later.row, column, f"与第 {first.row} 行（同一商品）不一致"))
        names = [name for name, _ in first.specs]
        values: list[list[str]] = [[] for _ in names]
        seen: dict[tuple[str, ...], int] = {}
        for parsed in group:
            if [name for name, _ in parsed.specs] != names:
                expected = "、".join(names) if names else "空（单规格商品）"
                product_errors.append(CellError(parsed.row, C_SPECS,
                                                f"规格名与第 {first.row} 行不一致，应为：{expected}"))
                continue
            combination = tuple(value for _, value in parsed.specs)
            if combination in seen:
                what = "单规格商品只能有一行" if not names else "规格组合重复"
                product_errors.append(CellError(parsed.row, C_SPECS, f"{what}（与第 {seen[combination]} 行）"))
                continue
            seen[combination] = parsed.row
            for index, value in enumerate(combination):
                if value not in values[index]:
                    values[index].append(value)
        if not product_errors and names:
            missing = [combo for combo in combinations(*values) if combo not in seen]
            if missing:
                shown = "、".join(format_specs(names, list(combo)) for combo in missing[:3])
                product_errors.append(CellError(first.row, C_SPECS, f"缺少规格组合：{shown}"
                                                + (" 等" if len(missing) > 3 else "")))
        if product_errors:
            errors += product_errors
            continue
        order = {combo: index for index, combo in enumerate(combinations(*values))} if names else {}
        ordered = sorted(group, key=lambda r: order.get(tuple(v for _, v in r.specs), 0))
        drafts.append(ProductDraft(
            first_row=first.row, title=title, subtitle=first.subtitle, category=first.category, brand=first.brand,
            tags=first.tags, units=first.units, images=first.images, description=first.description,
            specs=[{"name": name, "values": values[index]} for index, name in enumerate(names)], rows=ordered))
    return drafts, errors


def product_input(draft: ProductDraft, category_id: int | None, brand_id: int | None, submit: bool) -> dict:
    """The ``ProductIn`` body the edit page would send for this draft (prices in fen)."""
    return {
        "title": draft.title, "subtitle": draft.subtitle, "category_id": category_id, "brand_id": brand_id,
        "tags": draft.tags, "units": draft.units, "specs": draft.specs, "submit": submit,
        "images": draft.images, "description": draft.description,
        "skus": [{"spec_values": [value for _, value in r.specs], "price": r.price,
                  "original_price": r.original_price, "stock": r.stock, "code": r.code, "barcode": r.barcode,
                  "weight": r.weight, "unit_prices": r.unit_prices, "points": r.points,
                  "points_cash": r.points_cash, "image": r.image} for r in draft.rows],
    }


# --- reading the workbook -----------------------------------------------------------------------

def read_sheet(content: bytes, filename: str = "") -> list[tuple[int, dict[str, Any]]]:
    """The first sheet's data rows as (Excel row number, header → value); empty rows skipped."""
    if len(content) > MAX_FILE_BYTES:
        raise ImportRejected("文件不能超过 5 MB", fields={"file": "文件不能超过 5 MB"})
    if (filename and not filename.lower().endswith(".xlsx")) or not zipfile.is_zipfile(io.BytesIO(content)):
        raise ImportRejected("请上传 .xlsx 格式的 Excel 文件", fields={"file": "请上传 .xlsx 文件"})
    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds for a damaged or foreign zip
        raise ImportRejected("文件无法读取，请上传 .xlsx 格式的 Excel 文件", fields={"file": "文件无法读取"}) from None
    try:
        sheet = workbook.worksheets[0]
        lines = sheet.iter_rows(values_only=True)
        header = [text(cell) for cell in next(lines, ())]
        if missing := [column for column in REQUIRED_COLUMNS if column not in header]:
            rows = [CellError(1, column, "缺少该列，请使用导入模板").as_dict() for column in missing]
            raise ImportRejected("表头不正确，请使用导入模板", rows)
        index = {name: position for position, name in enumerate(header) if name in IMPORT_COLUMNS}
        found = []
        for number, line in enumerate(lines, start=2):
            if not any(text(cell) for cell in line):
                continue
            if len(found) >= MAX_ROWS:
                raise ImportRejected(f"每个文件最多 {MAX_ROWS} 行商品数据，请分批导入",
                                     fields={"file": f"最多 {MAX_ROWS} 行"})
            found.append((number, {name: line[pos] if pos < len(line) else None for name, pos in index.items()}))
    finally:
        workbook.close()
    if not found:
        raise ImportRejected("文件中没有商品数据", fields={"file": "没有商品数据"})
    return found


# --- import -------------------------------------------------------------------------------------

def rejection(errors: list[CellError]) -> ImportRejected:
    errors = sorted(set(errors), key=lambda e: (e.row, IMPORT_COLUMNS.index(e.column)
                                                if e.column in IMPORT_COLUMNS else 99, e.message))
    where = f"第 {errors[0].row} 行" + (f"等 {len(errors)} 处" if len(errors) > 1 else "")
    return ImportRejected(f"{where}有误，未导入任何商品", [e.as_dict() for e in errors])


async def _category_paths(leaves_only: bool = False) -> dict[int, tuple[str, ...]]:
    """Every category's name path from level 1 (one statement; the tree is small)."""
    rows = await Category.all().values_list("id", "parent_id", "name", "level")
    parents = {cid: (parent, name) for cid, parent, name, _ in rows}
    leaves = {cid for cid, _, _, level in rows if level == MAX_LEVEL}
    paths: dict[int, tuple[str, ...]] = {}
    for cid in parents:
        names, current, guard = [], cid, 0
        while current in parents and guard < 5:
            parent, name = parents[current]
            names.append(name)
            current, guard = parent, guard + 1
        paths[cid] = tuple(reversed(names))
    return {cid: path for cid, path in paths.items() if cid in leaves} if leaves_only else paths


async def _resolve(drafts: list[ProductDraft], shop_id: int) -> tuple[dict, dict, set[str]]:
    """Names → ids in three statements: leaf categories by path or name, approved brands, enabled tags."""
    paths = await _category_paths(leaves_only=True)
    by_name: dict[str, list[int]] = {}
    for cid, path in paths.items():
        by_name.setdefault(PATH_SEPARATOR.join(path), []).append(cid)
        by_name.setdefault(path[-1], []).append(cid)
    brand_names = {d.brand for d in drafts if d.brand}
    brands = dict(await Brand.filter(name__in=brand_names, status="approved").values_list("name", "id")) \
        if brand_names else {}
    tag_names = {t for d in drafts for t in d.tags}
    tags = set(await Tag.filter(name__in=tag_names, is_enabled=True).values_list("name", flat=True)) \
        if tag_names else set()
    return by_name, brands, tags


FIELD_COLUMNS = {"title": C_TITLE, "subtitle": C_SUBTITLE, "category_id": C_CATEGORY, "brand_id": C_BRAND,
                 "tags": C_TAGS, "specs": C_SPECS, "units": C_UNITS, "images": C_IMAGES,
                 "description": C_DESCRIPTION}
SKU_FIELD_COLUMNS = {"price": C_PRICE, "original_price": C_ORIGINAL, "stock": C_STOCK, "code": C_CODE,
                     "barcode": C_BARCODE, "weight": C_WEIGHT, "spec_values": C_SPECS, "unit_prices": C_UNIT_PRICES,
                     "points": C_POINTS, "points_cash": C_POINTS_CASH, "image": C_SKU_IMAGE}


def _column_of(path: str) -> str:
    parts = path.split(".")
    if parts[0] == "skus" and len(parts) > 2:
        return SKU_FIELD_COLUMNS.get(parts[2], C_SPECS)
    if parts[0] == "skus":
        return C_SPECS
    return FIELD_COLUMNS.get(parts[0], C_TITLE)


def _draft_row(draft: ProductDraft, path: str) -> int:
    """The row a field error points at: the SKU's own row for ``skus.N.…``, else the product's first."""
    parts = path.split(".")
    if parts[0] == "skus" and len(parts) > 1 and parts[1].isdigit() and int(parts[1]) < len(draft.rows):
        return draft.rows[int(parts[1])].row
    return draft.first_row


def _product_error(draft: ProductDraft, exc: DomainError) -> CellError:
    """The service refused the product: point at the SKU's row when it names one, else the first row."""
    if exc.code == CatalogError.sku_code_taken:
        for parsed in draft.rows:
            if parsed.code and parsed.code in exc.message:
                return CellError(parsed.row, C_CODE, exc.message)
        return CellError(draft.first_row, C_CODE, exc.message)
    path = next(iter(exc.fields), "")
    return CellError(_draft_row(draft, path), _column_of(path), exc.message)


async def import_products(shop_id: int, content: bytes, actor: Actor, *, filename: str = "",
                          submit: bool = False) -> dict[str, int]:
    """Import a sheet into the shop: all products or none. Products are drafts, or submitted for audit."""
    errors: list[CellError] = []
    parsed_rows = []
    for number, cells in read_sheet(content, filename):
        parsed, problems = parse_row(number, cells)
        errors += problems
        if parsed:
            parsed_rows.append(parsed)
    drafts, problems = group_rows(parsed_rows)
    errors += problems
    by_name, brands, tags = await _resolve(drafts, shop_id)
    bodies = []
    for draft in drafts:
        before = len(errors)
        category_id = brand_id = None
        if draft.category:
            found = by_name.get(draft.category.replace(" / ", PATH_SEPARATOR), [])
            if not found:
                errors.append(CellError(draft.first_row, C_CATEGORY, f"分类「{draft.category}」不存在或不是三级分类"))
            elif len(found) > 1:
                errors.append(CellError(draft.first_row, C_CATEGORY, "有多个同名分类，请写完整路径，如 家居/厨具/水杯"))
            else:
                category_id = found[0]
        if draft.brand:
            brand_id = brands.get(draft.brand)
            if brand_id is None:
                errors.append(CellError(draft.first_row, C_BRAND, f"品牌「{draft.brand}」不存在或未通过审核"))
        if unknown := [t for t in draft.tags if t not in tags]:
            errors.append(CellError(draft.first_row, C_TAGS, f"标签不存在或已停用：{'、'.join(unknown)}"))
        if len(errors) == before:
            bodies.append((draft, product_input(draft, category_id, brand_id, submit)))
    if errors:
        raise rejection(errors)
    skus = 0
    async with transaction():
        for draft, body in bodies:
            try:
                data = ProductIn.model_validate(body)
                await create_product(shop_id, data, actor)
                skus += len(data.skus)
            except ValidationError as exc:
                for item in exc.errors():
                    path = ".".join(str(p) for p in item["loc"])
                    message = str(item.get("ctx", {}).get("error", item["msg"]))
                    errors.append(CellError(_draft_row(draft, path), _column_of(path), message))
            except DomainError as exc:
                errors.append(_product_error(draft, exc))
        if errors:
            raise rejection(errors)  # leaving the transaction by an exception rolls every product back
    return {"imported": len(bodies), "skus": skus}


# --- export and template ------------------------------------------------------------------------

def _yuan(fen: int) -> Decimal:
    return Decimal(fen).scaleb(-2).quantize(Decimal("0.01"))


def _description_cells(description: str) -> list[str]:
    """The description over two cells, each within Excel's limit (a description holds at most 50,000)."""
    return [description[:EXCEL_CELL_CHARS], description[EXCEL_CELL_CHARS:]]


def _workbook_bytes(workbook: Workbook) -> bytes:
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


async def export_products(actor: Actor, query: ProductAdminQuery) -> tuple[bytes, bool]:
    """One row per SKU of the products the list shows; (xlsx bytes, whether the cap cut it short).

    Statements: one for the category tree, then per page of 500 products one each for the
    products, their SKUs, brands and (platform) shops; at most ``EXPORT_CAP`` products.
    """
    platform = actor.is_platform
    columns = [*EXPORT_COLUMNS, C_SHOP] if platform else EXPORT_COLUMNS
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("商品")
    sheet.append(columns)
    paths = await _category_paths()
    base, last_id, written, truncated = admin_products(actor, query), 0, 0, False
    while True:
        page = await base.filter(id__gt=last_id).order_by("id").limit(min(EXPORT_PAGE, EXPORT_CAP - written + 1))
        if written + len(page) > EXPORT_CAP:
            page, truncated = page[:EXPORT_CAP - written], True
        if not page:
            break
        last_id, written = page[-1].id, written + len(page)
        ids = [p.id for p in page]
        skus: dict[int, list[Sku]] = {}
        for sku in await Sku.filter(product_id__in=ids).order_by("product_id", "position", "id"):
            skus.setdefault(sku.product_id, []).append(sku)
        brand_ids = {p.brand_id for p in page if p.brand_id}
        brands = dict(await Brand.filter(id__in=brand_ids).values_list("id", "name")) if brand_ids else {}
        shop_names = ({sid: s.name for sid, s in (await shops.shops_by_id({p.shop_id for p in page})).items()}
                      if platform else {})
        for p in page:
            spec_names = [spec["name"] for spec in p.specs]
            multi_unit = len(p.units or []) > 1
            for position, sku in enumerate(skus.get(p.id, [])):
                first = position == 0  # images and the description once per product: the file stays small
                line = [p.id, p.title, p.subtitle, PATH_SEPARATOR.join(paths.get(p.category_id, ())),
                        brands.get(p.brand_id, ""), TAG_SEPARATORS[0].join(p.tags),
                        format_specs(spec_names, sku.spec_values), sku.code, sku.barcode, _yuan(sku.price),
                        _yuan(sku.original_price), sku.stock, sku.weight, format_units(p.units or []),
                        format_unit_prices(sku.unit_prices) if multi_unit else "", sku.points or "",
                        _yuan(sku.points_cash) if sku.points_cash else "", sku.image,
                        LIST_SEPARATOR.join(p.images or []) if first else "",
                        *(_description_cells(p.description or "") if first else ["", ""]),
                        STATUS_LABELS.get(p.status, p.status)]
                sheet.append([*line, shop_names.get(p.shop_id, "")] if platform else line)
        if truncated or len(page) < EXPORT_PAGE:
            break
    return _workbook_bytes(workbook), truncated


GUIDE = [
    ("列", "说明"),
    (C_TITLE, "必填，2–100 个字。名称相同的多行（不必相邻）是同一商品的多个 SKU。"),
    (C_SUBTITLE, "选填，最多 200 个字。同一商品只需在第一行填写。"),
    (C_CATEGORY, "选填，三级分类：完整路径（如 家居/厨具/水杯）或三级分类名称（重名时须写完整路径）。"),
    (C_BRAND, "选填，已通过审核的品牌名称。"),
    (C_TAGS, "选填，平台已启用的标签，多个用顿号「、」隔开，如 新品、包邮。"),
    (C_SPECS, "多规格商品必填，格式「规格名:规格值」，多个规格用分号隔开，如 颜色:红;尺码:L。"
              "同一商品每行的规格名相同，每个规格组合恰好一行。单规格商品留空且只占一行。"),
    (C_CODE, "选填，最多 40 个字符，本店内不能重复。"),
    (C_BARCODE, "选填，最多 40 个字符。"),
    (C_PRICE, "必填，单位元，最多两位小数，如 12.50。"),
    (C_ORIGINAL, "选填，划线价，单位元，最多两位小数。"),
    (C_STOCK, "选填，整数，按基本单位计，默认 0。"),
    (C_WEIGHT, "选填，整数，单位克。"),
    (C_UNITS, "选填，基本单位在前，大单位写换算数量，用竖线隔开，如 个|包*20|箱*200；留空为「件」。"),
    (C_UNIT_PRICES, "选填，多单位商品每个单位的售价（元），按单位顺序用竖线隔开，如 2.50|48.00|450.00，"
                    "第一个须等于售价；留空则按售价 × 换算数量。"),
    (C_POINTS, "选填，积分价：只填积分为纯积分兑换，同时填「积分加现金」为积分 + 现金。"),
    (C_POINTS_CASH, "选填，积分兑换时另付的现金（元），需同时填写积分。"),
    (C_SKU_IMAGE, "选填，该 SKU 的图片地址。"),
    (C_IMAGES, f"选填，商品图片地址，第一张为封面，多张用竖线「|」或换行隔开，最多 {MAX_IMAGES} 张。"
               "同一商品只需在第一行填写。"),
    (C_DESCRIPTION, "选填，商品详情（可含 HTML），最多 50000 字。同一商品只需在第一行填写。"),
    (C_DESCRIPTION_MORE, f"选填，一个 Excel 单元格最多 {EXCEL_CELL_CHARS} 字：更长的详情接着写在这一列。"),
    ("其他", f"第 1 行为表头，请勿修改；每个文件最多 {MAX_ROWS} 行、5 MB。任何一行有误时不会导入任何商品，"
            "请按提示的行号和列修改后重新上传。导入的商品为草稿，勾选「导入后提交审核」则直接提交审核。"),
]
EXAMPLE = ["保温杯 500ml", "316 不锈钢内胆", "家居/厨具/水杯", "", "", "颜色:红", "CUP-500-R", "6901234567890",
           "59.90", "79.00", 100, 350, "个|箱*24", "59.90|1399.00", "", "", "",
           "https://img.example.com/cup-1.jpg|https://img.example.com/cup-2.jpg", "<p>真空保温 12 小时</p>", ""]


def import_template() -> bytes:
    """The header row and one example row, and a 说明 sheet explaining every column."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "商品"
    sheet.append(IMPORT_COLUMNS)
    sheet.append(EXAMPLE)
    for cell in sheet[1]:
        sheet.column_dimensions[cell.column_letter].width = max(12, len(cell.value) * 2 + 4)
    guide = workbook.create_sheet("说明")
    for line in GUIDE:
        guide.append(line)
    guide.column_dimensions["A"].width = 14
    guide.column_dimensions["B"].width = 100
    return _workbook_bytes(workbook)


def export_filename(prefix: str = "products") -> str:
    return f"{prefix}-{datetime.now(UTC):%Y%m%d-%H%M%S}.xlsx"
