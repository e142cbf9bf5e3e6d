// 标题栏: a heading with optional subtitle, accent bar and 「更多」 link.
import section from "../../../behaviors/section.js";

Component({
  behaviors: [section],
  methods: {
    viewModel(s) {
      return {
        box:
          "margin:" + (s.margin_y || 0) * 2 + "rpx " + (s.margin_x || 0) * 2 + "rpx" +
          (s.background_color ? ";background-color:" + s.background_color + ";padding:16rpx 24rpx;border-radius:16rpx" : ""),
        titleStyle: "color:" + s.title_color + ";font-size:" + (s.font_size || 16) * 2 + "rpx",
      };
    },
  },
});
