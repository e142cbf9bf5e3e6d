"""The price engine: one calculator at a time as tables, then the whole chain as properties."""

from __future__ import annotations

import copy
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backend.pricing.calculators import CHAIN, Outcome, Points, PricingState, base, freight
from backend.pricing.engine import price
from backend.pricing.schemas import (
    ActivityPrice,
    Adjustment,
    Benefits,
    BuyerContext,
    Coupon,
    DiscountTier,
    FreightRate,
    FreightRule,
    FullDiscount,
    FullGift,
    FullReduction,
    Gift,
    GiftTier,
    Line,
    PackagePrice,
    ReductionTier,
    RegionRate,
    RejectReason,
    ShopRules,
    Source,
    UndeliverableReason,
)

BUYER = BuyerContext(user_id=7, province="浙江", points_balance=100_000)


def line(line_id=1, *, shop=1, sku=None, product=None, unit_price=1000, quantity=1, weight=0, factor=1) -> Line:
    return Line(line_id, shop, sku or line_id, product or line_id, unit_price, quantity, weight, factor=factor)


def reduction(*tiers, **options) -> FullReduction:
    """满减 with ``(threshold, off)`` tiers."""
    return FullReduction(tuple(ReductionTier(t, o) for t, o in tiers), **options)


def discount(*tiers, **options) -> FullDiscount:
    """满折 with ``(threshold, percent)`` tiers."""
    return FullDiscount(tuple(DiscountTier(t, p) for t, p in tiers), **options)


def gifts(*tiers, **options) -> FullGift:
    """满赠 with ``(threshold, sku_id, quantity)`` tiers."""
    return FullGift(tuple(GiftTier(*tier) for tier in tiers), **options)


def amounts(quote, source) -> dict:
    return {a.line_id: a.amount for a in quote.adjustments if a.source == source}


class TestInput:
    def test_a_cart_without_rules_pays_unit_price_times_quantity(self):
        quote = price([line(1, unit_price=1250, quantity=3), line(2, unit_price=99)], BUYER)
        assert [q.base for q in quote.lines] == [3750, 99]
        assert (quote.goods_total, quote.discount_total, quote.freight_total, quote.payable) == (3849, 0, 0, 3849)

    def test_an_empty_cart_quotes_zero(self):
        quote = price([], BUYER)
        assert (quote.lines, quote.payable) == ((), 0)

    @pytest.mark.parametrize("quantity", [0, -1])
    def test_a_quantity_below_one_is_refused(self, quantity):
        with pytest.raises(ValueError, match="quantity must be positive"):
            line(quantity=quantity)

    def test_duplicate_line_ids_are_refused(self):
        with pytest.raises(ValueError, match="duplicate line id 1"):
            price([line(1), line(1, sku=2)], BUYER)

    def test_two_rule_sets_for_one_shop_are_refused(self):
        with pytest.raises(ValueError, match="duplicate shop rules"):
            price([line()], BUYER, [ShopRules(1), ShopRules(1)])

    @pytest.mark.parametrize("make", [
        lambda: Line(1, 1, 1, 1, -1, 1),
        lambda: Coupon("X", None, 0, -5),
        lambda: ReductionTier(100, -1),
        lambda: FullReduction(()),
        lambda: reduction((0, 100), cyclic=True),
        lambda: reduction((100, 10), basis="weight"),
        lambda: reduction((100, 10), cap=-1),
        lambda: DiscountTier(100, 101),
        lambda: GiftTier(100, 7, 0),
        lambda: PackagePrice(count=0, price=100),
        lambda: PackagePrice(count=3, price=-1),
        lambda: line(factor=0),
        lambda: Benefits(use_points=-1),
        lambda: FreightRate(1, 500, 0, 100),
        lambda: FreightRule("volume", FreightRate(1, 500, 1, 100)),
        lambda: Points(points_per_fen=0),
    ])
    def test_impossible_rules_and_benefits_are_refused(self, make):
        with pytest.raises(ValueError):
            make()

    def test_a_calculator_that_adjusts_an_unknown_line_is_refused(self):
        def stray(state):
            return Outcome((Adjustment("ghost", "gift_wrap", 100),))

        with pytest.raises(ValueError, match="unknown line 'ghost'"):
            price([line()], BUYER, chain=(base, stray))


