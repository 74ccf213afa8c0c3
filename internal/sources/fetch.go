package sources

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// FetchConfig configures polite fetching. The zero value of each field
// means its default.
type FetchConfig struct {
	// Contact is how a site owner reaches whoever runs the checker (an
	// email address or a URL). It goes into the User-Agent and is required.
	Contact string
	// Version goes into the User-Agent; default "dev".
	Version string

	// Dial opens connections; default a net.Dialer with DialTimeout. Tests
	// map fake host names to a local server here.
	Dial func(ctx context.Context, network, addr string) (net.Conn, error)
	// RootCAs are the certificate authorities trusted; default the system's.
	RootCAs *x509.CertPool
	// Clock times every wait; default the wall clock.
	Clock Clock
	// Rand draws the backoff jitter and the soft-404 probe paths; default
	// a randomly seeded source.
	Rand *rand.Rand

	Gap            time.Duration // least time between requests to one host; default 2s
	Concurrency    int           // requests in flight across all hosts; default 16
	DialTimeout    time.Duration // default 10s
	TLSTimeout     time.Duration // default 10s
	HeaderTimeout  time.Duration // time to the response headers; default 20s
	RequestTimeout time.Duration // the whole request, body included; default 60s
	MaxBody        int64         // bytes; default 5 MiB
	MaxTries       int           // tries for timeouts, resets, 429 and 502-504; default 3
	BackoffBase    time.Duration // first backoff; default 2s, doubled each try, jittered
	// BackoffCap is the longest single wait between tries, including one a
	// Retry-After asks for; a host asking for longer is left for this run.
	// Default 60s.
	BackoffCap   time.Duration
	MaxRedirects int // default 10
	// MaxCrawlDelay is the longest spacing a robots.txt Crawl-delay can ask
	// for; a longer one is capped and the report says so. Default 30s.
	MaxCrawlDelay time.Duration

	// AllowHost says whether a redirect may lead to a host (the domains
	// guides may cite); nil allows every host. Redirects are followed only
	// to https addresses it allows: any other is refused, and reported.
	AllowHost func(host string) bool
	// AllowAddr says whether the checker may connect to an address, checked
	// on the address actually dialled, after DNS; default PublicAddr.
	AllowAddr func(netip.Addr) bool
}

func (c *FetchConfig) defaults() error {
	if strings.TrimSpace(c.Contact) == "" {
		return errors.New("sources: FetchConfig.Contact is required: site owners must be able to reach us")
	}
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	def(&c.Gap, 2*time.Second)
	def(&c.DialTimeout, 10*time.Second)
	def(&c.TLSTimeout, 10*time.Second)
	def(&c.HeaderTimeout, 20*time.Second)
	def(&c.RequestTimeout, 60*time.Second)
	def(&c.BackoffBase, 2*time.Second)
	def(&c.BackoffCap, 60*time.Second)
	if c.Version == "" {
		c.Version = "dev"
	}
	if c.Concurrency <= 0 {
		c.Concurrency = 16
	}
	if c.MaxBody <= 0 {
		c.MaxBody = 5 << 20
	}
	if c.MaxTries <= 0 {
		c.MaxTries = 3
	}
	if c.MaxRedirects <= 0 {
		c.MaxRedirects = 10
	}
	if c.Clock == nil {
		c.Clock = RealClock{}
	}
	if c.Rand == nil {
		c.Rand = rand.New(rand.NewPCG(rand.Uint64(), rand.Uint64()))
	}
	def(&c.MaxCrawlDelay, 30*time.Second)
	if c.AllowAddr == nil {
		c.AllowAddr = PublicAddr
	}
	allow := c.AllowAddr
	if c.Dial == nil {
		// The address is checked before connecting, too.
		c.Dial = (&net.Dialer{Timeout: c.DialTimeout, Control: func(_, address string, _ syscall.RawConn) error {
			if ap, err := netip.ParseAddrPort(address); err == nil && !allow(ap.Addr()) {
				return &RefusedError{URL: address, Reason: "its address is not a public one"}
			}
			return nil
		}}).DialContext
	}
	dial := c.Dial
	c.Dial = func(ctx context.Context, network, addr string) (net.Conn, error) {
		conn, err := dial(ctx, network, addr)
		if err != nil {
			return nil, err
		}
		if ap, err := netip.ParseAddrPort(conn.RemoteAddr().String()); err != nil || !allow(ap.Addr()) {
			conn.Close()
			return nil, &RefusedError{URL: addr, Reason: "its address (" + conn.RemoteAddr().String() + ") is not a public one"}
		}
		return conn, nil
	}
	return nil
}

