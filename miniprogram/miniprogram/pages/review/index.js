// 评价详情: /pages/review/index?id=<review_id>. The review (GET /reviews/{id} counts a view),
// its comments, a like toggle, a comment box (POST /reviews/{id}/comments, signed in only) and
// 分享 (REV-4): the share button and the menu send the review's own share card.
import { catalogApi } from "../../core/catalog-api.js";
import { requireSignIn, toastError } from "../../core/auth.js";
import { commentView, reviewShareMessage, reviewView } from "../../core/reviews.js";
import { likeReview } from "../../core/review-actions.js";

Component({
  data: { state: "loading", error: "", review: null, comments: [], draft: "", sending: false },
  methods: {
    onLoad(options) {
      this._id = Number((options || {}).id);
      return this.load();
    },
    async load() {
      try {
        const r = await catalogApi.review(this._id);
        this._share = r.share || null;
        this.setData({ state: "ready", review: reviewView(r), comments: (r.comments || []).map(commentView) });
      } catch (err) {
        this.setData({ state: "error", error: (err && err.message) || "加载失败" });
      }
    },
    onShareAppMessage() {
      return reviewShareMessage(this._id, this._share);
    },
    async onLike() {
      const review = await likeReview(this.data.review);
      if (review) this.setData({ review });
    },
    onInput(e) {
      this.setData({ draft: typeof e.detail === "string" ? e.detail : e.detail.value });
    },
    async onSend() {
      const content = this.data.draft.trim();
      if (!content || this.data.sending || !requireSignIn()) return;
      this.setData({ sending: true });
      try {
        const comment = await catalogApi.comment(this._id, content);
        this.setData({
          comments: this.data.comments.concat([commentView(comment)]),
          draft: "",
          "review.commentCount": this.data.review.commentCount + 1,
        });
      } catch (err) {
        toastError(err, "评论失败");
      }
      this.setData({ sending: false });
    },
  },
});
