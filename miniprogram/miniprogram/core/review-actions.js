// Review actions shared by the reviews list and the review page: the like toggle
// (PUT / DELETE /reviews/{id}/like, signed in only).
import { catalogApi } from "./catalog-api.js";
import { requireSignIn, toastError } from "./auth.js";
import { applyLike } from "./reviews.js";

/** The review view after toggling its like, or null when nothing changed. */
export async function likeReview(view) {
  if (!view || !requireSignIn()) return null;
  try {
    return applyLike(view, await catalogApi.setLiked(view.id, !view.liked));
  } catch (err) {
    toastError(err);
    return null;
  }
}
