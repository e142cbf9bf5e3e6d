// Review images: wx.chooseMedia, then wx.uploadFile (multipart, field `file`) with the shopper's
// token. The backend has no storefront upload endpoint yet (backend/integrations/storage.py keeps
// the files); UPLOAD_PATH is where it is expected, answering `{"url"}`.
import { config } from "../config.js";
import { getToken } from "./api.js";

export const UPLOAD_PATH = "/uploads/images";

/** Pick up to `count` images → local file paths ([] when the shopper backs out). */
export function chooseImages(count) {
  return new Promise((resolve) => {
    wx.chooseMedia({
      count,
      mediaType: ["image"],
      sizeType: ["compressed"],
      sourceType: ["album", "camera"],
      success: (res) => resolve((res.tempFiles || []).map((f) => f.tempFilePath)),
      fail: () => resolve([]),
    });
  });
}

/** Upload one local image → its URL; rejects with the API's message. */
export function uploadImage(filePath) {
  return new Promise((resolve, reject) => {
    const token = getToken();
    wx.uploadFile({
      url: config.apiBaseUrl + UPLOAD_PATH,
      filePath,
      name: "file",
      header: token ? { Authorization: "Bearer " + token } : {},
      success(res) {
        let body = res.data;
        try {
          body = typeof body === "string" ? JSON.parse(body) : body;
        } catch (e) {
          body = null;
        }
        if (res.statusCode >= 200 && res.statusCode < 300 && body && body.url) resolve(body.url);
        else reject(new Error((body && body.error && body.error.message) || "图片上传失败"));
      },
      fail() {
        reject(new Error("图片上传失败，请检查网络"));
      },
    });
  });
}
