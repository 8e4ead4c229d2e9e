package app

import (
	"context"
	"errors"
)

// The commands below are being built; each moves to its own file.

var errTODO = errors.New("not built yet")

func runImport(ctx context.Context, e *env, args []string) error  { return errTODO }
func runRescore(ctx context.Context, e *env, args []string) error { return errTODO }
