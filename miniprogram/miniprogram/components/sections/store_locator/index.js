// 附近门店: the stores nearest to the buyer (never from a shared cache). data.items is [] until the
// stores issue: the section then shows its location hint. Expected fields: id, name, address,
// distance (m), hours, phone, latitude, longitude.
import section from "../../../behaviors/section.js";
import { sectionItems } from "../../../shared/index.js";

function distanceText(m) {
  if (typeof m !== "number" || m < 0) return "";
  return m < 1000 ? Math.round(m) + "m" : (m / 1000).toFixed(1) + "km";
}

Component({
  behaviors: [section],
  data: { stores: [] },
  methods: {
    viewModel(s, section) {
      const stores = sectionItems(section)
        .filter((x) => x && typeof x.id === "number")
        .map((x) => ({
          id: x.id,
          name: x.name || "",
          address: x.address || "",
          distance: distanceText(x.distance),
          hours: x.hours || "",
          phone: x.phone || "",
          latitude: x.latitude,
          longitude: x.longitude,
        }));
      return { stores };
    },
    onCall(e) {
      const phone = e.currentTarget.dataset.phone;
      if (phone) wx.makePhoneCall({ phoneNumber: String(phone) });
    },
    onNavigate(e) {
      const store = this.data.stores[e.currentTarget.dataset.index];
      if (!store || typeof store.latitude !== "number" || typeof store.longitude !== "number") return;
      wx.openLocation({ latitude: store.latitude, longitude: store.longitude, name: store.name, address: store.address });
    },
  },
});
