import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ErrorNotice } from "@/components/site/error-notice";

describe("the error page", () => {
  it("speaks Indonesian, offers to try again and names the error's code for the helpdesk", () => {
    const html = renderToStaticMarkup(createElement(ErrorNotice, { digest: "1234567890", onRetry: () => undefined }));
    expect(html).toContain("Halaman ini gagal dimuat");
    expect(html).toContain("Coba lagi");
    expect(html).toContain("Kode galat: 1234567890");
    expect(html).not.toMatch(/couldn.t load|Reload|Application error/i);
  });
});
