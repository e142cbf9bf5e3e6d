// 网页: /pages/webview/index?url=<encoded https url>. Checked again here (a page can be opened
// with any query); the host must also be a 业务域名 of the mini-program or WeChat refuses it.
import { isSafeUrl } from "../../shared/index.js";
import { config } from "../../config.js";

Page({
  data: { url: "", refused: false },
  onLoad(options) {
    let url = "";
    try {
      url = decodeURIComponent(options.url || "");
    } catch (e) {
      url = "";
    }
    if (isSafeUrl(url, { allowedHosts: config.webviewHosts })) this.setData({ url });
    else this.setData({ refused: true });
  },
});
