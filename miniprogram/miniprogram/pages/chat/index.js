// 在线客服 (MSG-1): /pages/chat/index?shop_id=&product_id= | order_no= (no shop: the platform's
// customer service) or ?conversation_id=. The same shared chat room as the H5 page: the latest
// page of history, 查看更早的消息, live messages and resume after a reconnect (banner meanwhile),
// sends shown at once (发送失败 → tap to retry), 已读 / 未读, text / image / card bubbles; the
// product or order the shopper came from is offered as a card to send.
import { connectionBanner, createChatRoom, formatPrice } from "../../shared/index.js";
import { requireSignIn, toastError } from "../../core/auth.js";
import { catalogApi } from "../../core/catalog-api.js";
import { chatApi, getChat, messageView } from "../../core/chat.js";
import { mediaUrl } from "../../core/media.js";
import { decodeParam } from "../../core/navigate.js";
import { orderApi } from "../../core/trade-api.js";
import { chooseImages, uploadImage } from "../../core/upload.js";

const positive = (raw) => {
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? n : null;
};

Component({
  data: {
    state: "loading",
    error: "",
    messages: [],
    banner: "",
    reconnecting: false,
    noEarlier: true,
    loadingEarlier: false,
    closed: false,
    draft: "",
    offer: null,
    uploading: false,
    scrollTo: "",
  },
  methods: {
    onLoad(options) {
      this._options = options || {};
      if (!requireSignIn()) {
        this.setData({ state: "signin" });
        return Promise.resolve();
      }
      return this.open();
    },
    onUnload() {
      if (this._room) this._room.stop();
    },
    async findConversation() {
      const api = chatApi();
      const id = positive(this._options.conversation_id);
      if (id) {
        const answer = await api.list();
        const found = (answer.items || []).find((c) => c.id === id);
        if (!found) throw new Error("会话不存在");
        return found;
      }
      return api.open(positive(this._options.shop_id));
    },
    async open() {
      this.setData({ state: "loading", error: "" });
      let conversation;
      try {
        conversation = await this.findConversation();
      } catch (err) {
        this.setData({ state: "error", error: (err && err.message) || "客服连接失败" });
        return;
      }
      this._conversation = conversation;
      if (this._room) this._room.stop();
      this._room = createChatRoom({
        chat: getChat(),
        side: "consumer",
        conversationId: conversation.id,
        lastMessageId: conversation.last_message ? conversation.last_message.id : null,
        status: conversation.status,
        history: (id, query) => chatApi().history(id, query),
        onChange: (s) => this.showRoom(s),
      });
      this.setData({ state: "ready" });
      await this._room.start();
      await this.loadOffer();
    },
    showRoom(s) {
      const messages = s.messages.map((m) => messageView(this._room, m));
      const last = messages.length ? messages[messages.length - 1].key : "";
      const patch = {
        messages,
        banner: connectionBanner(s.status),
        reconnecting: s.status === "reconnecting",
        noEarlier: s.noEarlier,
        loadingEarlier: s.loadingEarlier,
        closed: s.closed,
      };
      if (s.loading) patch.state = "loading";
      else if (s.error) Object.assign(patch, { state: "error", error: s.error });
      else patch.state = "ready";
      if (last !== this._lastKey) {
        this._lastKey = last;
        patch.scrollTo = last;
      }
      this.setData(patch);
    },
    async loadOffer() {
      const productId = positive(this._options.product_id);
      const orderNo = decodeParam(this._options.order_no);
      try {
        if (productId) {
          const p = await catalogApi.product(productId);
          const image = (p.images && p.images[0]) || "";
          this._offer = { kind: "product_card", body: { product_id: p.id, title: p.title, image, price: p.price } };
          this.setData({ offer: { note: "您正在咨询的商品", title: p.title, image: mediaUrl(image), price: formatPrice(p.price), button: "发送商品" } });
          if (p.shop && p.shop.name) wx.setNavigationBarTitle({ title: p.shop.name });
        } else if (orderNo) {
          const o = await orderApi.detail(orderNo);
          const line = (o.lines && o.lines[0]) || {};
          this._offer = { kind: "order_card", body: { order_no: o.order_no } };
          this.setData({ offer: { note: "订单 " + o.order_no + " · " + o.status_text, title: line.title || "订单 " + o.order_no, image: mediaUrl(line.image), price: formatPrice(o.payable), button: "发送订单" } });
        }
      } catch (err) {
        this.setData({ offer: null }); // the chat works without the card
      }
    },
    send(kind, body) {
      if (!this._room) return Promise.resolve(false);
      return this._room.send(kind, body).then(
        () => true,
        (err) => {
          toastError(err, "发送失败");
          return false;
        },
      );
    },
    onSendOffer() {
      const offer = this._offer;
      if (!offer) return Promise.resolve(false);
      this.setData({ offer: null });
      return this.send(offer.kind, offer.body);
    },
    onInput(e) {
      this.setData({ draft: (e && e.detail && (e.detail.value !== undefined ? e.detail.value : e.detail)) || "" });
    },
    onSend() {
      const text = String(this.data.draft || "").trim();
      if (!text || this.data.closed) return Promise.resolve(false);
      this.setData({ draft: "" });
      return this.send("text", { text });
    },
    async onImage() {
      if (this.data.uploading || this.data.closed) return false;
      const [path] = await chooseImages(1);
      if (!path) return false;
      this.setData({ uploading: true });
      try {
        const url = await uploadImage(path);
        return await this.send("image", { url });
      } catch (err) {
        toastError(err, "图片上传失败");
        return false;
      } finally {
        this.setData({ uploading: false });
      }
    },
    async onEarlier() {
      if (!this._room) return;
      try {
        await this._room.loadEarlier();
      } catch (err) {
        toastError(err, "加载失败，请重试");
      }
    },
    onRetry(e) {
      const id = e.currentTarget.dataset.client;
      if (this._room && id) this._room.retry(id).catch((err) => toastError(err, "发送失败"));
    },
    onReconnect() {
      getChat().reconnectNow();
    },
    onPreview(e) {
      const url = e.currentTarget.dataset.url;
      if (url) wx.previewImage({ urls: [url], current: url });
    },
    onCard(e) {
      const { product, order } = e.currentTarget.dataset;
      if (product) wx.navigateTo({ url: "/pages/product/index?id=" + product });
      else if (order) wx.navigateTo({ url: "/pages/order/index?order_no=" + encodeURIComponent(order) });
    },
    onRestart() {
      const shopId = this._conversation ? this._conversation.shop_id : null;
      this._options = shopId ? { shop_id: String(shopId) } : {};
      return this.open();
    },
  },
});
