"""Excel import and export of products (PLT-6): row parsing as pure functions, then the three endpoints."""

from __future__ import annotations

import io

import pytest
from openpyxl import Workbook, load_workbook

from backend.catalog.service import excel
from backend.catalog.service.excel import (
    C_CATEGORY,
    C_PRICE,
    C_SPECS,
    C_TITLE,
    IMPORT_COLUMNS,
    CellError,
    group_rows,
    parse_money,
    parse_row,
    parse_specs,
    parse_units,
)

pytestmark = pytest.mark.feature("PLT-6")

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def cells(**values) -> dict:
    names = {"title": C_TITLE, "price": C_PRICE, "specs": C_SPECS, "category": C_CATEGORY}
    return {names.get(k, k): v for k, v in values.items()}


def parsed(row: int, title: str, specs: str = "", price: str = "1", **more):
    result, errors = parse_row(row, cells(title=title, specs=specs, price=price, **more))
    assert errors == [], errors
    return result


# --- pure: cells → values -----------------------------------------------------------------------

class TestParseMoney:
    @pytest.mark.parametrize(("cell", "fen"), [
        ("12.34", 1234), ("12.3", 1230), ("12", 1200), (12, 1200), (12.35, 1235), (0.1, 10), ("0", 0),
        (19.99, 1999), (" 8.00 ", 800),
    ])
    def test_yuan_become_exact_fen(self, cell, fen):
        assert parse_money(cell) == fen

    @pytest.mark.parametrize(("cell", "message"), [
        ("12.345", "两位小数"), (12.345, "两位小数"), ("-1", "负数"), ("abc", "数字"), (True, "数字"), ("1e20", "过大"),
        ("NaN", "数字"),
    ])
    def test_bad_amounts_say_why(self, cell, message):
        with pytest.raises(ValueError, match=message):
            parse_money(cell)


class TestParseSpecs:
    def test_name_value_pairs_in_order(self):
        assert parse_specs("颜色:红;尺码:L") == [("颜色", "红"), ("尺码", "L")]

    def test_full_width_separators_and_spaces_are_accepted(self):
        assert parse_specs(" 颜色：红 ； 尺码：L ;") == [("颜色", "红"), ("尺码", "L")]

    def test_empty_cell_is_a_single_sku_product(self):
        assert parse_specs(None) == [] and parse_specs("  ") == []

    @pytest.mark.parametrize("cell", ["颜色红", "颜色:", ":红", "颜色:红:大", "颜色:红;颜色:蓝", "a:1;b:2;c:3;d:4"])
    def test_malformed_spec_text_is_refused(self, cell):
        with pytest.raises(ValueError):
            parse_specs(cell)


class TestParseUnits:
    def test_base_unit_first_then_multiples(self):
        assert parse_units("个|包*20|箱*200") == [
            {"name": "个", "factor": 1}, {"name": "包", "factor": 20}, {"name": "箱", "factor": 200}]

    def test_empty_means_the_default_unit(self):
        assert parse_units("") == []

    @pytest.mark.parametrize("cell", ["个|包", "个|包*x", "个*5|包*20", "个|包*1", "|包*2"])
    def test_bad_unit_text_is_refused(self, cell):
        with pytest.raises(ValueError):
            parse_units(cell)


