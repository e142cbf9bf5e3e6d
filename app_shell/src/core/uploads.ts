/**
 * VanUploader's after-read for images sent to `/uploads/images`: each file shows 上传中, then is
 * done with its URL or failed with the API's message in a toast.
 */
import { showToast, type UploaderFileListItem } from "vant";

import { isApiError } from "@shared";
import { uploadImage } from "@/api/trade";

export async function uploadPicked(item: UploaderFileListItem | UploaderFileListItem[]): Promise<void> {
  for (const one of Array.isArray(item) ? item : [item]) {
    if (!one.file) continue;
    one.status = "uploading";
    one.message = "上传中";
    try {
      one.url = await uploadImage(one.file);
      one.status = "done";
      one.message = "";
    } catch (e) {
      one.status = "failed";
      one.message = "上传失败";
      showToast(isApiError(e) ? e.message : "图片上传失败");
    }
  }
}

/** The URLs of the uploaded files; true in `busy` while one is still uploading. */
export function uploadedUrls(files: UploaderFileListItem[]): { urls: string[]; busy: boolean } {
  return {
    urls: files.filter((f) => f.status === "done" && f.url).map((f) => f.url as string),
    busy: files.some((f) => f.status === "uploading"),
  };
}
