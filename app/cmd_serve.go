package app

import "context"

// runServe is being built by the dashboard work (issue 4).
func runServe(ctx context.Context, e *env, args []string) error { return errTODO }