class TestActivity:
    @pytest.mark.parametrize(("activity_prices", "expected"), [
        ((ActivityPrice(1, 800),), -600),
        ((ActivityPrice(1, 800), ActivityPrice(1, 700)), -900),
        ((ActivityPrice(1, 1200),), None),
        ((ActivityPrice(2, 1),), None),
        ((ActivityPrice(1, 0),), -3000),
    ], ids=["lower_price_applies", "lowest_of_two_wins", "higher_price_is_ignored",
            "other_sku_is_ignored", "free_item_costs_nothing"])
    def test_activity_price_replaces_a_higher_unit_price(self, activity_prices, expected):
        quote = price([line(unit_price=1000, quantity=3)], BUYER, [ShopRules(1, activity_prices=activity_prices)])
        assert amounts(quote, Source.ACTIVITY).get(1) == expected


class TestFullReduction:
    TIERS = (reduction((10_000, 1_000), (20_000, 2_500)),)

    @pytest.mark.parametrize(("subtotal", "off"), [(9_999, 0), (10_000, 1_000), (19_999, 1_000), (20_000, 2_500)])
    def test_the_best_tier_the_subtotal_reaches_applies(self, subtotal, off):
        quote = price([line(unit_price=subtotal)], BUYER, [ShopRules(1, full_reductions=self.TIERS)])
        assert quote.discount_total == off

    def test_the_reduction_splits_over_the_shops_lines_by_largest_remainder(self):
        lines = [line(1, unit_price=3000), line(2, unit_price=2000), line(3, unit_price=1000)]
        quote = price(lines, BUYER, [ShopRules(1, full_reductions=(reduction((0, 1000)),))])
        assert amounts(quote, Source.FULL_REDUCTION) == {1: -500, 2: -333, 3: -167}

    def test_the_threshold_is_measured_after_activity_prices(self):
        rules = ShopRules(1, full_reductions=self.TIERS, activity_prices=(ActivityPrice(1, 9_000),))
        quote = price([line(unit_price=10_000)], BUYER, [rules])
        assert amounts(quote, Source.FULL_REDUCTION) == {}

    def test_another_shops_lines_are_left_alone(self):
        quote = price([line(1, shop=1, unit_price=20_000), line(2, shop=2, unit_price=20_000)], BUYER,
                      [ShopRules(1, full_reductions=self.TIERS)])
        assert amounts(quote, Source.FULL_REDUCTION) == {1: -2_500}

    def test_a_reduction_larger_than_the_subtotal_takes_it_to_zero_and_no_further(self):
        quote = price([line(unit_price=300)], BUYER, [ShopRules(1, full_reductions=(reduction((100, 500)),))])
        assert quote.payable == 0


    def test_a_product_scope_measures_and_reduces_its_own_products_only(self):
        cart = [line(1, product=11, unit_price=6_000), line(2, product=12, unit_price=4_000)]
        scoped = reduction((5_000, 500), product_ids=frozenset({11}), ref="activity:7")
        quote = price(cart, BUYER, [ShopRules(1, full_reductions=(scoped,))])
        assert [(a.line_id, a.amount, a.ref) for a in quote.adjustments if a.source == Source.FULL_REDUCTION] == [
            (1, -500, "activity:7")]
        too_high = reduction((7_000, 500), product_ids=frozenset({11}))
        assert price(cart, BUYER, [ShopRules(1, full_reductions=(too_high,))]).discount_total == 0

    @pytest.mark.parametrize(("quantity", "factor", "off"), [(1, 1, 0), (2, 1, 300), (1, 2, 300), (3, 1, 500)],
                             ids=["one_unit", "two_units", "one_pack_of_two_base_units", "three_units"])
    def test_a_count_basis_counts_base_units(self, quantity, factor, off):
        offer = reduction((2, 300), (3, 500), basis="count")
        quote = price([line(unit_price=2_000, quantity=quantity, factor=factor)], BUYER,
                      [ShopRules(1, full_reductions=(offer,))])
        assert quote.discount_total == off

    @pytest.mark.parametrize(("subtotal", "cap", "off"), [
        (9_999, None, 0), (10_000, None, 1_000), (29_999, None, 2_000), (30_000, None, 3_000), (30_000, 2_500, 2_500),
    ], ids=["below", "once", "twice", "three_times", "capped"])
    def test_a_cyclic_reduction_takes_off_per_whole_threshold_up_to_the_cap(self, subtotal, cap, off):
        offer = reduction((10_000, 1_000), cyclic=True, cap=cap)
        quote = price([line(unit_price=subtotal)], BUYER, [ShopRules(1, full_reductions=(offer,))])
        assert quote.discount_total == off

    def test_a_cyclic_count_reduction_counts_whole_steps_of_units(self):
        offer = reduction((2, 500), basis="count", cyclic=True)
        quote = price([line(unit_price=3_000, quantity=5)], BUYER, [ShopRules(1, full_reductions=(offer,))])
        assert quote.discount_total == 1_000

    def test_each_offer_of_a_shop_applies_to_its_own_products(self):
        cart = [line(1, product=11, unit_price=10_000), line(2, product=12, unit_price=10_000)]
        offers = (reduction((10_000, 1_000), product_ids=frozenset({11}), ref="a"),
                  reduction((10_000, 2_000), product_ids=frozenset({12}), ref="b"))
        quote = price(cart, BUYER, [ShopRules(1, full_reductions=offers)])
        assert amounts(quote, Source.FULL_REDUCTION) == {1: -1_000, 2: -2_000}


