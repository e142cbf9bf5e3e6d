// 轮播图: native swiper, at most 5 slides; a tap performs the slide's action.
import section from "../../../behaviors/section.js";

export const MAX_SLIDES = 5;

Component({
  behaviors: [section],
  data: { slides: [], current: 0, dots: false },
  methods: {
    viewModel(s) {
      const slides = (Array.isArray(s.slides) ? s.slides : [])
        .filter((slide) => slide && slide.image)
        .slice(0, MAX_SLIDES)
        .map((slide) => ({ image: slide.image, title: slide.title || "", action: slide.action || null }));
      return {
        slides,
        current: 0,
        dots: s.indicator_style === "dots" && slides.length > 1,
      };
    },
    onChange(e) {
      this.setData({ current: e.detail.current });
    },
  },
});
