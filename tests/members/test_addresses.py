"""MEM-3: a shopper keeps several delivery addresses, exactly one of them the default."""

from __future__ import annotations

import pytest

from tests.conftest import Api

pytestmark = pytest.mark.feature("MEM-3")

BASE = "/api/v1/me/addresses"
HOME = {"name": "张三", "phone": "13912345678", "province": "浙江省", "city": "杭州市",
        "district": "西湖区", "detail": "文三路 100 号 2 幢 301", "postal_code": "310000", "tag": "家"}
OFFICE = {**HOME, "detail": "文一西路 969 号", "tag": "公司", "phone": "0571-88886666"}
SCHOOL = {**HOME, "detail": "余杭塘路 866 号", "tag": "学校", "postal_code": ""}


@pytest.fixture
async def shopper(api: Api) -> str:
    return await api.consumer("13912345678")


@pytest.fixture
async def other_shopper(api: Api) -> str:
    return await api.consumer("13787654321")


async def add(api: Api, token: str, address: dict, **changes) -> dict:
    response = await api.post(BASE, token=token, json={**address, **changes})
    assert response.status == 201, response
    return response.json


async def listed(api: Api, token: str) -> list[dict]:
    response = await api.get(BASE, token=token)
    assert response.status == 200, response
    return response.json["items"]


def defaults(items: list[dict]) -> list[int]:
    return [a["id"] for a in items if a["is_default"]]


class TestCreateAddress:
    async def test_first_address_becomes_the_default(self, api, shopper):
        address = await add(api, shopper, HOME)

        assert address["is_default"] is True
        assert {k: address[k] for k in HOME} == HOME

    async def test_later_addresses_are_not_default_unless_asked(self, api, shopper):
        home = await add(api, shopper, HOME)
        office = await add(api, shopper, OFFICE)

        assert office["is_default"] is False
        assert defaults(await listed(api, shopper)) == [home["id"]]

    async def test_new_address_asked_to_be_default_takes_over(self, api, shopper):
        await add(api, shopper, HOME)
        office = await add(api, shopper, OFFICE, is_default=True)

        assert office["is_default"] is True
        assert defaults(await listed(api, shopper)) == [office["id"]]

    async def test_bad_phone_and_postal_code_are_refused_with_the_fields_named(self, api, shopper):
        response = await api.post(BASE, token=shopper, json={**HOME, "phone": "12345", "postal_code": "3100"})

        assert response.status == 422
        assert response.error_code == "validation_failed"
        assert {"phone", "postal_code"} <= response.fields.keys()
        assert await listed(api, shopper) == []

    async def test_missing_and_unknown_fields_are_refused(self, api, shopper):
        body = {k: v for k, v in HOME.items() if k != "detail"} | {"lat": 30.1}

        response = await api.post(BASE, token=shopper, json=body)

        assert response.status == 422
        assert {"detail", "lat"} <= response.fields.keys()

    async def test_blank_name_is_refused_even_when_padded_with_spaces(self, api, shopper):
        response = await api.post(BASE, token=shopper, json={**HOME, "name": "   "})

        assert response.status == 422
        assert "name" in response.fields

    async def test_a_shopper_keeps_at_most_fifty_addresses(self, api, shopper):
        for n in range(50):
            await add(api, shopper, HOME, detail=f"文三路 {n} 号")

        response = await api.post(BASE, token=shopper, json=HOME)

        assert response.status == 409
        assert response.error_code == "address_limit_reached"
        assert len(await listed(api, shopper)) == 50

    async def test_addresses_need_a_shopper_login(self, api, admin_token):
        assert (await api.post(BASE, json=HOME)).status == 401
        assert (await api.post(BASE, token=admin_token, json=HOME)).status == 403


class TestListAddresses:
    async def test_default_comes_first(self, api, shopper):
        await add(api, shopper, HOME)
        await add(api, shopper, OFFICE)
        school = await add(api, shopper, SCHOOL)
        await api.put(f"{BASE}/{school['id']}/default", token=shopper)

        items = await listed(api, shopper)

        assert items[0]["id"] == school["id"]
        assert defaults(items) == [school["id"]]
        assert len(items) == 3

    async def test_shopper_sees_only_their_own_addresses(self, api, shopper, other_shopper):
        mine = await add(api, shopper, HOME)
        await add(api, other_shopper, OFFICE)

        assert [a["id"] for a in await listed(api, shopper)] == [mine["id"]]


