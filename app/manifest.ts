import type { MetadataRoute } from "next";

// Makes the helpdesk installable ("Tambahkan ke layar utama"): it opens from the home screen in its own
// window, at the sign-in page (which sends a signed-in user to their role's home). The icons are
// public/icons/ (the maskable one has its mark inside the safe zone); app/icon.svg is the favicon.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Helpdesk Dapodik PAUD & Dikmas",
    short_name: "Helpdesk Dapodik",
    description: "Tanya kendala Dapodik PAUD dan Dikmas kepada Dinas Pendidikan dan Tim Helpdesk.",
    lang: "id",
    dir: "ltr",
    start_url: "/masuk",
    scope: "/",
    display: "standalone",
    orientation: "portrait",
    background_color: "#ffffff",
    theme_color: "#0b4f63",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
