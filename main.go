// Command framelens shows how different news outlets tell the same story.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/framelens/framelens/app"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := app.Run(ctx, os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
