// 通知设置 (MSG-4): one group per message type, a switch per channel. 站内信 is always on (shown,
// disabled); 推送通知, 短信 and 微信订阅消息 save at once (PUT /me/notification-settings, only the
// switch touched), are disabled while saving and go back with the server's message when refused.
// The shared createSwitchForm. 开启订阅消息 asks WeChat for the templates (a tap).
import { requireSignIn, toastError } from "../../core/auth.js";
import { askSubscribe, settingsApi, subscribeTemplateIds } from "../../core/notify.js";
import { createSwitchForm } from "../../shared/index.js";

Component({
  data: { state: "loading", error: "", rows: [], canSubscribe: false },
  methods: {
    onLoad() {
      this._form = createSwitchForm({
        api: settingsApi(),
        onChange: (s) =>
          this.setData({ rows: s.rows, error: s.error, state: s.loading ? "loading" : s.error ? "error" : "ready" }),
      });
      this.setData({ canSubscribe: subscribeTemplateIds().length > 0 });
      if (!requireSignIn()) {
        this.setData({ state: "signin" });
        return Promise.resolve();
      }
      return this._form.load();
    },
    onRetry() {
      return this._form.load();
    },
    async onSwitch(e) {
      const { type, channel } = e.currentTarget.dataset;
      try {
        await this._form.toggle(type, channel, !!e.detail);
      } catch (err) {
        toastError(err, "保存失败，请稍后再试");
      }
    },
    onSubscribe() {
      return askSubscribe();
    },
  },
});