class TestFullDiscount:
    @pytest.mark.parametrize(("quantity", "off"), [(1, 0), (2, 400), (3, 1_200), (4, 1_600)])
    def test_the_best_tier_reached_sets_the_percent_paid(self, quantity, off):
        offer = discount((2, 90), (3, 80), basis="count")
        quote = price([line(unit_price=2_000, quantity=quantity)], BUYER, [ShopRules(1, full_discounts=(offer,))])
        assert amounts(quote, Source.FULL_DISCOUNT).get(1, 0) == -off

    @pytest.mark.parametrize(("subtotal", "off"), [(19_999, 0), (20_000, 2_000), (20_009, 2_000)])
    def test_an_amount_threshold_and_whole_fen_off(self, subtotal, off):
        quote = price([line(unit_price=subtotal)], BUYER, [ShopRules(1, full_discounts=(discount((20_000, 90)),))])
        assert quote.discount_total == off

    def test_the_discount_splits_over_the_covered_lines_by_largest_remainder(self):
        cart = [line(1, unit_price=3_000), line(2, unit_price=2_000), line(3, unit_price=1_000, product=99)]
        offer = discount((0, 85), product_ids=frozenset({1, 2}), ref="activity:3")
        quote = price(cart, BUYER, [ShopRules(1, full_discounts=(offer,))])
        assert amounts(quote, Source.FULL_DISCOUNT) == {1: -450, 2: -300}

    def test_the_threshold_is_measured_after_full_reduction(self):
        rules = ShopRules(1, full_reductions=(reduction((0, 100)),), full_discounts=(discount((20_000, 90)),))
        quote = price([line(unit_price=20_000)], BUYER, [rules])
        assert amounts(quote, Source.FULL_DISCOUNT) == {}
        assert quote.payable == 19_900


class TestPackagePrice:
    THREE_FOR_99 = PackagePrice(count=3, price=9_900, ref="activity:5")

    def quote(self, cart, *offers, **rules):
        return price(cart, BUYER, [ShopRules(1, package_prices=offers or (self.THREE_FOR_99,), **rules)])

    def test_three_units_cost_the_package_price_split_by_what_each_put_in(self):
        quote = self.quote([line(1, unit_price=5_000), line(2, unit_price=4_000), line(3, unit_price=3_000)])
        assert amounts(quote, Source.PACKAGE_PRICE) == {1: -875, 2: -700, 3: -525}
        assert quote.payable == 9_900

    def test_the_priciest_units_are_packed_first(self):
        cart = [line(1, unit_price=1_000), line(2, unit_price=5_000), line(3, unit_price=4_000, quantity=2)]
        quote = self.quote(cart)
        assert amounts(quote, Source.PACKAGE_PRICE) == {2: -1_192, 3: -1_908}  # 5000 + 4000 + 4000 → 9900
        assert quote.payable == 9_900 + 1_000

    def test_the_package_repeats_per_whole_group_and_leftovers_pay_their_price(self):
        quote = self.quote([line(unit_price=5_000, quantity=7)])
        assert quote.payable == 2 * 9_900 + 5_000

    def test_a_package_worth_less_than_its_price_costs_what_it_is_worth(self):
        assert self.quote([line(unit_price=2_000, quantity=3)]).payable == 6_000

    def test_fewer_units_than_a_package_pay_their_price(self):
        assert self.quote([line(unit_price=5_000, quantity=2)]).payable == 10_000

    def test_only_covered_products_are_packed(self):
        offer = PackagePrice(count=2, price=5_000, product_ids=frozenset({1}))
        quote = self.quote([line(1, unit_price=4_000, quantity=2), line(2, unit_price=9_000, quantity=2)], offer)
        assert amounts(quote, Source.PACKAGE_PRICE) == {1: -3_000}

    def test_units_are_base_units_valued_at_what_their_line_costs_after_activity_prices(self):
        cart = [line(1, unit_price=12_000, factor=2), line(2, unit_price=4_000)]  # a 2-pack, 50 元 a piece on sale
        quote = self.quote(cart, activity_prices=(ActivityPrice(1, 10_000),))
        assert amounts(quote, Source.PACKAGE_PRICE) == {1: -2_929, 2: -1_171}  # 5000 + 5000 + 4000 → 9900
        assert quote.payable == 9_900

    def test_a_huge_quantity_packs_without_counting_unit_by_unit(self):
        quote = self.quote([line(unit_price=10_000_000, quantity=9_999, factor=1_000)])  # 100 元 a base unit
        packs, left = divmod(9_999 * 1_000, 3)
        assert (packs, left) == (3_333_000, 0)
        assert quote.payable == packs * 9_900