class TestReadAndUpdateAddress:
    async def test_read_one_address(self, api, shopper):
        home = await add(api, shopper, HOME)

        response = await api.get(f"{BASE}/{home['id']}", token=shopper)

        assert response.status == 200
        assert response.json == home

    async def test_update_replaces_the_details(self, api, shopper):
        home = await add(api, shopper, HOME)

        response = await api.put(f"{BASE}/{home['id']}", token=shopper,
                                 json={**HOME, "name": "李四", "detail": "学院路 1 号"})

        assert response.status == 200
        assert response.json["name"] == "李四"
        assert (await api.get(f"{BASE}/{home['id']}", token=shopper)).json["detail"] == "学院路 1 号"

    async def test_updating_the_default_without_the_flag_keeps_it_default(self, api, shopper):
        home = await add(api, shopper, HOME)
        await add(api, shopper, OFFICE)

        await api.put(f"{BASE}/{home['id']}", token=shopper, json={**HOME, "is_default": False})

        assert defaults(await listed(api, shopper)) == [home["id"]]

    async def test_update_can_make_an_address_the_default(self, api, shopper):
        await add(api, shopper, HOME)
        office = await add(api, shopper, OFFICE)

        await api.put(f"{BASE}/{office['id']}", token=shopper, json={**OFFICE, "is_default": True})

        assert defaults(await listed(api, shopper)) == [office["id"]]

    async def test_bad_update_is_refused_and_changes_nothing(self, api, shopper):
        home = await add(api, shopper, HOME)

        response = await api.put(f"{BASE}/{home['id']}", token=shopper, json={**HOME, "postal_code": "abcdef"})

        assert response.status == 422
        assert "postal_code" in response.fields
        assert (await api.get(f"{BASE}/{home['id']}", token=shopper)).json == home


class TestSetDefault:
    async def test_setting_another_default_leaves_exactly_one(self, api, shopper):
        home = await add(api, shopper, HOME)
        office = await add(api, shopper, OFFICE)
        school = await add(api, shopper, SCHOOL)

        response = await api.put(f"{BASE}/{office['id']}/default", token=shopper)

        assert response.status == 200
        assert response.json["is_default"] is True
        assert defaults(await listed(api, shopper)) == [office["id"]]
        await api.put(f"{BASE}/{school['id']}/default", token=shopper)
        items = await listed(api, shopper)
        assert defaults(items) == [school["id"]]
        assert home["id"] in [a["id"] for a in items]

    async def test_setting_the_default_again_changes_nothing(self, api, shopper):
        home = await add(api, shopper, HOME)

        response = await api.put(f"{BASE}/{home['id']}/default", token=shopper)

        assert response.status == 200
        assert defaults(await listed(api, shopper)) == [home["id"]]


class TestDeleteAddress:
    async def test_deleted_address_is_gone(self, api, shopper):
        await add(api, shopper, HOME)
        office = await add(api, shopper, OFFICE)

        response = await api.delete(f"{BASE}/{office['id']}", token=shopper)

        assert response.status == 204
        assert (await api.get(f"{BASE}/{office['id']}", token=shopper)).status == 404
        assert len(await listed(api, shopper)) == 1

    async def test_deleting_the_default_promotes_another(self, api, shopper):
        home = await add(api, shopper, HOME)
        await add(api, shopper, OFFICE)
        await add(api, shopper, SCHOOL)

        await api.delete(f"{BASE}/{home['id']}", token=shopper)

        items = await listed(api, shopper)
        assert len(items) == 2
        assert len(defaults(items)) == 1
        assert items[0]["is_default"] is True

    async def test_deleting_the_last_address_leaves_none(self, api, shopper):
        home = await add(api, shopper, HOME)

        await api.delete(f"{BASE}/{home['id']}", token=shopper)

        assert await listed(api, shopper) == []
        assert (await add(api, shopper, OFFICE))["is_default"] is True


class TestAnotherShoppersAddress:
    async def test_is_not_found_for_every_operation_and_stays_untouched(self, api, shopper, other_shopper):
        theirs = await add(api, other_shopper, HOME)
        path = f"{BASE}/{theirs['id']}"

        responses = [
            await api.get(path, token=shopper),
            await api.put(path, token=shopper, json={**HOME, "name": "黑客"}),
            await api.put(f"{path}/default", token=shopper),
            await api.delete(path, token=shopper),
        ]

        assert [r.status for r in responses] == [404] * 4
        assert {r.error_code for r in responses} == {"address_not_found"}
        assert (await api.get(path, token=other_shopper)).json == theirs

    async def test_unknown_address_is_not_found(self, api, shopper):
        response = await api.get(f"{BASE}/999999", token=shopper)

        assert response.status == 404
        assert response.error_code == "address_not_found"
