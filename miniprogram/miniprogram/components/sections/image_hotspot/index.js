// 热区图片: one image with tappable areas (x/y/width/height in % of the image).
import section from "../../../behaviors/section.js";

function pct(n) {
  const v = Number(n);
  return (isFinite(v) ? Math.max(0, Math.min(100, v)) : 0) + "%";
}

Component({
  behaviors: [section],
  data: { spots: [], ratio: "" },
  methods: {
    viewModel(s) {
      const w = s.image_width || 750;
      const h = s.image_height || 400;
      const spots = (Array.isArray(s.hotspots) ? s.hotspots : [])
        .filter((spot) => spot && spot.action)
        .map((spot) => ({
          title: spot.title || "",
          action: spot.action,
          style:
            "left:" + pct(spot.x) + ";top:" + pct(spot.y) + ";width:" + pct(spot.width) + ";height:" + pct(spot.height),
        }));
      return { spots, ratio: "padding-top:" + ((h / w) * 100).toFixed(4) + "%" };
    },
  },
});