class TestFullGift:
    OFFER = gifts((19_900, 77, 1), (50_000, 78, 2), ref="activity:9")

    @pytest.mark.parametrize(("subtotal", "given"), [(19_899, []), (19_900, [(77, 1)]), (60_000, [(78, 2)])])
    def test_the_highest_tier_reached_gives_its_gift(self, subtotal, given):
        quote = price([line(unit_price=subtotal)], BUYER, [ShopRules(1, full_gifts=(self.OFFER,))])
        assert [(g.sku_id, g.quantity) for g in quote.gifts] == given

    def test_a_gift_names_its_shop_and_offer_and_changes_no_money(self):
        cart = [line(1, shop=1, unit_price=20_000), line(2, shop=2, unit_price=20_000)]
        quote = price(cart, BUYER, [ShopRules(1, full_gifts=(self.OFFER,))])
        assert quote.gifts == (Gift(1, 77, 1, "activity:9"),)
        assert (quote.discount_total, quote.payable) == (0, 40_000)

    def test_the_threshold_is_measured_after_full_reduction_and_discount(self):
        rules = ShopRules(1, full_reductions=(reduction((0, 50)),), full_gifts=(self.OFFER,))
        assert price([line(unit_price=19_900)], BUYER, [rules]).gifts == ()

    def test_a_count_basis_over_covered_products(self):
        offer = gifts((2, 77, 1), basis="count", product_ids=frozenset({11}))
        cart = [line(1, product=11), line(2, product=12, quantity=5)]
        assert price(cart, BUYER, [ShopRules(1, full_gifts=(offer,))]).gifts == ()
        cart = [line(1, product=11, quantity=2)]
        assert [g.sku_id for g in price(cart, BUYER, [ShopRules(1, full_gifts=(offer,))]).gifts] == [77]


