"""State machines: every allowed pair moves, every other pair is a 409, a moved row is a 409."""

import itertools

import pytest

from backend.accounts.states import USER_STATUS
from backend.core.errors import Conflict

USER_STATES = ["pending_audit", "active", "rejected", "disabled"]
USER_EVENTS = ["approve", "reject", "resubmit", "disable", "enable"]


@pytest.mark.parametrize(("state", "event"), list(itertools.product(USER_STATES, USER_EVENTS)))
def test_user_status_table_allows_exactly_the_declared_pairs(state, event):
    expected = {
        ("pending_audit", "approve"): "active", ("pending_audit", "reject"): "rejected",
        ("rejected", "resubmit"): "pending_audit", ("active", "disable"): "disabled",
        ("pending_audit", "disable"): "disabled", ("rejected", "disable"): "disabled",
        ("disabled", "enable"): "active",
    }
    if (state, event) in expected:
        assert USER_STATUS.target(state, event) == expected[(state, event)]
    else:
        with pytest.raises(Conflict) as refused:
            USER_STATUS.target(state, event)
        assert refused.value.code == "invalid_transition"


@pytest.mark.feature("PLT-12")
async def test_a_row_that_moved_meanwhile_is_not_transitioned_twice(api, admin_token):
    token = await api.consumer("13912345678")
    me = (await api.get("/api/v1/me", token=token)).json
    first = await api.put(f"/api/v1/admin/customers/{me['id']}/status", token=admin_token,
                          json={"status": "disabled"})
    assert first.status == 200
    second = await api.put(f"/api/v1/admin/customers/{me['id']}/status", token=admin_token,
                           json={"status": "disabled"})
    assert second.status == 409 and second.error_code == "invalid_transition"
