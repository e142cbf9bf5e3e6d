// 消息中心 (MEM-7): /pages/messages/index?type=. Tabs 全部 / 订单 / 物流 / 退款 / 优惠 / 系统 with their
// unread counts, notices newest first (reach-bottom paging), unread ones bold with a dot. A tap marks
// the notice read (its count and the 我的 red dot drop at once) and opens its page; 全部已读 marks the
// tab; 订阅消息提醒 asks for the subscribe templates (a tap, as WeChat requires); 设置 opens 通知设置.
// The state is the shared createMessageCentre.
import { requireSignIn, toastError } from "../../core/auth.js";
import { askSubscribe, messagesApi, noticePage, setNoticeUnread, subscribeTemplateIds } from "../../core/notify.js";
import { formatTime } from "../../core/orders.js";
import { NOTICE_TYPES, badgeText, createMessageCentre } from "../../shared/index.js";

const TABS = [{ type: "", name: "全部" }].concat(NOTICE_TYPES);

function itemView(n) {
  return { id: n.id, title: n.title, body: n.body, time: formatTime(n.created_at), read: !!n.read };
}

function pageData(s) {
  const here = s.type ? s.badge.by_type[s.type] || 0 : s.badge.total;
  return {
    state: s.error && !s.items.length ? "error" : s.page === 0 ? "loading" : s.items.length ? "ready" : "empty",
    error: s.error,
    type: s.type,
    tabs: TABS.map((t) => ({ type: t.type, name: t.name, count: t.type ? badgeText(s.badge.by_type[t.type]) : "" })),
    items: s.items.map(itemView),
    finished: s.finished,
    unread: here,
    unreadText: here ? here + " 条未读" : "没有未读消息",
    markingAll: s.markingAll,
  };
}

Component({
  data: { state: "loading", error: "", type: "", tabs: [], items: [], finished: false, unread: 0, unreadText: "", markingAll: false, canSubscribe: false },
  methods: {
    onLoad(options) {
      const o = options || {};
      const type = TABS.some((t) => t.type === o.type) ? o.type : "";
      this._centre = createMessageCentre({
        api: messagesApi(),
        type,
        onChange: (s) => this.setData(pageData(s)),
        onBadge: (b) => setNoticeUnread(b.total),
      });
      this.setData(Object.assign(pageData(this._centre.state), { canSubscribe: subscribeTemplateIds().length > 0 }));
      if (!requireSignIn()) {
        this.setData({ state: "signin" });
        return Promise.resolve();
      }
      return this._centre.reload();
    },
    onShow() {
      // back from a notice's page: the badge may have moved elsewhere (another device)
      if (this._centre && this._centre.state.page > 0) return this._centre.refreshBadge();
      return Promise.resolve();
    },
    onReachBottom() {
      return this._centre ? this._centre.loadMore() : Promise.resolve();
    },
    onPullDownRefresh() {
      const done = this._centre ? this._centre.reload() : Promise.resolve();
      return done.then(() => wx.stopPullDownRefresh && wx.stopPullDownRefresh());
    },
    onTab(e) {
      const type = (e.currentTarget.dataset.type || "") + "";
      return this._centre.setType(type);
    },
    async onItem(e) {
      const id = Number(e.currentTarget.dataset.id);
      const item = this._centre.state.items.find((x) => x.id === id);
      if (!item) return;
      try {
        await this._centre.open(item);
        const url = noticePage(item.link);
        if (url) wx.navigateTo({ url });
      } catch (err) {
        toastError(err, "操作失败，请稍后再试");
      }
    },
    async onReadAll() {
      if (this.data.markingAll || !this.data.unread) return;
      try {
        await this._centre.readAll();
        wx.showToast({ title: "已全部标为已读", icon: "none" });
      } catch (err) {
        toastError(err, "操作失败，请稍后再试");
      }
    },
    async onSubscribe() {
      const answer = await askSubscribe();
      const accepted = answer && Object.keys(answer).some((k) => answer[k] === "accept");
      wx.showToast({ title: accepted ? "已开启订阅消息提醒" : "未开启订阅消息", icon: "none" });
    },
    onSettings() {
      wx.navigateTo({ url: "/pages/notification-settings/index" });
    },
  },
});