class TestCoupons:
    CART = (line(1, shop=1, product=11, unit_price=6000), line(2, shop=1, product=12, unit_price=4000),
            line(3, shop=2, product=21, unit_price=5000))

    def quote(self, *coupons, rules=()):
        return price(self.CART, BUYER, rules, Benefits(coupons=coupons))

    @pytest.mark.parametrize(("coupon", "reason"), [
        (Coupon("SHOP9", 9, 0, 100), RejectReason.WRONG_SHOP),
        (Coupon("P99", 1, 0, 100, frozenset({99})), RejectReason.NO_ELIGIBLE_LINES),
        (Coupon("BIG", 1, 10_001, 100), RejectReason.THRESHOLD_NOT_MET),
        (Coupon("P12", 1, 4_001, 100, frozenset({12})), RejectReason.THRESHOLD_NOT_MET),
    ], ids=["wrong_shop", "no_eligible_product", "shop_threshold", "product_threshold"])
    def test_a_coupon_that_does_not_apply_is_reported_with_its_reason(self, coupon, reason):
        quote = self.quote(coupon)
        assert [(r.ref, r.reason) for r in quote.rejected] == [(coupon.code, reason)]
        assert quote.discount_total == 0

    def test_a_shop_coupon_splits_over_that_shops_lines_only(self):
        quote = self.quote(Coupon("S1", 1, 10_000, 1000))
        assert amounts(quote, Source.COUPON) == {1: -600, 2: -400}

    def test_a_product_coupon_applies_to_its_products_only(self):
        quote = self.quote(Coupon("P12", 1, 0, 500, frozenset({12})))
        assert amounts(quote, Source.COUPON) == {2: -500}

    def test_a_platform_coupon_spans_every_shop(self):
        quote = self.quote(Coupon("ALL", None, 15_000, 1500))
        assert amounts(quote, Source.COUPON) == {1: -600, 2: -400, 3: -500}

    def test_a_coupon_never_takes_more_than_its_lines_cost(self):
        quote = self.quote(Coupon("HUGE", 2, 0, 999_999))
        assert amounts(quote, Source.COUPON) == {3: -5000}
        assert quote.lines[2].payable == 0

    def test_the_threshold_is_measured_after_full_reduction(self):
        rules = [ShopRules(1, full_reductions=(reduction((10_000, 1_000)),))]
        quote = self.quote(Coupon("S1", 1, 10_000, 500), rules=rules)
        assert [r.reason for r in quote.rejected] == [RejectReason.THRESHOLD_NOT_MET]

    def test_one_coupon_per_shop_and_one_from_the_platform(self):
        quote = self.quote(Coupon("A", 1, 0, 100), Coupon("B", 1, 0, 100), Coupon("C", None, 0, 100),
                           Coupon("D", None, 0, 100), Coupon("A", 1, 0, 100))
        assert [(r.ref, r.reason) for r in quote.rejected] == [
            ("B", RejectReason.ONE_COUPON_PER_SHOP),
            ("D", RejectReason.ONE_COUPON_PER_SHOP),
            ("A", RejectReason.DUPLICATE_CODE),
        ]
        assert {a.ref for a in quote.adjustments if a.source == Source.COUPON} == {"A", "C"}


class TestPoints:
    @pytest.mark.parametrize(("use", "balance", "used"), [
        (1_000, 5_000, 1_000),
        (1_000, 300, 300),
        (9_000, 100_000, 5_000),
        (0, 100_000, 0),
    ], ids=["as_asked", "capped_by_balance", "capped_at_half_the_goods", "none_asked"])
    def test_points_pay_one_fen_each_up_to_the_balance_and_half_the_goods(self, use, balance, used):
        buyer = BuyerContext(points_balance=balance)
        quote = price([line(unit_price=10_000)], buyer, benefits=Benefits(use_points=use))
        assert quote.points_used == used
        assert quote.payable == 10_000 - used

    def test_the_rate_and_the_cap_are_parameters_of_the_calculator(self):
        chain = (base, Points(points_per_fen=10, max_share_percent=20))
        quote = price([line(unit_price=10_000)], BUYER, benefits=Benefits(use_points=99_999), chain=chain)
        assert (quote.points_used, quote.discount_total) == (20_000, 2_000)

    def test_only_whole_fen_of_points_are_used(self):
        chain = (base, Points(points_per_fen=10))
        quote = price([line(unit_price=10_000)], BUYER, benefits=Benefits(use_points=1_005), chain=chain)
        assert (quote.points_used, quote.discount_total) == (1_000, 100)


