"use client";

// After a sign-out, on a phone that others may use: the replies and questions kept on this device
// (components/forms/device-drafts.ts) go with the session.
import { useEffect } from "react";
import { clearDrafts } from "@/components/forms/device-drafts";

export function ForgetDeviceDrafts() {
  useEffect(() => {
    void clearDrafts();
  }, []);
  return null;
}