// RefusedError is a request the checker would not make: a redirect that is
// not to https or leads to a host off the allow-list, or a connection to
// an address that is not public.
type RefusedError struct {
	URL    string
	Reason string
}

func (e *RefusedError) Error() string { return "refused " + e.URL + ": " + e.Reason }

// nonPublic are address ranges no cited page lives at, beyond those netip
// names (loopback, private, link-local, multicast, unspecified).
var nonPublic = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),
	netip.MustParsePrefix("100.64.0.0/10"), // shared address space (carrier-grade NAT)
	netip.MustParsePrefix("192.0.0.0/24"),
	netip.MustParsePrefix("198.18.0.0/15"), // benchmarking
	netip.MustParsePrefix("240.0.0.0/4"),
	netip.MustParsePrefix("64:ff9b::/96"), // NAT64: an IPv4 address in disguise
}

// PublicAddr reports whether a is a public unicast address: not loopback,
// private, link-local (169.254.169.254, the cloud metadata service, is
// link-local), shared, multicast, unspecified or reserved.
func PublicAddr(a netip.Addr) bool {
	a = a.Unmap()
	if !a.IsGlobalUnicast() || a.IsPrivate() || a.IsLoopback() || a.IsLinkLocalUnicast() {
		return false
	}
	for _, p := range nonPublic {
		if p.Contains(a) {
			return false
		}
	}
	return true
}

// RobotsAgent is the product token robots.txt groups are matched against.
const RobotsAgent = "firststeps-sources"

// Fetcher fetches pages politely: robots.txt first, one request at a time
// per host and spaced out, conditional GETs, bounded retries, and every
// redirect recorded. It is safe for concurrent use.
type Fetcher struct {
	cfg    FetchConfig
	ua     string
	client *http.Client
	hosts  *hosts
	robots *robotsCache
	slots  chan struct{}

	randMu sync.Mutex
}

// NewFetcher returns a Fetcher for cfg.
func NewFetcher(cfg FetchConfig) (*Fetcher, error) {
	if err := cfg.defaults(); err != nil {
		return nil, err
	}
	tr := &http.Transport{
		DialContext:           cfg.Dial,
		TLSClientConfig:       &tls.Config{RootCAs: cfg.RootCAs, MinVersion: tls.VersionTLS12},
		TLSHandshakeTimeout:   cfg.TLSTimeout,
		ResponseHeaderTimeout: cfg.HeaderTimeout,
		MaxIdleConnsPerHost:   1,
		IdleConnTimeout:       90 * time.Second,
		ForceAttemptHTTP2:     true,
	}
	f := &Fetcher{
		cfg: cfg,
		ua:  fmt.Sprintf("%s/%s (+%s; checks that cited pages still say what guides quote)", RobotsAgent, cfg.Version, cfg.Contact),
		client: &http.Client{
			Transport: tr,
			// Redirects are followed by Fetch, hop by hop, so each hop is
			// recorded, checked against robots.txt and rate limited.
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		},
		hosts:  newHosts(cfg.Clock, cfg.Gap, cfg.BackoffCap, cfg.MaxCrawlDelay),
		robots: newRobotsCache(),
		slots:  make(chan struct{}, cfg.Concurrency),
	}
	return f, nil
}

// UserAgent returns the User-Agent header the fetcher sends.
func (f *Fetcher) UserAgent() string { return f.ua }

// Close closes idle connections.
func (f *Fetcher) Close() { f.client.CloseIdleConnections() }