class TestFreight:
    PIECES = FreightRule("pieces", FreightRate(first_units=1, first_fee=800, extra_units=2, extra_fee=300))
    WEIGHT = FreightRule("weight", FreightRate(first_units=1000, first_fee=1000, extra_units=500, extra_fee=200))

    def quote(self, rule, lines=None, province="浙江", **benefits):
        lines = lines or [line(unit_price=1000, quantity=1)]
        buyer = BuyerContext(province=province, points_balance=100_000)
        return price(lines, buyer, [ShopRules(1, freight=rule)], Benefits(**benefits))

    @pytest.mark.parametrize(("quantity", "fee"), [(1, 800), (2, 1100), (3, 1100), (4, 1400)])
    def test_pieces_pay_the_first_fee_then_per_started_extra_step(self, quantity, fee):
        assert self.quote(self.PIECES, [line(quantity=quantity)]).freight_total == fee

    @pytest.mark.parametrize(("grams", "quantity", "fee"), [(0, 1, 1000), (1000, 1, 1000), (1001, 1, 1200),
                                                           (600, 3, 1400)])
    def test_weight_pays_per_started_extra_step_of_grams(self, grams, quantity, fee):
        assert self.quote(self.WEIGHT, [line(weight=grams, quantity=quantity)]).freight_total == fee

    def test_a_region_rate_replaces_the_default_for_its_provinces(self):
        rule = FreightRule("pieces", FreightRate(1, 800, 1, 300),
                           regions=(RegionRate(frozenset({"新疆", "西藏"}), FreightRate(1, 2000, 1, 1000)),))
        assert self.quote(rule, province="新疆").freight_total == 2000
        assert self.quote(rule, province="浙江").freight_total == 800
        assert self.quote(rule, province=None).freight_total == 800

    @pytest.mark.parametrize(("coupon_off", "freight"), [(0, 0), (1, 800)])
    def test_free_over_looks_at_the_subtotal_after_discounts(self, coupon_off, freight):
        rule = FreightRule("pieces", FreightRate(1, 800, 1, 0), free_over=10_000)
        quote = self.quote(rule, [line(unit_price=10_000)], coupons=(Coupon("C", 1, 0, coupon_off),))
        assert quote.freight_total == freight

    def test_paying_with_points_keeps_free_shipping(self):
        rule = FreightRule("pieces", FreightRate(1, 800, 1, 0), free_over=10_000)
        quote = self.quote(rule, [line(unit_price=10_000)], use_points=1_000)
        assert (quote.points_used, quote.freight_total) == (1_000, 0)

    def test_an_excluded_province_marks_the_shops_lines_undeliverable_without_freight(self):
        rule = FreightRule("pieces", FreightRate(1, 800, 1, 0), excluded_provinces=frozenset({"西藏"}))
        quote = self.quote(rule, [line(1), line(2)], province="西藏")
        assert [q.undeliverable for q in quote.lines] == [UndeliverableReason.REGION_EXCLUDED] * 2
        assert (quote.deliverable, quote.freight_total) == (False, 0)
        assert self.quote(rule, province="浙江").deliverable

    def test_freight_is_attributed_to_the_shops_lines_by_what_they_cost(self):
        rule = FreightRule("pieces", FreightRate(2, 1000, 1, 0))
        quote = self.quote(rule, [line(1, unit_price=2000), line(2, unit_price=1000)])
        assert amounts(quote, Source.FREIGHT) == {1: 667, 2: 333}
        assert [q.payable for q in quote.lines] == [2667, 1333]

    def test_each_shop_pays_its_own_template_and_a_shop_without_one_ships_free(self):
        lines = [line(1, shop=1), line(2, shop=2)]
        quote = price(lines, BUYER, [ShopRules(1, freight=self.PIECES), ShopRules(2)])
        assert [(s.shop_id, s.freight_total) for s in quote.shops] == [(1, 800), (2, 0)]


    def test_a_product_with_its_own_template_is_charged_apart_from_the_default(self):
        heavy = FreightRule("weight", FreightRate(1000, 1500, 1000, 500), free_over=50_000)
        lines = [Line(1, 1, 1, 1, 1000, 2), Line(2, 1, 2, 2, 3000, 1, 2500, freight_template_id=9)]
        quote = price(lines, BUYER, [ShopRules(1, freight=self.PIECES, freight_templates={9: heavy})])
        assert amounts(quote, Source.FREIGHT) == {1: 1100, 2: 2500}  # 2 pieces; 2.5 kg
        assert quote.freight_total == 3600

    def test_a_template_the_shop_does_not_have_ships_by_the_default(self):
        quote = price([Line(1, 1, 1, 1, 1000, 1, freight_template_id=42)], BUYER,
                      [ShopRules(1, freight=self.PIECES)])
        assert quote.freight_total == 800

    def test_a_products_template_excluding_the_province_marks_only_its_lines(self):
        remote = FreightRule("pieces", FreightRate(1, 0, 1, 0), excluded_provinces=frozenset({"浙江"}))
        lines = [line(1), Line(2, 1, 2, 2, 1000, 1, freight_template_id=5)]
        quote = price(lines, BUYER, [ShopRules(1, freight=self.PIECES, freight_templates={5: remote})])
        assert [q.undeliverable for q in quote.lines] == [None, UndeliverableReason.REGION_EXCLUDED]
        assert quote.freight_total == 800

