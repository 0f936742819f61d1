import type { ReactNode } from "react";
import { Container } from "@/components/ui/container";

type SectionProps = {
  id: string;
  title: string;
  lead?: ReactNode;
  children: ReactNode;
  className?: string;
};

/** A landing-page section: an h2 that names it for screen readers, an optional lead, the content. */
export function Section({ id, title, lead, children, className = "" }: SectionProps) {
  const headingId = `${id}-judul`;
  return (
    <section id={id} aria-labelledby={headingId} className={`scroll-mt-4 py-10 sm:py-12 ${className}`}>
      <Container>
        <h2 id={headingId} className="text-2xl font-bold text-brand-900">
          {title}
        </h2>
        {lead ? <p className="mt-2 max-w-2xl text-muted">{lead}</p> : null}
        <div className="mt-6">{children}</div>
      </Container>
    </section>
  );
}
