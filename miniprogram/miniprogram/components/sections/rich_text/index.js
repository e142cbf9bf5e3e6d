// 富文本: <rich-text nodes> with a sanitised node list (never an HTML string).
import section from "../../../behaviors/section.js";
import { sanitizeRichText } from "../../../core/richtext.js";

Component({
  behaviors: [section],
  data: { nodes: [] },
  methods: {
    viewModel(s) {
      return {
        nodes: sanitizeRichText(s.html),
        box: this.boxOf(s),
      };
    },
    boxOf(s) {
      return (
        "margin:" + (s.margin_y || 0) * 2 + "rpx " + (s.margin_x || 0) * 2 + "rpx;" +
        "padding:" + (s.padding || 0) * 2 + "rpx;" +
        "border-radius:" + (s.radius || 0) * 2 + "rpx;" +
        (s.background_color ? "background-color:" + s.background_color : "")
      );
    },
  },
});
