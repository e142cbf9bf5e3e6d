// 优惠券: coupons of `coupon_ids` in a row (scroll) or a list; 「领取」 claims in place.
// The coupon shape arrives with the marketing issue; until then data.items is [] and the section
// draws nothing. Expected fields: id, title, amount (fen) or discount (e.g. 8.5 折), threshold
// (fen), available, claimed.
import section from "../../../behaviors/section.js";
import { formatPrice, priceParts, sectionItems } from "../../../shared/index.js";
import { claimCoupon } from "../../../core/navigate.js";

function couponView(c) {
  const isDiscount = typeof c.discount === "number" && !(typeof c.amount === "number");
  const amount = priceParts(c.amount);
  return {
    id: c.id,
    title: c.title || c.name || "优惠券",
    discount: isDiscount ? String(c.discount) : "",
    yuan: amount.yuan,
    fen: amount.fen === "00" ? "" : amount.fen,
    condition: typeof c.threshold === "number" && c.threshold > 0 ? "满" + formatPrice(c.threshold).slice(1) + "可用" : "无门槛",
    claimed: c.claimed === true,
    available: c.available !== false,
  };
}

Component({
  behaviors: [section],
  data: { coupons: [] },
  methods: {
    viewModel(s, section) {
      let coupons = sectionItems(section).filter((c) => c && typeof c.id === "number").map(couponView);
      if (s.hide_unavailable) coupons = coupons.filter((c) => c.available);
      return { coupons };
    },
    async onClaim(e) {
      const index = e.currentTarget.dataset.index;
      const coupon = this.data.coupons[index];
      if (!coupon || coupon.claimed || !coupon.available) return;
      if (await claimCoupon(coupon.id)) this.setData({ ["coupons[" + index + "].claimed"]: true });
    },
  },
});
