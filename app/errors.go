package app

import "errors"

// errTODO marks a command whose work has not landed yet.
var errTODO = errors.New("not built yet")
