// Renders a page response (docs/pages-api.md): normalised by the shared core for channel `mp` and
// this shell's components, then handed to the view section by section with path-based setData
// (`sections[3]`, `sections[3].data`) so no single call comes near the 1 MB limit.
//
// Use: <page-renderer id="renderer" bind:rendered="onRendered" /> and
// this.selectComponent("#renderer").setResponse(response); lazy sections arrive later through
// setSectionData(id, data). The `response` property does the same for small pages and tests.
import { normalizeLayout, pageInfo } from "../../shared/index.js";
import { config } from "../../config.js";
import { SUPPORTED } from "../../core/supported.js";
import { mediaUrl, resolveMedia, resolveSectionMedia } from "../../core/media.js";

/** Bytes of section JSON per setData call; WeChat refuses calls above 1 MB. */
const BATCH_BYTES = 256 * 1024;

function bytesOf(value) {
  try {
    return JSON.stringify(value).length * 3; // UTF-8 upper bound (CJK is 3 bytes)
  } catch (e) {
    return 0;
  }
}

Component({
  properties: {
    response: { type: Object, value: null },
    channel: { type: String, value: "" },
  },
  data: {
    sections: [],
    pageStyle: "",
  },
  observers: {
    response(response) {
      if (response) this.setResponse(response);
    },
  },
  methods: {
    /** Draw a page response; returns {title, style, lazy: [section ids whose data comes later]}. */
    setResponse(response) {
      const sections = normalizeLayout(response, {
        channel: this.data.channel || config.channel,
        supported: SUPPORTED,
      }).map(resolveSectionMedia);
      const info = pageInfo(response);
      this._ids = sections.map((s) => s.id);
      this._batches = 0;

      // First call: page style and the first sections up to the byte budget; then one call per
      // batch, appending by index path.
      let batch = { pageStyle: this.pageStyleOf(info.style), sections: [] };
      let size = 0;
      let first = true;
      sections.forEach((section, index) => {
        const bytes = bytesOf(section);
        if (size > 0 && size + bytes > BATCH_BYTES) {
          this.flush(batch);
          batch = {};
          size = 0;
          first = false;
        }
        if (first) batch.sections.push(section);
        else batch["sections[" + index + "]"] = section;
        size += bytes;
      });
      this.flush(batch);

      const result = {
        title: info.title,
        style: info.style,
        lazy: sections.filter((s) => s.lazy && s.data === null).map((s) => s.id),
        count: sections.length,
      };
      this.triggerEvent("rendered", result);
      return result;
    },
    flush(batch) {
      this._batches = (this._batches || 0) + 1;
      this.setData(batch);
    },
    /** Data for one lazy section: a path update of that section only. */
    setSectionData(id, data) {
      const index = (this._ids || []).indexOf(id);
      if (index === -1) return false;
      this.setData({ ["sections[" + index + "].data"]: resolveMedia(data === undefined ? null : data) });
      return true;
    },
    pageStyleOf(style) {
      const parts = ["background-color:" + (style.background_color || "#f5f5f5")];
      const image = mediaUrl(style.background_image);
      if (image) parts.push("background-image:url(" + image + ");background-size:100% auto;background-repeat:no-repeat");
      return parts.join(";");
    },
  },
});
