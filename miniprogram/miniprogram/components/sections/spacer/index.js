// 辅助空白
import section from "../../../behaviors/section.js";

Component({
  behaviors: [section],
  methods: {
    viewModel(s) {
      return {
        box: "height:" + (s.height || 12) * 2 + "rpx" + (s.background_color ? ";background-color:" + s.background_color : ""),
      };
    },
  },
});
