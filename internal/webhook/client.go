package webhook

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"syscall"
	"time"
)

// blockedPrefixes are the address ranges a callback may not reach unless
// its host is allowed: loopback, private (RFC 1918, ULA), link-local (cloud
// metadata services live at 169.254.169.254 and fd00:ec2::254), carrier-grade
// NAT (Alibaba's metadata at 100.100.100.200), "this network", IETF and
// benchmarking ranges, multicast and reserved space, and the IPv6 forms
// that embed an IPv4 address (NAT64, 6to4, Teredo), which could smuggle one.
var blockedPrefixes = func() []netip.Prefix {
	var out []netip.Prefix
	for _, s := range []string{
		"0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
		"192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24",
		"203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
		"::/128", "::1/128", "64:ff9b::/96", "64:ff9b:1::/48", "100::/64", "2001::/32", "2001:db8::/32",
		"2002::/16", "fc00::/7", "fe80::/10", "ff00::/8",
	} {
		out = append(out, netip.MustParsePrefix(s))
	}
	return out
}()

// Blocked reports whether ip is one a callback may not reach.
func Blocked(ip netip.Addr) bool {
	ip = ip.Unmap()
	if !ip.IsValid() || ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsInterfaceLocalMulticast() || ip.IsMulticast() || ip.IsUnspecified() {
		return true
	}
	for _, p := range blockedPrefixes {
		if p.Contains(ip) {
			return true
		}
	}
	return false
}

// RefusedError is a connection the guard refused to open.
type RefusedError struct {
	Host string // the host name of the URL being fetched
	IP   string // the address it resolved to
}

func (e *RefusedError) Error() string {
	return fmt.Sprintf("refused to connect to %s (%s): a private, loopback, link-local or metadata address; add the host to WEBHOOK_ALLOWED_HOSTS to allow it", e.Host, e.IP)
}

// Guard decides which hosts may be reached at private addresses.
type Guard struct {
	hosts    map[string]bool // lower-case host names and IP literals
	prefixes []netip.Prefix  // CIDR entries
	// Resolve, if set, resolves host names instead of the system resolver
	// (tests use it to answer a name with a private address, as a DNS
	// rebinding attacker would). Every address it answers is still judged
	// at connect time, like the system resolver's.
	Resolve func(ctx context.Context, host string) ([]netip.Addr, error)
}

// NewGuard returns a guard that lets the given hosts (names, IP literals
// or CIDR ranges, as in WEBHOOK_ALLOWED_HOSTS) reach private addresses.
func NewGuard(allowed []string) *Guard {
	g := &Guard{hosts: map[string]bool{}}
	for _, h := range allowed {
		h = strings.ToLower(strings.TrimSpace(h))
		if h == "" {
			continue
		}
		if p, err := netip.ParsePrefix(h); err == nil {
			g.prefixes = append(g.prefixes, p.Masked())
			continue
		}
		g.hosts[strings.Trim(h, "[]")] = true
	}
	return g
}

// allowed reports whether host (a URL's host, without port) may reach ip.
func (g *Guard) allowed(host string, ip netip.Addr) bool {
	if !Blocked(ip) {
		return true
	}
	if g.hosts[strings.ToLower(strings.TrimSuffix(host, "."))] {
		return true
	}
	for _, p := range g.prefixes {
		if p.Contains(ip.Unmap()) {
			return true
		}
	}
	return false
}

// Client returns an HTTP client whose every connection, including those of
// redirects, is checked at connect time, after name resolution, in the
// dialer's Control hook: the address actually dialled is the one judged, so
// neither a redirect nor a DNS answer that changes between check and use
// (rebinding) can reach a blocked address. Proxies from the environment
// are not used (a proxy would hide the real destination). At most three
// redirects are followed, to http and https URLs only.
func (g *Guard) Client(timeout time.Duration) *http.Client {
	tr := &http.Transport{
		Proxy:                 nil,
		DialContext:           g.dialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          100,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: timeout,
	}
	return &http.Client{
		Transport: tr,
		Timeout:   timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= 3 {
				return errors.New("stopped after 3 redirects")
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("refused a redirect to a %s URL", req.URL.Scheme)
			}
			return nil
		},
	}
}

func (g *Guard) dialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, err
	}
	d := &net.Dialer{
		Timeout: 10 * time.Second,
		Control: func(_, address string, _ syscall.RawConn) error {
			ap, err := netip.ParseAddrPort(address)
			if err != nil {
				return &RefusedError{Host: host, IP: address}
			}
			if !g.allowed(host, ap.Addr()) {
				return &RefusedError{Host: host, IP: ap.Addr().String()}
			}
			return nil
		},
	}
	if _, err := netip.ParseAddr(host); err == nil || g.Resolve == nil {
		return d.DialContext(ctx, network, addr)
	}
	ips, err := g.Resolve(ctx, host)
	if err != nil {
		return nil, err
	}
	if len(ips) == 0 {
		return nil, fmt.Errorf("no address for %s", host)
	}
	for _, ip := range ips {
		var conn net.Conn
		conn, err = d.DialContext(ctx, network, net.JoinHostPort(ip.String(), port))
		if err == nil {
			return conn, nil
		}
	}
	return nil, err
}

// CheckURL refuses, before any request, a callback URL that cannot be
// delivered to: not absolute http(s), credentials in it, or an IP literal
// that is blocked and not allowed. Host names are judged at connect time.
func (g *Guard) CheckURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return errors.New("is not a URL")
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return errors.New("must be an http or https URL")
	}
	if u.Host == "" || u.Hostname() == "" {
		return errors.New("must name a host")
	}
	if u.User != nil {
		return errors.New("must not carry credentials")
	}
	if ip, err := netip.ParseAddr(u.Hostname()); err == nil && !g.allowed(u.Hostname(), ip) {
		return (&RefusedError{Host: u.Hostname(), IP: ip.String()})
	}
	return nil
}
