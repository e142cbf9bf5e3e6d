// 购物车 (tab): 即将上线.
Page({
  onGoHome() {
    wx.switchTab({ url: "/pages/index/index" });
  },
});
