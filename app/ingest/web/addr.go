package web

import (
	"fmt"
	"net/netip"
)

// The cloud-metadata endpoints named in refusals. They lie inside ranges that
// are refused anyway (link-local, unique local); naming them makes the error
// say what was being attempted.
var metadataAddrs = map[netip.Addr]bool{
	netip.MustParseAddr("169.254.169.254"): true, // AWS, GCP, Azure, OpenStack, DigitalOcean
	netip.MustParseAddr("169.254.170.2"):   true, // AWS ECS task metadata
	netip.MustParseAddr("100.100.100.200"): true, // Alibaba Cloud
	netip.MustParseAddr("fd00:ec2::254"):   true, // AWS over IPv6
}

// forbiddenRange is an address block the fetcher never connects to, with
// the word used in the refusal ("10.0.0.5 is a private address").
type forbiddenRange struct {
	prefix netip.Prefix
	kind   string
}

// forbiddenRanges are the special-purpose blocks of the IANA IPv4 and IPv6
// special-purpose address registries (RFC 6890 and its updates) that are not
// globally reachable, plus multicast. Addresses that embed an IPv4 address
// (IPv4-mapped, NAT64, 6to4) are checked by their IPv4 address as well.
var forbiddenRanges = []forbiddenRange{
	{netip.MustParsePrefix("0.0.0.0/8"), "an unspecified (this-network)"},
	{netip.MustParsePrefix("10.0.0.0/8"), "a private"},
	{netip.MustParsePrefix("100.64.0.0/10"), "a carrier-grade NAT (shared)"},
	{netip.MustParsePrefix("127.0.0.0/8"), "a loopback"},
	{netip.MustParsePrefix("169.254.0.0/16"), "a link-local"},
	{netip.MustParsePrefix("172.16.0.0/12"), "a private"},
	{netip.MustParsePrefix("192.0.0.0/24"), "an IETF protocol-assignment"},
	{netip.MustParsePrefix("192.0.2.0/24"), "a documentation"},
	{netip.MustParsePrefix("192.88.99.0/24"), "a 6to4 relay"},
	{netip.MustParsePrefix("192.168.0.0/16"), "a private"},
	{netip.MustParsePrefix("198.18.0.0/15"), "a benchmarking"},
	{netip.MustParsePrefix("198.51.100.0/24"), "a documentation"},
	{netip.MustParsePrefix("203.0.113.0/24"), "a documentation"},
	{netip.MustParsePrefix("224.0.0.0/4"), "a multicast"},
	{netip.MustParsePrefix("240.0.0.0/4"), "a reserved"},
	{netip.MustParsePrefix("::/128"), "an unspecified"},
	{netip.MustParsePrefix("::1/128"), "a loopback"},
	{netip.MustParsePrefix("::/96"), "an IPv4-compatible (deprecated)"},
	{netip.MustParsePrefix("64:ff9b:1::/48"), "a local-use NAT64"},
	{netip.MustParsePrefix("100::/64"), "a discard-only"},
	{netip.MustParsePrefix("2001::/23"), "an IETF protocol-assignment"},
	{netip.MustParsePrefix("2001:db8::/32"), "a documentation"},
	{netip.MustParsePrefix("3fff::/20"), "a documentation"},
	{netip.MustParsePrefix("fc00::/7"), "a unique-local (private)"},
	{netip.MustParsePrefix("fe80::/10"), "a link-local"},
	{netip.MustParsePrefix("fec0::/10"), "a site-local (deprecated)"},
	{netip.MustParsePrefix("ff00::/8"), "a multicast"},
}

// Prefixes whose addresses carry an IPv4 address that must itself be public.
var (
	nat64Prefix = netip.MustParsePrefix("64:ff9b::/96") // RFC 6052: IPv4 in the last 32 bits
	sixToFour   = netip.MustParsePrefix("2002::/16")    // RFC 3056: IPv4 in bits 16-47
)

// ForbiddenReason returns why the fetcher refuses to connect to a ("a
// private address"), or "" when a is a public unicast address. It is the
// default address rule of every Fetcher.
func ForbiddenReason(a netip.Addr) string {
	if !a.IsValid() {
		return "an invalid address"
	}
	a = a.Unmap() // ::ffff:10.0.0.5 is 10.0.0.5
	if metadataAddrs[a] {
		return "a cloud-metadata address"
	}
	if a.Is6() {
		switch {
		case nat64Prefix.Contains(a):
			b := a.As16()
			if r := ForbiddenReason(netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]})); r != "" {
				return r + " (inside a NAT64 address)"
			}
		case sixToFour.Contains(a):
			b := a.As16()
			if r := ForbiddenReason(netip.AddrFrom4([4]byte{b[2], b[3], b[4], b[5]})); r != "" {
				return r + " (inside a 6to4 address)"
			}
		}
	}
	for _, r := range forbiddenRanges {
		if r.prefix.Contains(a) {
			return r.kind + " address"
		}
	}
	if a.Is4() && a == netip.AddrFrom4([4]byte{255, 255, 255, 255}) {
		return "a broadcast address"
	}
	return ""
}

// PublicAddr reports whether a is a globally reachable unicast address that
// a Fetcher may connect to by default.
func PublicAddr(a netip.Addr) bool { return ForbiddenReason(a) == "" }

// RefusedError reports a connection the fetcher would not make because of
// the address it resolved to. Test for it with errors.As, or errors.Is with
// ErrRefused.
type RefusedError struct {
	Host   string     // the host name as written in the URL
	Addr   netip.Addr // the address it resolved to
	Reason string     // "a private address"
}

// Error returns "refused: 10.0.0.5 is a private address", naming the host
// too when it was a name ("refused: intranet.example (10.0.0.5) is ...").
func (e *RefusedError) Error() string {
	if e.Host != "" && e.Host != e.Addr.String() {
		return fmt.Sprintf("refused: %s (%s) is %s", e.Host, e.Addr, e.Reason)
	}
	return fmt.Sprintf("refused: %s is %s", e.Addr, e.Reason)
}

// Is makes errors.Is(err, ErrRefused) true for every RefusedError.
func (e *RefusedError) Is(target error) bool { return target == ErrRefused }
