package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"
)

// runHealthcheck asks the local `archbot serve` for /healthz and fails unless it answers 200.
// It is the container's HEALTHCHECK: the image has no curl, and `archbot version` would pass
// whether the server was up or not.
func runHealthcheck(ctx context.Context, args []string, stdout io.Writer) error {
	if len(args) != 0 {
		return errUsage
	}
	c, err := loadConfig()
	if err != nil {
		return err
	}
	u, err := healthURL(c.HTTPAddr)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return fmt.Errorf("healthcheck: %w", err)
	}
	// No proxy: the server is on this machine whatever HTTP_PROXY says.
	client := &http.Client{Transport: &http.Transport{Proxy: nil}}
	resp, err := client.Do(req)
	if err != nil {
		return fmt.Errorf("healthcheck: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("healthcheck: GET %s: %s", u, resp.Status)
	}
	fmt.Fprintln(stdout, "healthy:", u)
	return nil
}

// healthURL is the /healthz URL of a server listening on addr (ARCHBOT_HTTP_ADDR): a listener
// on every interface (":8080", "0.0.0.0:8080") is asked on the loopback address.
func healthURL(addr string) (string, error) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return "", fmt.Errorf("healthcheck: ARCHBOT_HTTP_ADDR=%q: %w", addr, err)
	}
	switch host {
	case "", "0.0.0.0", "::":
		host = "127.0.0.1"
	}
	return "http://" + net.JoinHostPort(host, port) + "/healthz", nil
}