class TestParseRow:
    def test_a_full_row_parses(self):
        row, errors = parse_row(2, {C_TITLE: "保温杯 500ml", "副标题": "不锈钢", C_CATEGORY: "家居/厨具/水杯",
                                    "品牌": "象印", "标签": "新品、包邮", C_SPECS: "颜色:红", "SKU编码": "A-1",
                                    "条码": 6901234567890, C_PRICE: 59.9, "原价(元)": "79", "库存": 100.0,
                                    "重量(克)": 350, "单位": "个|箱*24"})
        assert errors == []
        assert (row.price, row.original_price, row.stock, row.weight) == (5990, 7900, 100, 350)
        assert row.barcode == "6901234567890" and row.tags == ["新品", "包邮"] and row.specs == [("颜色", "红")]
        assert row.units == [{"name": "个", "factor": 1}, {"name": "箱", "factor": 24}]

    def test_every_bad_cell_is_reported_with_its_column(self):
        row, errors = parse_row(5, {C_TITLE: "", C_PRICE: "1.001", "库存": "-3", C_SPECS: "颜色"})
        assert row is None
        assert {e.column for e in errors} == {C_TITLE, C_PRICE, "库存", C_SPECS}
        assert all(e.row == 5 for e in errors)

    def test_price_is_required(self):
        _, errors = parse_row(3, {C_TITLE: "好商品"})
        assert errors == [CellError(3, C_PRICE, "售价必填")]


class TestGroupRows:
    def test_rows_with_the_same_title_form_one_product_even_apart(self):
        rows = [parsed(2, "T恤", "颜色:红"), parsed(3, "水杯"), parsed(4, "T恤", "颜色:蓝")]
        drafts, errors = group_rows(rows)
        assert errors == []
        shirt = next(d for d in drafts if d.title == "T恤")
        assert shirt.specs == [{"name": "颜色", "values": ["红", "蓝"]}] and shirt.first_row == 2
        assert [r.row for r in shirt.rows] == [2, 4]

    def test_duplicate_combination_is_an_error_on_the_second_row(self):
        _, errors = group_rows([parsed(2, "T恤", "颜色:红"), parsed(3, "T恤", "颜色:红")])
        assert [(e.row, e.column) for e in errors] == [(3, C_SPECS)] and "重复" in errors[0].message

    def test_a_missing_combination_is_named(self):
        rows = [parsed(2, "T恤", "颜色:红;尺码:L"), parsed(3, "T恤", "颜色:蓝;尺码:M")]
        _, errors = group_rows(rows)
        assert errors[0].row == 2 and "颜色:红;尺码:M" in errors[0].message

    def test_different_spec_names_within_a_product_are_refused(self):
        _, errors = group_rows([parsed(2, "T恤", "颜色:红"), parsed(3, "T恤", "尺码:L")])
        assert [(e.row, e.column) for e in errors] == [(3, C_SPECS)]

    def test_a_later_row_may_not_contradict_product_cells(self):
        rows = [parsed(2, "T恤", "颜色:红", **{C_CATEGORY: "男装"}),
                parsed(3, "T恤", "颜色:蓝", **{C_CATEGORY: "女装"}),
                parsed(4, "T恤", "颜色:白")]
        _, errors = group_rows(rows)
        assert [(e.row, e.column) for e in errors] == [(3, C_CATEGORY)]

    def test_sku_codes_are_unique_across_the_file(self):
        _, errors = group_rows([parsed(2, "水杯", **{"SKU编码": "X"}), parsed(3, "饭碗", **{"SKU编码": "X"})])
        assert [(e.row, e.column) for e in errors] == [(3, "SKU编码")]


# --- API ----------------------------------------------------------------------------------------

def sheet_bytes(rows: list[list], header: list[str] = IMPORT_COLUMNS) -> bytes:
    workbook = Workbook()
    workbook.active.append(header)
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def row(title, price="10", specs="", category="", code="", stock=5, **more) -> list:
    values = {C_TITLE: title, C_PRICE: price, C_SPECS: specs, C_CATEGORY: category, "SKU编码": code, "库存": stock,
              **more}
    return [values.get(column, "") for column in IMPORT_COLUMNS]


def read(body: bytes) -> tuple[list[str], list[dict]]:
    sheet = load_workbook(io.BytesIO(body)).worksheets[0]
    lines = list(sheet.iter_rows(values_only=True))
    header = list(lines[0])
    return header, [dict(zip(header, line, strict=False)) for line in lines[1:]]


async def upload(api, token, content: bytes, name="products.xlsx", **form):
    return await api.post("/api/v1/admin/products/import", token=token,
                          files={"file": (name, content, XLSX)}, data=form or None)


