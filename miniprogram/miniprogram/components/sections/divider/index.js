// 辅助线
import section from "../../../behaviors/section.js";

Component({
  behaviors: [section],
  methods: {
    viewModel(s) {
      const style = ["solid", "dashed", "dotted"].indexOf(s.style) !== -1 ? s.style : "solid";
      return {
        box: "padding:" + (s.margin_y || 0) * 2 + "rpx " + (s.margin_x || 0) * 2 + "rpx",
        line: "border-top:" + (s.thickness || 1) * 2 + "rpx " + style + " " + (s.color || "#e5e5e5"),
      };
    },
  },
});
