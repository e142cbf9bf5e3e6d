// What every section component shares: the `section` property (a normalised section from the
// shared core), settings merged over the catalogue defaults, the outer box style, and taps that
// perform layout actions. A component adds `viewModel(s, section)` returning its own view model.
import { navigate, openProduct } from "../core/navigate.js";
import { boxStyle, settingsOf } from "../core/view.js";

export default Behavior({
  properties: {
    section: { type: Object, value: null },
  },
  data: {
    s: {},
    box: "",
  },
  observers: {
    section(section) {
      // Before attach the first view waits for `attached`: Vant parents and children (van-grid,
      // van-grid-item) link their relations only when created in an attached tree.
      if (this._attached) this.refresh(section);
    },
  },
  lifetimes: {
    attached() {
      this._attached = true;
      this.refresh(this.data.section);
    },
  },
  methods: {
    refresh(section) {
      if (!section) return;
      const s = settingsOf(section);
      const data = { s, box: boxStyle(s) };
      if (typeof this.viewModel === "function") Object.assign(data, this.viewModel(s, section));
      this.setData(data);
    },
    /** bindtap on an element with data-action="{{action}}". */
    onAction(e) {
      const action = e.currentTarget.dataset.action;
      if (action) navigate(action);
    },
    /** bindtap on the section's 「更多」 link. */
    onMore() {
      const action = this.data.s.more_action;
      if (action) navigate(action);
    },
    /** bindtap on a product card with data-product-id. */
    onProduct(e) {
      const id = e.currentTarget.dataset.productId;
      if (id) openProduct(id);
    },
  },
});
