"""Integer fen and the largest-remainder split that makes parts add up exactly."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backend.core.money import fen_to_yuan, split_largest_remainder, yuan_to_fen


class TestSplit:
    def test_discount_splits_in_proportion_and_adds_up(self):
        assert split_largest_remainder(1000, [3000, 2000, 1000]) == [500, 333, 167]

    def test_leftover_fen_go_to_the_largest_remainders(self):
        assert split_largest_remainder(100, [1, 1, 1]) == [34, 33, 33]

    def test_zero_weights_split_evenly(self):
        assert split_largest_remainder(5, [0, 0]) == [3, 2]

    def test_negative_input_is_refused(self):
        with pytest.raises(ValueError):
            split_largest_remainder(-1, [1])

    @given(st.integers(0, 10**9), st.lists(st.integers(0, 10**7), min_size=1, max_size=30))
    def test_parts_always_add_up_and_stay_within_one_fen_of_the_exact_share(self, total, weights):
        parts = split_largest_remainder(total, weights)
        assert sum(parts) == total
        assert all(p >= 0 for p in parts)
        weight_sum = sum(weights) or len(weights)
        effective = weights if sum(weights) else [1] * len(weights)
        for part, weight in zip(parts, effective, strict=True):
            assert abs(part * weight_sum - total * weight) < weight_sum


class TestYuan:
    @pytest.mark.parametrize(("text", "fen"), [("12.34", 1234), ("12.3", 1230), ("0", 0), ("199", 19900)])
    def test_parses_amounts_people_type(self, text, fen):
        assert yuan_to_fen(text) == fen

    @pytest.mark.parametrize("text", ["12.345", "abc", ""])
    def test_refuses_sub_fen_and_non_numbers(self, text):
        with pytest.raises(ValueError):
            yuan_to_fen(text)

    def test_renders_two_decimals(self):
        assert fen_to_yuan(1205) == "12.05"
