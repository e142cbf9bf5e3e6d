// 我的 (tab): links to 我的收藏 and 关注的店铺 (van-cell navigates by itself); the rest of the
// member centre comes later.
Page({});
