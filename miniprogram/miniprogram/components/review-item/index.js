// One review (a reviewView of core/reviews.js): user, stars, SKU text, content, images, the
// shop's reply, like and comment counts. Emits `like` and `open` with {id}.
Component({
  properties: {
    review: { type: Object, value: null },
    full: { type: Boolean, value: false },
  },
  methods: {
    onLike() {
      this.triggerEvent("like", { id: this.data.review.id });
    },
    onOpen() {
      if (!this.data.full) this.triggerEvent("open", { id: this.data.review.id });
    },
    onImage(e) {
      wx.previewImage({ urls: this.data.review.images, current: e.currentTarget.dataset.src });
    },
  },
});
