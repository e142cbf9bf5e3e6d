// 店铺信息: logo, name, 自营, intro (公告), optional rating and sales, 「关注」.
import section from "../../../behaviors/section.js";
import { formatSales, sectionItems } from "../../../shared/index.js";
import { openShop } from "../../../core/navigate.js";

Component({
  behaviors: [section],
  data: { shop: null, cover: "" },
  methods: {
    viewModel(s, section) {
      const raw = sectionItems(section).filter((x) => x && typeof x.id === "number")[0];
      if (!raw) return { shop: null };
      return {
        shop: {
          id: raw.id,
          name: raw.name || "",
          logo: raw.logo || "",
          self: raw.self_operated === true,
          intro: raw.intro || "",
          rating: typeof raw.rating === "number" ? raw.rating.toFixed(1) : "",
          sales: typeof raw.sales === "number" ? formatSales(raw.sales) : "",
        },
        cover: s.style === "banner" && s.background_image ? "background-image:url(" + s.background_image + ")" : "",
      };
    },
    onShop() {
      if (this.data.shop) openShop(this.data.shop.id);
    },
    onFollow() {
      // Following shops arrives with the members issue.
      wx.showToast({ title: "关注功能即将上线", icon: "none" });
    },
  },
});
