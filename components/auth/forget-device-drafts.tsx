"use client";

// After a sign-out, on a phone that others may use: the replies and questions kept on this device
// (components/forms/device-drafts.ts) go with the session.
import { useEffect } from "react";

export function ForgetDeviceDrafts() {
  useEffect(() => {
    void import("@/components/forms/device-drafts").then(({ clearDrafts }) => clearDrafts());
  }, []);
  return null;
}