// Request is one page to fetch.
type Request struct {
	URL string
	// Validators from the last fetch of ConditionalURL, sent as
	// If-None-Match and If-Modified-Since when a hop reaches that URL.
	ConditionalURL string
	ETag           string
	LastModified   string
}

// Hop is one redirect.
type Hop struct {
	URL      string `json:"url"`
	Status   int    `json:"status"`
	Location string `json:"location"`
}

// Response is the outcome of a fetch.
type Response struct {
	URL      string // as requested
	FinalURL string // after redirects
	Hops     []Hop
	Status   int // final status; 0 when Err is set
	Header   http.Header
	Body     []byte
	Tries    int // tries of the final hop
	Err      error
}

// Errors a fetch can end with.
var (
	ErrRedirectLoop = errors.New("redirect loop or too many redirects")
	ErrTooLarge     = errors.New("body larger than the size cap")
)

// Fetch fetches req.URL, following redirects itself.
func (f *Fetcher) Fetch(ctx context.Context, req Request) *Response {
	r := &Response{URL: req.URL}
	cur, err := url.Parse(req.URL)
	if err != nil || (cur.Scheme != "https" && cur.Scheme != "http") || cur.Host == "" {
		r.Err = fmt.Errorf("%q is not an http or https address", req.URL)
		return r
	}
	seen := map[string]bool{cur.String(): true}
	for {
		r.FinalURL = cur.String()
		if err := f.robotsAllow(ctx, cur); err != nil {
			r.Err = err
			return r
		}
		hdr := http.Header{}
		if req.ConditionalURL == cur.String() {
			if req.ETag != "" {
				hdr.Set("If-None-Match", req.ETag)
			}
			if req.LastModified != "" {
				hdr.Set("If-Modified-Since", req.LastModified)
			}
		}
		resp, body, tries, err := f.get(ctx, cur, hdr)
		r.Tries = tries
		if err != nil {
			r.Err = err
			return r
		}
		loc := resp.Header.Get("Location")
		if !isRedirect(resp.StatusCode) || loc == "" {
			r.Status, r.Header, r.Body = resp.StatusCode, resp.Header, body
			return r
		}
		next, err := cur.Parse(loc)
		if err != nil {
			r.Err = fmt.Errorf("bad Location %q: %w", loc, err)
			return r
		}
		next.Fragment = ""
		r.Hops = append(r.Hops, Hop{URL: cur.String(), Status: resp.StatusCode, Location: next.String()})
		switch {
		case seen[next.String()]:
			r.Err = fmt.Errorf("%w: %s comes round again", ErrRedirectLoop, next)
			return r
		case len(r.Hops) >= f.cfg.MaxRedirects:
			r.Err = fmt.Errorf("%w: more than %d", ErrRedirectLoop, f.cfg.MaxRedirects)
			return r
		}
		if err := f.mayFollow(next); err != nil {
			r.Err = err
			return r
		}
		seen[next.String()] = true
		cur = next
	}
}

// mayFollow says whether a redirect may be followed: only to https, and
// only to a host on the allow-list.
func (f *Fetcher) mayFollow(next *url.URL) error {
	switch {
	case next.Scheme != "https":
		return &RefusedError{URL: next.String(), Reason: "a redirect to an address that is not https"}
	case f.cfg.AllowHost != nil && !f.cfg.AllowHost(strings.ToLower(next.Hostname())):
		return &RefusedError{URL: next.String(), Reason: "a redirect to a host that is not on the allow-list (domains.yaml)"}
	}
	return nil
}

// crawlDelayCapped returns, for a host whose robots.txt asked for a longer
// Crawl-delay than MaxCrawlDelay, the delay used and the one asked for.
func (f *Fetcher) crawlDelayCapped(host string) (used, asked time.Duration) {
	return f.hosts.capped(host)
}

func isRedirect(status int) bool {
	switch status {
	case http.StatusMovedPermanently, http.StatusFound, http.StatusSeeOther,
		http.StatusTemporaryRedirect, http.StatusPermanentRedirect:
		return true
	}
	return false
}

