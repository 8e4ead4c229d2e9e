package app

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"time"
)

func runHealthcheck(ctx context.Context, e *env, args []string) error {
	fs := e.flagSet("healthcheck", "framelens healthcheck [--addr HOST:PORT]",
		`Ask the server at --addr whether it is ready (GET /readyz) and exit 0 only when it
answers 200. An empty or 0.0.0.0 host means this machine (127.0.0.1), so the
command works unchanged as a container health check.`)
	addr := fs.String("addr", e.envOr("FRAMELENS_ADDR", "127.0.0.1:8080"), "server `address` ($FRAMELENS_ADDR)")
	timeout := fs.Duration("timeout", 3*time.Second, "give up after this `duration`")
	pos, err := e.parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return fmt.Errorf("unexpected argument %q", pos[0])
	}
	u, err := readyURL(*addr)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, *timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("not ready: %w", err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("not ready: %s answered %s", u, resp.Status)
	}
	fmt.Fprintln(e.stdout, "ready")
	return nil
}

// readyURL turns a listen address into the URL of its /readyz endpoint.
func readyURL(addr string) (string, error) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return "", fmt.Errorf("--addr %q: %w", addr, err)
	}
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "127.0.0.1"
	}
	return "http://" + net.JoinHostPort(host, port) + "/readyz", nil
}
