// 客服: /pages/chat/index?product_id=<id> — 即将上线 (the chat UI comes with the messaging issue).
Page({
  data: { productId: "" },
  onLoad(options) {
    this.setData({ productId: (options && options.product_id) || "" });
  },
});
