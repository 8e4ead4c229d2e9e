package app

import "context"

// runAnalyze is being built by the analysis work (issue 3).
func runAnalyze(ctx context.Context, e *env, args []string) error { return errTODO }
