// 排行榜: ranked product cards (list or horizontal scroll) with 1–3 medal badges.
import section from "../../../behaviors/section.js";
import { sectionProducts } from "../../../shared/index.js";
import { productView } from "../../../core/view.js";

Component({
  behaviors: [section],
  data: { cards: [] },
  methods: {
    viewModel(s, section) {
      const cards = sectionProducts(section).map((item, index) => {
        const card = productView(item);
        card.rank = typeof item.rank === "number" ? item.rank : index + 1;
        card.medal = card.rank <= 3 ? "rank--" + card.rank : "";
        return card;
      });
      return { cards };
    },
  },
});
