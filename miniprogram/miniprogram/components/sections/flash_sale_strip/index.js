// 限时秒杀: the running (or next) slot with a van-count-down and its products. Hidden while no
// slot is on (data {slot: null, items: []}). Expected slot fields: starts_at, ends_at (ISO or
// epoch ms); item fields: a ProductCard plus flash_price and sold_ratio (0–1), when present.
import section from "../../../behaviors/section.js";
import { sectionProducts } from "../../../shared/index.js";
import { formatPrice, markViews, priceView } from "../../../core/view.js";

function toMs(value) {
  if (typeof value === "number") return value;
  const t = Date.parse(value);
  return isNaN(t) ? null : t;
}

Component({
  behaviors: [section],
  data: { cards: [], remaining: 0, label: "" },
  methods: {
    viewModel(s, section) {
      const slot = section.data && section.data.slot;
      const cards = sectionProducts(section).map((item) => {
        const price = typeof item.flash_price === "number" ? item.flash_price : item.price;
        const parts = priceView(price);
        const ratio = typeof item.sold_ratio === "number" ? Math.max(0, Math.min(1, item.sold_ratio)) : null;
        return {
          id: item.id,
          title: item.title || "",
          image: item.image || "",
          yuan: parts.yuan,
          fen: parts.fen,
          original:
            typeof item.original_price === "number" && item.original_price > price
              ? formatPrice(item.original_price)
              : typeof item.flash_price === "number" && item.price > item.flash_price
                ? formatPrice(item.price)
                : "",
          percent: ratio === null ? null : Math.round(ratio * 100),
          soldOut: item.stock_state === "sold_out",
          marks: markViews(item.marks, 1),
        };
      });
      const now = Date.now();
      const starts = slot ? toMs(slot.starts_at) : null;
      const ends = slot ? toMs(slot.ends_at) : null;
      let remaining = 0;
      let label = "";
      if (starts && starts > now) {
        remaining = starts - now;
        label = "距开始";
      } else if (ends && ends > now) {
        remaining = ends - now;
        label = "距结束";
      }
      return { cards, remaining, label };
    },
  },
});
