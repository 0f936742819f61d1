import { describe, expect, it } from "vitest";
import { formFields } from "@/lib/actions/form-fields";
import { isMalformedUrl } from "@/lib/server/requests";

describe("isMalformedUrl", () => {
  it.each([
    ["/sekolah/tiket/%E0%A4%A", "", true], // a broken percent-encoding: the router cannot decode it
    ["/api/lampiran/%00", "", true],
    ["/supervisor", "?q=%00", true],
    ["/dinas", "?q=abc%00def", true],
    ["/sekolah/tiket/ck1x2", "", false],
    ["/admin/wilayah/33.74", "?q=Semarang%20Barat", false],
    ["/sekolah", "?q=%E0%A4%A", false], // a query value decodes leniently: it is only text that finds nothing
  ])("%s%s → %s", (pathname, search, expected) => {
    expect(isMalformedUrl(pathname, search)).toBe(expected);
  });
});

describe("formFields", () => {
  it("removes NUL characters from text (PostgreSQL cannot store them) and keeps files and everything else", () => {
    const form = new FormData();
    form.append("body", "Sinkron gagal\u0000 lagi\n\tbaris dua");
    const file = new File(["x"], "a.png");
    form.append("lampiran", file);
    const fields = formFields(form);
    expect(fields.body).toBe("Sinkron gagal lagi\n\tbaris dua");
    expect(fields.lampiran).toBeInstanceOf(File);
  });
});
