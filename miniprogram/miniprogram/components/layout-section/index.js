// Draws one normalised section ({id, type, v, settings, data, action, source, lazy}) through the
// wx:if/wx:elif chain of index.wxml. Types this shell does not have, or newer versions, draw
// nothing (normalizeLayout already leaves them out; this is the second line).
import { isSupported } from "../../core/supported.js";

Component({
  // No host node: the section root sits directly in the page's scroll, so a sticky search box
  // sticks to the whole page rather than to its own wrapper.
  options: { virtualHost: true },
  properties: {
    section: { type: Object, value: null },
  },
  data: { known: false, sticky: false },
  observers: {
    section(section) {
      this.update(section);
    },
  },
  lifetimes: {
    // Initial property values do not always pass through observers.
    attached() {
      this.update(this.data.section);
    },
  },
  methods: {
    update(section) {
      const known = isSupported(section);
      const sticky = known && section.type === "search_box" && !!(section.settings && section.settings.sticky);
      if (known !== this.data.known || sticky !== this.data.sticky) this.setData({ known, sticky });
    },
  },
});
