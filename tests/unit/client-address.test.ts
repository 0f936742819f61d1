import { describe, expect, it } from "vitest";
import { clientAddressOf, normalizeAddress, parseTrustedProxies } from "@/lib/server/requests";

const NGINX = new Set(["10.0.0.5"]);

describe("the client address the sign-in throttle counts", () => {
  it("without a trusted proxy: the connection's own address, whatever X-Forwarded-For claims", () => {
    expect(clientAddressOf("198.51.100.9", "203.0.113.77", new Set())).toBe("198.51.100.9");
    expect(clientAddressOf("198.51.100.9", ["203.0.113.77", "203.0.113.78"], new Set())).toBe("198.51.100.9");
    expect(clientAddressOf("::ffff:198.51.100.9", undefined, new Set())).toBe("198.51.100.9");
  });

  it("from a trusted proxy: the entry that proxy appended (the rightmost), never one the client wrote before it", () => {
    // nginx's $proxy_add_x_forwarded_for: what the client sent, then the address nginx saw.
    expect(clientAddressOf("10.0.0.5", "203.0.113.77, 198.51.100.9", NGINX)).toBe("198.51.100.9");
    expect(clientAddressOf("::ffff:10.0.0.5", "198.51.100.9", NGINX)).toBe("198.51.100.9");
  });

  it("from a trusted proxy that sent no usable entry: the proxy's own address", () => {
    expect(clientAddressOf("10.0.0.5", undefined, NGINX)).toBe("10.0.0.5");
    expect(clientAddressOf("10.0.0.5", "bukan-alamat", NGINX)).toBe("10.0.0.5");
  });

  it("a connection from an address that is not the declared proxy is not trusted", () => {
    expect(clientAddressOf("10.0.0.6", "198.51.100.9", NGINX)).toBe("10.0.0.6");
  });

  it("normalises IPv4-mapped and upper-case IPv6 addresses", () => {
    expect(normalizeAddress(" ::FFFF:10.0.0.5 ")).toBe("10.0.0.5");
    expect(normalizeAddress("2001:DB8::1")).toBe("2001:db8::1");
  });

  it("reads TRUSTED_PROXIES as comma-separated IP addresses and names bad entries", () => {
    expect(parseTrustedProxies(undefined)).toEqual({ ok: true, proxies: new Set() });
    expect(parseTrustedProxies(" 127.0.0.1, ::1 ,10.0.0.5")).toEqual({
      ok: true,
      proxies: new Set(["127.0.0.1", "::1", "10.0.0.5"]),
    });
    expect(parseTrustedProxies("127.0.0.1, nginx.lokal, 10.0.0.0/8")).toEqual({
      ok: false,
      invalid: ["nginx.lokal", "10.0.0.0/8"],
    });
  });
});
