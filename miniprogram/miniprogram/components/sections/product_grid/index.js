// 商品列表: cards in 2–4 columns — image (sold-out overlay), 自营 tag, title, promotion marks and
// tags, red price with small fen, original price, sales, buy button. Shows exactly sectionProducts(section).
import section from "../../../behaviors/section.js";
import { sectionProducts } from "../../../shared/index.js";
import { productView, rpx } from "../../../core/view.js";
import { openProduct } from "../../../core/navigate.js";

Component({
  behaviors: [section],
  data: { cards: [], cellStyle: "", thumbStyle: "" },
  methods: {
    viewModel(s, section) {
      const columns = [2, 3, 4].indexOf(s.columns) !== -1 ? s.columns : 2;
      const gap = s.gap || 0;
      // width of one cell: (100% - gaps) / columns, gaps in rpx
      const cellStyle =
        "width:calc((100% - " + rpx(gap * (columns - 1)) + ") / " + columns + ");" +
        "margin-bottom:" + rpx(gap) + ";" +
        "border-radius:" + rpx(s.radius);
      return {
        columns,
        cards: sectionProducts(section).map(productView),
        cellStyle,
        gap: rpx(gap),
        thumbStyle: "padding-top:" + (s.image_ratio === "3:4" ? "133.33%" : "100%"),
        box: "margin:" + rpx(s.margin_y) + " " + rpx(s.margin_x),
      };
    },
    onBuy(e) {
      // The buy button opens the product too (SKU choice happens there).
      openProduct(e.currentTarget.dataset.id);
    },
  },
});
