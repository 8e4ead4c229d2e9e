package app

import (
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/framelens/framelens/app/internal/sharedtest"
)

// TestDockerfileMatchesCode keeps the Dockerfile true to the program: the Go
// version of go.mod, the binary and its health command, the port of the
// default address, the data volume and the unprivileged user.
func TestDockerfileMatchesCode(t *testing.T) {
	root := sharedtest.Root()
	df, err := os.ReadFile(filepath.Join(root, "Dockerfile"))
	if err != nil {
		t.Fatal(err)
	}
	gomod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	d := string(df)
	goVersion := regexp.MustCompile(`(?m)^go (\S+)`).FindStringSubmatch(string(gomod))
	if goVersion == nil || !strings.Contains(d, "FROM golang:"+goVersion[1]+"-") {
		t.Errorf("the build stage does not use go.mod's Go version %v", goVersion)
	}
	for _, want := range []string{
		"CGO_ENABLED=0", "-trimpath", "app.Version=",
		`ENTRYPOINT ["/framelens"]`,
		`CMD ["/framelens", "healthcheck"]`,
		"VOLUME /data",
		"USER 65532:65532",
		"FRAMELENS_DB=/data/",
		"SQLITE_TMPDIR=/data",
	} {
		if !strings.Contains(d, want) {
			t.Errorf("Dockerfile lacks %q", want)
		}
	}
	addr := regexp.MustCompile(`FRAMELENS_ADDR=(\S+)`).FindStringSubmatch(d)
	if addr == nil {
		t.Fatal("Dockerfile sets no FRAMELENS_ADDR")
	}
	host, port, err := net.SplitHostPort(addr[1])
	if err != nil || host != "0.0.0.0" {
		t.Errorf("FRAMELENS_ADDR=%s: want 0.0.0.0:PORT so the container is reachable", addr[1])
	}
	if !strings.Contains(d, "EXPOSE "+port) {
		t.Errorf("EXPOSE does not match the port %s of FRAMELENS_ADDR", port)
	}
	names := map[string]bool{}
	for _, c := range commands() {
		names[c.name] = true
	}
	if !names["healthcheck"] || !names["serve"] || !strings.Contains(d, `CMD ["serve"]`) {
		t.Error("the image's commands (serve, healthcheck) are not both framelens commands")
	}
	compose, err := os.ReadFile(filepath.Join(root, "compose.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{":" + port + `"`, "framelens-data:/data", "FRAMELENS_ADMIN_PASSWORD_FILE", "read_only: true"} {
		if !strings.Contains(string(compose), want) {
			t.Errorf("compose.yaml lacks %q", want)
		}
	}
	if u, err := readyURL(addr[1]); err != nil || u != "http://127.0.0.1:"+port+"/readyz" {
		t.Errorf("healthcheck inside the image would ask %q (%v)", u, err)
	}
}
