// One coupon as a ticket (a couponView of the shared core): ¥ amount and its condition on the
// left, title, scope and validity in the middle, the page's action in the slot on the right.
// Used, expired and unusable ones are grey (`muted`); `note` says why or where it went.
Component({
  properties: {
    coupon: { type: Object, value: null },
    muted: { type: Boolean, value: false },
    note: { type: String, value: "" },
  },
});