class TestChain:
    def test_a_calculator_left_out_of_the_chain_does_nothing(self):
        chain = tuple(c for c in CHAIN if c is not freight)
        quote = price([line()], BUYER, [ShopRules(1, freight=TestFreight.PIECES)], chain=chain)
        assert quote.freight_total == 0

    def test_a_new_calculator_joins_the_chain_without_touching_the_others(self):
        def gift_wrap(state: PricingState) -> Outcome:
            return Outcome(tuple(Adjustment(x.line_id, "gift_wrap", 50) for x in state.lines))

        quote = price([line(1), line(2)], BUYER, chain=(*CHAIN, gift_wrap))
        assert quote.lines[0].by_source == {"gift_wrap": 50}
        assert quote.payable == 2100

    def test_activities_apply_in_the_contracts_order(self):
        rules = ShopRules(1, activity_prices=(ActivityPrice(1, 4_000),),
                          package_prices=(PackagePrice(count=2, price=7_000),),
                          full_reductions=(reduction((7_000, 1_000)),), full_discounts=(discount((6_000, 90)),),
                          full_gifts=(gifts((5_400, 77, 1)),))
        quote = price([line(unit_price=5_000, quantity=2)], BUYER, [rules], Benefits((Coupon("C", 1, 5_000, 400),)))
        assert quote.lines[0].by_source == {"activity": -2_000, "package_price": -1_000, "full_reduction": -1_000,
                                            "full_discount": -600, "coupon": -400}
        assert [g.sku_id for g in quote.gifts] == [77]  # 5400 reached after the discounts, before the coupon
        assert quote.payable == 5_000

    def test_every_line_reconciles_with_its_adjustments_by_source(self):
        rules = [ShopRules(1, freight=TestFreight.PIECES, full_reductions=(reduction((0, 300)),))]
        quote = price([line(1, unit_price=5000)], BUYER, rules, Benefits((Coupon("C", 1, 0, 200),), 100))
        only = quote.lines[0]
        assert only.by_source == {"full_reduction": -300, "coupon": -200, "points": -100, "freight": 800}
        assert only.payable == only.base + sum(only.by_source.values()) == 5200
        assert (quote.goods_total, quote.discount_total, quote.freight_total) == (5000, 600, 800)


# --- properties ------------------------------------------------------------------------------

SHOPS = [1, 2, 3]
PROVINCES = ["浙江", "新疆", "西藏", None]
money = st.integers(0, 50_000)


@st.composite
def carts(draw):
    count = draw(st.integers(0, 8))
    lines = tuple(
        Line(i, draw(st.sampled_from(SHOPS)), draw(st.integers(1, 4)), draw(st.integers(1, 4)),
             draw(money), draw(st.integers(1, 12)), draw(st.integers(0, 3000)), factor=draw(st.sampled_from([1, 1, 6])))
        for i in range(count)
    )
    rules = tuple(draw(shop_rules(shop)) for shop in SHOPS if draw(st.booleans()))
    coupons = draw(st.lists(st.builds(
        Coupon, st.sampled_from("ABCDE"), st.sampled_from([None, 1, 2, 3, 9]), money, money,
        st.none() | st.frozensets(st.integers(1, 4), max_size=3)), max_size=4))
    buyer = BuyerContext(1, draw(st.sampled_from(PROVINCES)), None, draw(st.integers(0, 100_000)))
    benefits = Benefits(tuple(coupons), draw(st.integers(0, 100_000)))
    return lines, buyer, rules, benefits


def shop_rules(shop_id):
    rates = st.builds(FreightRate, st.integers(0, 3000), money, st.integers(1, 2000), money)
    templates = st.builds(
        FreightRule, st.sampled_from(["pieces", "weight"]), rates,
        st.lists(st.builds(RegionRate, st.frozensets(st.sampled_from(PROVINCES[:3])), rates), max_size=2).map(tuple),
        st.none() | money, st.frozensets(st.sampled_from(PROVINCES[:3]), max_size=1))
    scope = {"product_ids": st.none() | st.frozensets(st.integers(1, 4), max_size=3), "ref": st.just("")}
    threshold, basis = st.integers(1, 60_000), st.sampled_from(["amount", "count"])
    reductions = st.builds(FullReduction, st.lists(st.builds(ReductionTier, threshold, money), min_size=1,
                                                   max_size=3).map(tuple),
                           basis=basis, cyclic=st.booleans(), cap=st.none() | money, **scope)
    discounts = st.builds(FullDiscount, st.lists(st.builds(DiscountTier, threshold, st.integers(1, 99)), min_size=1,
                                                 max_size=3).map(tuple), basis=basis, **scope)
    gift_offers = st.builds(FullGift, st.lists(st.builds(GiftTier, threshold, st.integers(1, 4), st.integers(1, 3)),
                                               min_size=1, max_size=2).map(tuple), basis=basis, **scope)
    packages = st.builds(PackagePrice, count=st.integers(1, 5), price=money, **scope)
    offers = {"full_discounts": discounts, "full_gifts": gift_offers, "package_prices": packages}
    return st.builds(
        ShopRules, st.just(shop_id), st.none() | templates,
        st.lists(reductions, max_size=2).map(tuple),
        st.lists(st.builds(ActivityPrice, st.integers(1, 4), money), max_size=3).map(tuple),
        **{name: st.lists(strategy, max_size=2).map(tuple) for name, strategy in offers.items()})


