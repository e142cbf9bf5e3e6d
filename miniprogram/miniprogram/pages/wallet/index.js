// 我的余额 (PAY-1): /pages/wallet/index. The balance and its entries newest first (GET /me/wallet,
// page by page): what came in (refunds, adjustments) and what went out (余额支付).
import { requireSignIn } from "../../core/auth.js";
import { formatTime } from "../../core/orders.js";
import { createPager, pagedListMethods } from "../../core/pager.js";
import { paymentApi } from "../../core/trade-api.js";
import { formatPrice, walletEntryView } from "../../shared/index.js";

function entryView(entry) {
  const v = walletEntryView(entry);
  return { key: (entry.reference || "") + entry.created_at, title: v.title, description: v.description, amount: v.sign + formatPrice(v.amount), incoming: v.incoming, time: formatTime(entry.created_at) };
}

Component({
  data: { state: "loading", error: "", balance: "", items: [], finished: false },
  methods: Object.assign({}, pagedListMethods(entryView, (s) => ({ balance: formatPrice((s.answer && s.answer.balance) || 0), state: "ready" })), {
    onLoad() {
      this._pager = createPager((page) => paymentApi.wallet(page));
      if (!requireSignIn()) {
        this.setData({ state: "signin" });
        return Promise.resolve();
      }
      return this.show(() => this._pager.reset());
    },
  }),
});
