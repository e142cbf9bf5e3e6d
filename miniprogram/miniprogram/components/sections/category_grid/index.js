// 分类导航: van-grid of the category tree's first level; the last cell can be 「更多」.
import section from "../../../behaviors/section.js";
import { sectionItems } from "../../../shared/index.js";

Component({
  behaviors: [section],
  data: { cells: [], iconSize: "88rpx" },
  methods: {
    viewModel(s, section) {
      const capacity = (s.columns || 5) * (s.rows || 2);
      const categories = sectionItems(section).filter((c) => c && typeof c.id === "number" && c.name);
      const more = s.show_more && !!s.more_action;
      const shown = categories.slice(0, more ? capacity - 1 : capacity).map((c) => ({
        key: "c" + c.id,
        id: c.id,
        name: c.name,
        icon: c.icon || "",
        action: { kind: "category", category_id: c.id },
      }));
      if (more) {
        shown.push({ key: "more", id: 0, name: s.more_text, icon: "", more: true, action: s.more_action });
      }
      return { cells: shown, iconSize: (s.icon_size || 44) * 2 + "rpx" };
    },
  },
});
