// Command framelens shows how different news outlets tell the same story.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"runtime/pprof"
	"syscall"

	"github.com/framelens/framelens/app"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	// FRAMELENS_CPUPROFILE=FILE writes a CPU profile of the whole command,
	// for `go tool pprof` (docs/PERFORMANCE.md).
	if path := os.Getenv("FRAMELENS_CPUPROFILE"); path != "" {
		f, err := os.Create(path)
		if err == nil {
			err = pprof.StartCPUProfile(f)
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "framelens: FRAMELENS_CPUPROFILE: %v\n", err)
			os.Exit(1)
		}
		defer f.Close()
	}
	code := app.Run(ctx, os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr)
	stop()
	pprof.StopCPUProfile()
	os.Exit(code)
}
