// 品牌墙: brand logos in 3–5 columns; a tap performs the brand's action.
import section from "../../../behaviors/section.js";

Component({
  behaviors: [section],
  data: { brands: [] },
  methods: {
    viewModel(s) {
      const columns = [3, 4, 5].indexOf(s.columns) !== -1 ? s.columns : 4;
      const brands = (Array.isArray(s.brands) ? s.brands : [])
        .filter((b) => b && b.logo)
        .map((b) => ({ logo: b.logo, name: b.name || "", action: b.action || null }));
      return { brands, cell: "width:" + (100 / columns).toFixed(4) + "%" };
    },
  },
});
