// 商品详情: /pages/product/index?id=<product_id> — 即将上线.
Page({
  data: { id: "" },
  onLoad(options) {
    this.setData({ id: options.id || "" });
  },
  onGoHome() {
    wx.switchTab({ url: "/pages/index/index" });
  },
});
