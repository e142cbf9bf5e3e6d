// 拼团: group-buy products (list or scroll) with 「N人团」 and 「已拼M件」. data.items is [] until
// the marketing issue; expected fields: a ProductCard plus group_price, group_size, joined.
import section from "../../../behaviors/section.js";
import { formatSales, sectionProducts } from "../../../shared/index.js";
import { formatPrice, markViews, priceView } from "../../../core/view.js";

Component({
  behaviors: [section],
  data: { cards: [] },
  methods: {
    viewModel(s, section) {
      const cards = sectionProducts(section).map((item) => {
        const price = typeof item.group_price === "number" ? item.group_price : item.price;
        const parts = priceView(price);
        return {
          id: item.id,
          title: item.title || "",
          image: item.image || "",
          yuan: parts.yuan,
          fen: parts.fen,
          single: typeof item.price === "number" && item.price > price ? "单买" + formatPrice(item.price) : "",
          size: typeof item.group_size === "number" ? item.group_size : 2,
          joined: typeof item.joined === "number" ? formatSales(item.joined).replace("已售", "已拼") + "件" : "",
          soldOut: item.stock_state === "sold_out",
          marks: markViews(item.marks, 2),
        };
      });
      return { cards };
    },
  },
});