// get makes up to MaxTries tries at one URL, with jittered exponential
// backoff that honours Retry-After.
func (f *Fetcher) get(ctx context.Context, u *url.URL, hdr http.Header) (*http.Response, []byte, int, error) {
	for try := 1; ; try++ {
		resp, body, err := f.once(ctx, u, hdr)
		if try >= f.cfg.MaxTries || !retryable(ctx, resp, err) {
			return resp, body, try, err
		}
		wait := f.backoff(try)
		if resp != nil {
			if ra, ok := retryAfter(resp.Header.Get("Retry-After"), f.cfg.Clock.Now()); ok {
				f.hosts.deferUntil(u.Host, f.cfg.Clock.Now().Add(ra))
				if ra > f.cfg.BackoffCap {
					return resp, body, try, nil
				}
				wait = max(wait, ra)
			}
		}
		if err := f.cfg.Clock.Sleep(ctx, wait); err != nil {
			return resp, body, try, err
		}
	}
}

// backoff returns the wait before try+1: BackoffBase doubled per try,
// capped at BackoffCap, with "equal jitter" (between half and all of it).
func (f *Fetcher) backoff(try int) time.Duration {
	d := f.cfg.BackoffBase << (try - 1)
	if d <= 0 || d > f.cfg.BackoffCap {
		d = f.cfg.BackoffCap
	}
	f.randMu.Lock()
	j := f.cfg.Rand.Float64()
	f.randMu.Unlock()
	return d/2 + time.Duration(j*float64(d/2))
}

// retryAfter reads a Retry-After header: seconds or an HTTP date.
func retryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if s, err := strconv.Atoi(v); err == nil && s >= 0 {
		return time.Duration(s) * time.Second, true
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(t.Sub(now), 0), true
	}
	return 0, false
}

func retryable(ctx context.Context, resp *http.Response, err error) bool {
	if ctx.Err() != nil {
		return false
	}
	if err != nil {
		if errors.Is(err, ErrHostDeferred) || errors.Is(err, ErrTooLarge) {
			return false
		}
		var ne net.Error
		return errors.Is(err, context.DeadlineExceeded) || errors.As(err, &ne) && ne.Timeout() ||
			errors.Is(err, syscall.ECONNRESET) || errors.Is(err, io.ErrUnexpectedEOF) ||
			errors.Is(err, io.EOF) || strings.Contains(err.Error(), "connection reset")
	}
	switch resp.StatusCode {
	case http.StatusTooManyRequests, http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusGatewayTimeout:
		return true
	}
	return false
}

// once makes one request: it waits for the host's turn, sends the request
// with the whole-request timeout, and reads the body up to the cap.
func (f *Fetcher) once(ctx context.Context, u *url.URL, hdr http.Header) (*http.Response, []byte, error) {
	release, err := f.hosts.acquire(ctx, strings.ToLower(u.Host))
	if err != nil {
		return nil, nil, err
	}
	defer release()
	select {
	case f.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, nil, ctx.Err()
	}
	defer func() { <-f.slots }()

	rctx, cancel := context.WithTimeout(ctx, f.cfg.RequestTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(rctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, nil, err
	}
	if hdr != nil {
		req.Header = hdr.Clone()
	}
	req.Header.Set("User-Agent", f.ua)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/json;q=0.9,text/plain;q=0.8,*/*;q=0.5")
	req.Header.Set("Accept-Language", "en-GB,en;q=0.8")
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, nil, err
	}
	defer resp.Body.Close()
	if resp.ContentLength > f.cfg.MaxBody {
		return resp, nil, fmt.Errorf("%w: Content-Length %d", ErrTooLarge, resp.ContentLength)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.cfg.MaxBody+1))
	if err != nil {
		return resp, nil, err
	}
	if int64(len(body)) > f.cfg.MaxBody {
		return resp, nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, f.cfg.MaxBody)
	}
	return resp, body, nil
}

// randomToken returns a random lower-case token for probe paths.
func (f *Fetcher) randomToken() string {
	f.randMu.Lock()
	defer f.randMu.Unlock()
	return strconv.FormatUint(f.cfg.Rand.Uint64(), 36)
}
