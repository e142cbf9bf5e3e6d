// A wx mock for the calls the mini-program makes: navigation resolves through success, storage
// is an in-memory map, wx.request answers through a handler the test sets.
function succeed(name) {
  return jest.fn((options = {}) => {
    const res = { errMsg: name + ":ok" };
    if (options.success) options.success(res);
    if (options.complete) options.complete(res);
    return Promise.resolve(res);
  });
}

/**
 * @param {{request?: (options) => {statusCode, header?, data?} | Promise<…>}} [opts]
 */
function installWx(opts = {}) {
  const store = new Map();
  const mock = {
    navigateTo: succeed("navigateTo"),
    redirectTo: succeed("redirectTo"),
    switchTab: succeed("switchTab"),
    showToast: succeed("showToast"),
    setNavigationBarTitle: succeed("setNavigationBarTitle"),
    setNavigationBarColor: succeed("setNavigationBarColor"),
    stopPullDownRefresh: succeed("stopPullDownRefresh"),
    makePhoneCall: succeed("makePhoneCall"),
    openLocation: succeed("openLocation"),
    getStorageSync: jest.fn((key) => (store.has(key) ? store.get(key) : "")),
    setStorageSync: jest.fn((key, value) => {
      store.set(key, JSON.parse(JSON.stringify(value)));
    }),
    removeStorageSync: jest.fn((key) => {
      store.delete(key);
    }),
    request: jest.fn((options) => {
      const handler = global.wx._handler;
      Promise.resolve()
        .then(() => (handler ? handler(options) : { statusCode: 404, header: {}, data: { error: { code: "not_found", message: "not found" } } }))
        .then((res) => {
          if (res && res.fail) options.fail({ errMsg: "request:fail " + res.fail });
          else options.success({ statusCode: res.statusCode, header: res.header || {}, data: res.data === undefined ? "" : res.data });
        });
      return { abort() {} };
    }),
    _handler: opts.request || null,
  };
  if (typeof global.wx !== "object" || !global.wx) global.wx = {};
  Object.assign(global.wx, mock);
  return { wx: global.wx, store, setRequest: (fn) => (global.wx._handler = fn) };
}

/** Let pending promises (and the mocked wx.request) settle. */
async function flush(times = 50) {
  for (let i = 0; i < times; i++) await Promise.resolve();
}

module.exports = { installWx, flush };
