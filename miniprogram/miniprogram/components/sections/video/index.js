// 视频: the native <video> in a box of the chosen aspect ratio.
import section from "../../../behaviors/section.js";

const RATIOS = { "16:9": 56.25, "4:3": 75, "1:1": 100, "9:16": 177.78 };

Component({
  behaviors: [section],
  methods: {
    viewModel(s, section) {
      return {
        videoId: "video-" + section.id,
        frame: "padding-top:" + (RATIOS[s.aspect_ratio] || 56.25) + "%",
      };
    },
  },
});