@pytest.fixture
async def catalog(api, admin_token):
    """家居/厨具/水杯 and 服饰/男装/T恤, an approved brand and two enabled tags."""
    ids = {}
    for path in (("家居", "厨具", "水杯"), ("服饰", "男装", "T恤")):
        parent = None
        for name in path:
            response = await api.post("/api/v1/admin/categories", token=admin_token,
                                      json={"name": name, "parent_id": parent})
            assert response.status == 201, response
            parent = response.json["id"]
        ids[path[-1]] = parent
    brand = await api.post("/api/v1/admin/brands", token=admin_token, json={"name": "象印"})
    ids["象印"] = brand.json["id"]
    for tag in ("新品", "包邮"):
        assert (await api.post("/api/v1/admin/tags", token=admin_token, json={"name": tag})).status == 201
    return ids


async def products_of(api, token) -> list[dict]:
    listing = await api.get("/api/v1/admin/products?page_size=100", token=token)
    return [(await api.get(f"/api/v1/admin/products/{p['id']}", token=token)).json for p in listing.json["items"]]


class TestExport:
    async def test_one_row_per_sku_with_prices_in_yuan_specs_and_units(self, api, admin_token, catalog):
        _, token = await api.merchant(admin_token, "杯子店")
        await api.product(token, "保温杯", 5990, category_id=catalog["水杯"], brand_id=catalog["象印"],
                          tags=["新品", "包邮"], specs=[{"name": "颜色", "values": ["红", "蓝"]}],
                          units=[{"name": "个", "factor": 1}, {"name": "箱", "factor": 24}],
                          skus=[{"spec_values": ["红"], "price": 5990, "original_price": 7900, "stock": 3,
                                 "code": "CUP-R", "weight": 350},
                                {"spec_values": ["蓝"], "price": 6001, "stock": 4, "code": "CUP-B"}])
        response = await api.get("/api/v1/admin/products/export", token=token)
        assert response.status == 200
        assert response.headers["content-type"] == XLSX
        assert response.headers["content-disposition"].startswith("attachment; filename=")
        header, rows = read(response.body)
        assert "店铺" not in header and header[0] == "商品ID"
        assert [(r["规格"], r["售价(元)"], r["库存"]) for r in rows] == [("颜色:红", 59.9, 3), ("颜色:蓝", 60.01, 4)]
        first = rows[0]
        assert (first["分类"], first["品牌"], first["标签"], first["单位"], first["原价(元)"], first["状态"]) == (
            "家居/厨具/水杯", "象印", "新品、包邮", "个|箱*24", 79, "出售中")

    async def test_merchant_export_holds_only_its_own_products(self, api, admin_token):
        _, mine = await api.merchant(admin_token, "甲店")
        _, theirs = await api.merchant(admin_token, "乙店")
        await api.product(mine, "甲店的商品", 100)
        await api.product(theirs, "乙店的商品", 100)
        _, rows = read((await api.get("/api/v1/admin/products/export", token=mine)).body)
        assert [r["商品名称"] for r in rows] == ["甲店的商品"]

    async def test_platform_export_has_the_shop_column_across_shops(self, api, admin_token):
        _, first = await api.merchant(admin_token, "甲店")
        _, second = await api.merchant(admin_token, "乙店")
        await api.product(first, "甲店的商品", 100)
        await api.product(second, "乙店的商品", 100)
        header, rows = read((await api.get("/api/v1/admin/products/export", token=admin_token)).body)
        assert header[-1] == "店铺"
        assert sorted((r["商品名称"], r["店铺"]) for r in rows) == [("乙店的商品", "乙店"), ("甲店的商品", "甲店")]

    async def test_filters_of_the_list_apply(self, api, admin_token):
        _, token = await api.merchant(admin_token, "甲店")
        await api.product(token, "红茶", 100)
        await api.post("/api/v1/admin/products", token=token, json={"title": "绿茶草稿", "price": 100})
        _, rows = read((await api.get("/api/v1/admin/products/export?status=draft", token=token)).body)
        assert [(r["商品名称"], r["状态"]) for r in rows] == [("绿茶草稿", "草稿")]
        _, rows = read((await api.get("/api/v1/admin/products/export?keyword=红", token=token)).body)
        assert [r["商品名称"] for r in rows] == ["红茶"]

    async def test_statements_do_not_grow_with_products(self, api, admin_token, count_queries):
        _, token = await api.merchant(admin_token, "甲店")
        await api.product(token, "商品一", 100)
        with count_queries() as few:
            await api.get("/api/v1/admin/products/export", token=token)
        for n in range(5):
            await api.product(token, f"更多商品{n}", 100)
        with count_queries() as many:
            await api.get("/api/v1/admin/products/export", token=token)
        assert many.count == few.count

    async def test_consumers_cannot_export(self, api):
        response = await api.get("/api/v1/admin/products/export", token=await api.consumer())
        assert response.status == 403


