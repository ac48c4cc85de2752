import type { MetadataRoute } from "next";

/**
 * The web app manifest: installable, opening on the reader's language (`/` negotiates it), with the
 * icons drawn by scripts/icons.ts. Offline reading comes from the service worker (app/sw.js).
 */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/",
    name: "EKS Exam Prep",
    short_name: "EKS Prep",
    description: "Amazon EKS for AWS certification exams, in English and Chinese. Lessons you open stay readable offline.",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#c2410c",
    categories: ["education"],
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
      { src: "/icons/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
    ],
  };
}
