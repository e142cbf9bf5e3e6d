// 搜索: /pages/search/index?keyword=<kw> (a search action) or ?hint=<hot word> (the search box) —
// 即将上线.
Page({
  data: { keyword: "", hint: "" },
  onLoad(options) {
    this.setData({
      keyword: decodeURIComponent(options.keyword || ""),
      hint: decodeURIComponent(options.hint || ""),
    });
  },
});
