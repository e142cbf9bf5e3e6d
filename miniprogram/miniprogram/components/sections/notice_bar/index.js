// 公告: van-notice-bar; horizontal marquee, vertical rotation (a vertical swiper inside the bar)
// or static; a tap performs the section's action.
import section from "../../../behaviors/section.js";
import { navigate } from "../../../core/navigate.js";

Component({
  behaviors: [section],
  data: { lines: [], text: "" },
  methods: {
    viewModel(s) {
      const lines = (Array.isArray(s.lines) ? s.lines : []).filter((l) => typeof l === "string" && l);
      return {
        lines,
        // The marquee shows the lines one after another.
        text: lines.join("\u3000\u3000"),
      };
    },
    onTap() {
      const action = this.data.section && this.data.section.action;
      if (action) navigate(action);
    },
  },
});
