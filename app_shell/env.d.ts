/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** API base, default `/api/v1` (the app shell sets an absolute https address). */
  readonly VITE_API_BASE?: string;
  /** Origin put before site paths of images and videos (`/media/…`), default none (same origin). */
  readonly VITE_MEDIA_ORIGIN?: string;
}
