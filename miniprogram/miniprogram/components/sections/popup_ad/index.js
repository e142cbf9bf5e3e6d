// 弹窗广告: a van-popup shown `delay` ms after the page paints, at most as often as `frequency`
// says (remembered per section in wx storage); a tap on the image performs the section's action.
import section from "../../../behaviors/section.js";
import { navigate } from "../../../core/navigate.js";
import { markPopupShown, shouldShowPopup } from "../../../core/popup.js";

Component({
  behaviors: [section],
  data: { show: false, width: "80%" },
  lifetimes: {
    detached() {
      if (this._timer) clearTimeout(this._timer);
    },
  },
  methods: {
    viewModel(s, section) {
      if (!this._scheduled && s.image) {
        this._scheduled = true;
        if (shouldShowPopup(section.id, s.frequency)) {
          this._timer = setTimeout(() => {
            markPopupShown(section.id);
            this.setData({ show: true });
          }, s.delay || 0);
        }
      }
      return { width: (s.width || 80) + "vw" };
    },
    onClose() {
      this.setData({ show: false });
    },
    onImage() {
      const action = this.data.section && this.data.section.action;
      this.setData({ show: false });
      if (action) navigate(action);
    },
  },
});