class TestTemplate:
    async def test_template_opens_with_the_header_an_example_and_a_guide(self, api, admin_token):
        _, token = await api.merchant(admin_token, "甲店")
        response = await api.get("/api/v1/admin/products/import-template", token=token)
        assert response.status == 200 and response.headers["content-type"] == XLSX
        assert "filename=" in response.headers["content-disposition"]
        workbook = load_workbook(io.BytesIO(response.body))
        assert workbook.sheetnames == ["商品", "说明"]
        lines = list(workbook["商品"].iter_rows(values_only=True))
        assert list(lines[0]) == IMPORT_COLUMNS and len(lines) == 2
        assert not {"商品ID", "状态", "店铺"} & set(lines[0])
        guide = [line[0] for line in workbook["说明"].iter_rows(values_only=True)]
        assert set(IMPORT_COLUMNS) <= set(guide)

    async def test_the_example_row_parses(self):
        _, errors = parse_row(2, dict(zip(IMPORT_COLUMNS, excel.EXAMPLE, strict=True)))
        assert errors == []


class TestImport:
    async def test_round_trip_into_another_shop_gives_the_same_products(self, api, admin_token, catalog):
        _, source = await api.merchant(admin_token, "源店")
        target_shop, target = await api.merchant(admin_token, "新店")
        await api.product(source, "T恤 纯棉", 9900, category_id=catalog["T恤"], tags=["新品"],
                          images=["https://img.example.com/t-1.jpg", "https://img.example.com/t-2.jpg"],
                          description="<p>纯棉 200 克</p>\n<img src=\"https://img.example.com/d.jpg\">",
                          specs=[{"name": "颜色", "values": ["白", "黑"]}, {"name": "尺码", "values": ["M", "L"]}],
                          skus=[{"spec_values": [c, s], "price": 9900 + i, "original_price": 12900, "stock": 10 + i,
                                 "code": f"TS-{c}{s}", "barcode": f"69{i}", "weight": 200,
                                 "image": f"https://img.example.com/{c}.jpg", "points": 990 * i,
                                 "points_cash": 100 if i == 2 else 0}
                                for i, (c, s) in enumerate([("白", "M"), ("白", "L"), ("黑", "M"), ("黑", "L")])])
        await api.product(source, "保温杯", 5990, category_id=catalog["水杯"], brand_id=catalog["象印"],
                          units=[{"name": "个", "factor": 1}, {"name": "包", "factor": 6},
                                 {"name": "箱", "factor": 24}], description="保温" * 20_000,
                          skus=[{"price": 5990, "unit_prices": [5990, 33900, 129900], "stock": 48}])
        exported = (await api.get("/api/v1/admin/products/export", token=source)).body

        response = await upload(api, target, exported)
        assert response.status == 201, response
        assert response.json == {"imported": 2, "skus": 5}

        def shape(products):
            return sorted((p["title"], p["category_id"], p["brand_id"], p["tags"], p["specs"], p["units"],
                           p["images"], p["description"],
                           [(s["spec_values"], s["price"], s["original_price"], s["stock"], s["code"], s["barcode"],
                             s["weight"], s["unit_prices"], s["image"], s["points"], s["points_cash"])
                            for s in p["skus"]]) for p in products)

        imported = await products_of(api, target)
        assert shape(imported) == shape(await products_of(api, source))
        cup = next(p for p in imported if p["title"] == "保温杯")
        assert cup["skus"][0]["unit_prices"] == [5990, 33900, 129900]  # not 5990 × 6 and × 24
        assert {p["status"] for p in imported} == {"draft"} and {p["shop_id"] for p in imported} == {target_shop}

    async def test_unit_prices_that_do_not_fit_the_units_are_a_row_error_and_nothing_is_imported(
            self, api, admin_token, catalog):
        _, token = await api.merchant(admin_token, "甲店")
        content = sheet_bytes([row("玻璃杯", "2.50", **{"单位": "个|箱*20", "各单位售价(元)": "2.50"}),
                               row("马克杯", "3", **{"各单位售价(元)": "3|abc", "积分加现金(元)": "1"})])
        response = await upload(api, token, content)
        assert response.status == 422 and response.error_code == "import_invalid"
        assert [(r["row"], r["column"]) for r in response.json["rows"]] == [
            (3, "各单位售价(元)"), (3, "积分")]
        assert await products_of(api, token) == []
        fixed = sheet_bytes([row("玻璃杯", "2.50", **{"单位": "个|箱*20", "各单位售价(元)": "2.50"})])
        refused = await upload(api, token, fixed)
        assert refused.status == 422 and [(r["row"], r["column"]) for r in refused.json["rows"]] == [
            (2, "各单位售价(元)")]
        assert await products_of(api, token) == []

    async def test_submit_sends_imported_products_to_audit(self, api, admin_token, catalog):
        _, token = await api.merchant(admin_token, "甲店")
        response = await upload(api, token, sheet_bytes([row("玻璃杯", "12.50", category="水杯")]), submit="1")
        assert response.status == 201, response
        [product] = await products_of(api, token)
        assert product["status"] == "pending" and product["price"] == 1250 and product["category_id"] == catalog["水杯"]

    async def test_one_bad_file_imports_nothing_and_names_every_problem(self, api, admin_token, catalog):
        _, token = await api.merchant(admin_token, "甲店")
        content = sheet_bytes([
            row("好商品", "10.00", category="家居/厨具/水杯"),       # row 2: fine
            row("坏价格", "12.345"),                                 # row 3
            row("未知分类", "5", category="不存在的分类"),            # row 4
            row("", "5"),                                            # row 5: no title
            row("坏规格", "5", specs="颜色红"),                       # row 6
            row("重复组合", "5", specs="颜色:红"),                     # row 7
            row("重复组合", "6", specs="颜色:红"),                     # row 8
        ])
        response = await upload(api, token, content)
        assert response.status == 422, response
        assert response.error_code == "import_invalid"
        assert response.json["error"]["message"] == "第 3 行等 5 处有误，未导入任何商品"
        problems = {(r["row"], r["column"]) for r in response.json["rows"]}
        assert problems == {(3, "售价(元)"), (4, "分类"), (5, "商品名称"), (6, "规格"), (8, "规格")}
        assert all(r["message"] for r in response.json["rows"])
        assert await products_of(api, token) == []

    async def test_a_product_the_service_refuses_fails_the_whole_import(self, api, admin_token, catalog):
        _, token = await api.merchant(admin_token, "甲店")
        await api.product(token, "已有商品", 100, skus=[{"price": 100, "code": "TAKEN"}])
        content = sheet_bytes([row("新商品一", "1"), row("新商品二", "2", code="TAKEN")])
        response = await upload(api, token, content)
        assert response.status == 422
        assert [(r["row"], r["column"]) for r in response.json["rows"]] == [(3, "SKU编码")]
        assert [p["title"] for p in await products_of(api, token)] == ["已有商品"]

    async def test_unapproved_brand_and_disabled_tag_are_row_errors(self, api, admin_token, catalog):
        _, token = await api.merchant(admin_token, "甲店")
        await api.post("/api/v1/admin/brands", token=token, json={"name": "待审品牌"})
        content = sheet_bytes([row("商品甲", "1", **{"品牌": "待审品牌", "标签": "新品、没有的标签"})])
        response = await upload(api, token, content)
        assert {(r["row"], r["column"]) for r in response.json["rows"]} == {(2, "品牌"), (2, "标签")}

    async def test_an_ambiguous_bare_category_name_asks_for_the_path(self, api, admin_token, catalog):
        parent = (await api.post("/api/v1/admin/categories", token=admin_token, json={"name": "办公"})).json["id"]
        middle = (await api.post("/api/v1/admin/categories", token=admin_token,
                                 json={"name": "用品", "parent_id": parent})).json["id"]
        await api.post("/api/v1/admin/categories", token=admin_token, json={"name": "水杯", "parent_id": middle})
        _, token = await api.merchant(admin_token, "甲店")
        response = await upload(api, token, sheet_bytes([row("杯子", "1", category="水杯")]))
        assert response.status == 422 and "完整路径" in response.json["rows"][0]["message"]
        response = await upload(api, token, sheet_bytes([row("杯子", "1", category="办公/用品/水杯")]))
        assert response.status == 201

    async def test_a_level_two_category_is_refused(self, api, admin_token, catalog):
        _, token = await api.merchant(admin_token, "甲店")
        response = await upload(api, token, sheet_bytes([row("杯子", "1", category="家居/厨具")]))
        assert [(r["row"], r["column"]) for r in response.json["rows"]] == [(2, "分类")]

    @pytest.mark.parametrize(("name", "content"), [
        ("products.csv", "商品名称,售价(元)\n杯子,1\n".encode()),
        ("products.xlsx", b"not a spreadsheet at all"),
        ("products.xlsx", b"PK\x03\x04broken zip"),
    ])
    async def test_a_file_that_is_not_xlsx_is_refused(self, api, admin_token, name, content):
        _, token = await api.merchant(admin_token, "甲店")
        response = await upload(api, token, content, name=name)
        assert response.status == 422 and response.error_code == "import_invalid"
        assert response.fields["file"] and response.json["rows"] == []

    async def test_a_file_over_5_mb_is_refused(self, api, admin_token):
        _, token = await api.merchant(admin_token, "甲店")
        response = await upload(api, token, b"PK" + b"0" * (5 * 1024 * 1024))
        assert response.status == 422 and "5 MB" in response.json["error"]["message"]

    async def test_more_than_2000_rows_is_refused(self, api, admin_token):
        _, token = await api.merchant(admin_token, "甲店")
        content = sheet_bytes([row(f"商品{i}", "1") for i in range(excel.MAX_ROWS + 1)])
        response = await upload(api, token, content)
        assert response.status == 422 and "2000" in response.json["error"]["message"]

    async def test_a_sheet_without_the_header_is_refused(self, api, admin_token):
        _, token = await api.merchant(admin_token, "甲店")
        response = await upload(api, token, sheet_bytes([["杯子", 1]], header=["名字", "价格"]))
        assert response.status == 422
        assert {(r["row"], r["column"]) for r in response.json["rows"]} == {(1, "商品名称"), (1, "售价(元)")}

    async def test_missing_file_field_is_refused(self, api, admin_token):
        _, token = await api.merchant(admin_token, "甲店")
        response = await api.post("/api/v1/admin/products/import", token=token, data={"submit": "1"})
        assert response.status == 422 and response.error_code == "import_invalid"

    async def test_platform_staff_cannot_import(self, api, admin_token):
        response = await upload(api, admin_token, sheet_bytes([row("杯子", "1")]))
        assert response.status in (403, 422) and response.error_code != "import_invalid"