class TestProperties:
    @given(carts())
    def test_nothing_is_ever_negative(self, cart):
        quote = price(*cart)
        assert quote.payable >= 0
        assert all(q.payable >= 0 for q in quote.lines)
        assert all(s.payable >= 0 and s.discount_total >= 0 for s in quote.shops)

    @given(carts())
    def test_lines_shops_and_adjustments_add_up_to_the_total_exactly(self, cart):
        quote = price(*cart)
        assert sum(q.payable for q in quote.lines) == quote.payable
        assert sum(s.payable for s in quote.shops) == quote.payable
        assert sum(a.amount for a in quote.adjustments) == quote.payable
        assert quote.goods_total - quote.discount_total + quote.freight_total == quote.payable
        for q in quote.lines:
            assert q.base + sum(q.by_source.values()) == q.payable

    @given(carts())
    def test_no_discount_exceeds_what_it_applies_to(self, cart):
        lines, buyer, rules, benefits = cart
        quote = price(*cart)
        for q in quote.lines:
            discounts = sum(v for v in q.by_source.values() if v < 0)
            assert -discounts <= q.base
        offered = {c.code: c.off for c in reversed(benefits.coupons)}  # the first of a code counts
        for code in {a.ref for a in quote.adjustments if a.source == Source.COUPON}:
            taken = -sum(a.amount for a in quote.adjustments if a.source == Source.COUPON and a.ref == code)
            assert 0 < taken <= offered[code]
        assert quote.points_used <= min(benefits.use_points, buyer.points_balance)
        for rule in rules:
            shop_lines = [x for x in lines if x.shop_id == rule.shop_id]
            most = max(sum(x.unit_price * x.quantity for x in shop_lines), sum(x.units for x in shop_lines))
            bound = sum(offer.cap if offer.cap is not None else max(
                (most // t.threshold if offer.cyclic else 1) * t.off for t in offer.tiers)
                for offer in rule.full_reductions)
            reduced = -sum(q.by_source.get(Source.FULL_REDUCTION, 0) for q in quote.lines if q.shop_id == rule.shop_id)
            assert reduced <= bound

    @given(carts())
    def test_gifts_come_from_a_reached_tier_of_their_shops_offers(self, cart):
        lines, _, rules, _ = cart
        offered = {(r.shop_id, t.sku_id, t.quantity) for r in rules for offer in r.full_gifts for t in offer.tiers}
        quote = price(*cart)
        assert {(g.shop_id, g.sku_id, g.quantity) for g in quote.gifts} <= offered
        assert {g.shop_id for g in quote.gifts} <= {x.shop_id for x in lines}

    @given(carts())
    def test_a_package_never_costs_more_than_its_units(self, cart):
        quote = price(*cart)
        assert all(a.amount <= 0 for a in quote.adjustments if a.source == Source.PACKAGE_PRICE)

    @given(carts())
    def test_the_same_input_gives_the_same_quote_and_stays_untouched(self, cart):
        before = copy.deepcopy(cart)
        assert price(*cart) == price(*cart)
        assert cart == before

    @settings(max_examples=200)
    @given(st.lists(st.integers(0, 100_000), min_size=1, max_size=10), st.integers(0, 200_000))
    def test_a_discount_splits_by_largest_remainder(self, prices, off):
        lines = [line(i, unit_price=p) for i, p in enumerate(prices)]
        quote = price(lines, BUYER, [ShopRules(1, full_reductions=(reduction((0, off)),))])
        shares = [-amounts(quote, Source.FULL_REDUCTION).get(i, 0) for i in range(len(prices))]
        taken = min(off, sum(prices))
        assert sum(shares) == taken
        for share, weight in zip(shares, prices, strict=True):
            exact = Fraction(taken * weight, sum(prices)) if sum(prices) else Fraction(0)
            assert abs(share - exact) < 1
