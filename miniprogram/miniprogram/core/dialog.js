// Promise forms of the wx dialogs the trade pages use.
/** wx.showModal → true when confirmed. */
export function confirm(content, title) {
  return new Promise((resolve) => {
    wx.showModal({
      title: title || "提示",
      content,
      confirmColor: "#ee0a24",
      success: (res) => resolve(!!(res && res.confirm)),
      fail: () => resolve(false),
    });
  });
}

/** wx.showActionSheet → the tapped index, or -1 when dismissed. */
export function actionSheet(itemList) {
  return new Promise((resolve) => {
    wx.showActionSheet({
      itemList,
      success: (res) => resolve(typeof res.tapIndex === "number" ? res.tapIndex : -1),
      fail: () => resolve(-1),
    });
  });
}

export function wait(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
