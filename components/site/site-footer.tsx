import { Container } from "@/components/ui/container";

export function SiteFooter() {
  return (
    <footer className="mt-auto border-t border-line bg-white">
      <Container className="flex flex-col gap-1 py-6 text-sm text-muted sm:flex-row sm:justify-between">
        <p>Helpdesk Dapodik PAUD &amp; Dikmas · Setditjen PAUD dan Dikmas</p>
        <p>
          Data wilayah: idn-area-data (
          <a
            href="https://opendatacommons.org/licenses/odbl/"
            className="text-brand-700 underline underline-offset-2"
            rel="license noopener"
          >
            ODbL
          </a>
          )
        </p>
      </Container>
    </footer>
  );
}
