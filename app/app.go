// Package app is the framelens program: its commands, configuration, wiring
// and HTTP server. It is the only package that imports Fiber.
package app

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/framelens/framelens/app/ingest/web"
)

// Version is the program's version, set at build time with
// -ldflags "-X github.com/framelens/framelens/app.Version=...".
var Version = "dev"

// command is one subcommand of framelens.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, e *env, args []string) error
}

// commands is the table of subcommands, in the order --help lists them.
func commands() []command {
	return []command{
		{"serve", "serve the dashboard (the default command)", runServe},
		{"import", "import articles from files, directories, CSV/JSONL or a manifest", runImport},
		{"analyze", "score files without a database and print JSON (the machine interface)", runAnalyze},
		{"rescore", "bring every article to the current lexicon version", runRescore},
		{"cluster", "propose stories for articles on the same event; flag near-duplicates", runCluster},
		{"feeds", "list, add or remove the feed subscriptions serve polls", runFeeds},
		{"export", "export articles as JSON Lines or CSV", runExport},
		{"delete", "delete one import batch or one article", runDelete},
		{"backup", "write a consistent copy of the database while it is in use", runBackup},
		{"migrate-db", "copy a SQLite installation into PostgreSQL, verified", runMigrateDB},
		{"config", "print the effective configuration, secrets masked", runConfig},
		{"healthcheck", "exit 0 when the server at --addr is ready", runHealthcheck},
		{"version", "print the version", runVersion},
	}
}

// env is what every command gets from the process: environment and streams.
type env struct {
	getenv func(string) string
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	// fetch configures URL and feed imports; tests inject a resolver and
	// an address rule that lets their loopback server through.
	fetch web.Options
}

// errUsage marks an error already explained by printed usage text.
var errUsage = errors.New("usage")

// Run runs framelens with args (without the program name) and returns the
// process exit code. It is main's only call.
func Run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{getenv: getenv, stdin: stdin, stdout: stdout, stderr: stderr,
		fetch: web.Options{UserAgent: web.UserAgent(Version)}}
	name := "serve"
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		name, args = args[0], args[1:]
	} else if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "-help") {
		printUsage(stdout)
		return 0
	}
	if name == "help" {
		if len(args) == 0 {
			printUsage(stdout)
			return 0
		}
		name, args = args[0], []string{"--help"}
	}
	for _, c := range commands() {
		if c.name != name {
			continue
		}
		err := c.run(ctx, e, args)
		switch {
		case err == nil:
			return 0
		case errors.Is(err, flag.ErrHelp):
			return 0
		case errors.Is(err, errUsage):
			return 2
		default:
			var ec exitCoder
			if errors.As(err, &ec) {
				if msg := err.Error(); msg != "" {
					fmt.Fprintf(stderr, "framelens %s: %s\n", name, msg)
				}
				return ec.ExitCode()
			}
			fmt.Fprintf(stderr, "framelens %s: %s\n", name, err)
			return 1
		}
	}
	fmt.Fprintf(stderr, "framelens: unknown command %q\n\n", name)
	printUsage(stderr)
	return 2
}

// exitCoder is an error that chooses its own exit status.
type exitCoder interface {
	error
	ExitCode() int
}

func printUsage(w io.Writer) {
	fmt.Fprintf(w, `framelens shows how different news outlets tell the same story.

Usage: framelens [command] [flags] [args]

Commands:
`)
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-12s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, `
Run "framelens COMMAND --help" for a command's flags. Every command that uses a
database takes --db (default framelens.db in the working directory, or $FRAMELENS_DB):
a SQLite file path, or a PostgreSQL URL (postgres://user:password@host:5432/dbname)
for several servers sharing one database (docs/SCALING.md).
`)
}

// flagSet makes a command's flag set whose --help prints the usage line, the
// description and every flag with its environment variable.
func (e *env) flagSet(name, usage, description string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "Usage: %s\n\n%s\n\nFlags:\n", usage, strings.TrimSpace(description))
		fs.PrintDefaults()
	}
	return fs
}

// dbFlag adds the --db flag every database command takes.
func (e *env) dbFlag(fs *flag.FlagSet) *string {
	return fs.String("db", e.envOr("FRAMELENS_DB", "framelens.db"),
		"`database`: a SQLite file path, or a PostgreSQL URL postgres://user:password@host/dbname ($FRAMELENS_DB)")
}

// envOr returns the environment variable key, or def when it is unset or empty.
func (e *env) envOr(key, def string) string {
	if v := e.getenv(key); v != "" {
		return v
	}
	return def
}

// parse parses args allowing flags before and after positional arguments
// (a lone "--" ends flags). --help prints to stdout and returns flag.ErrHelp.
func (e *env) parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	fs.SetOutput(e.stderr)
	for _, a := range args {
		if a == "-h" || a == "--help" || a == "-help" {
			fs.SetOutput(e.stdout)
			fs.Usage()
			return nil, flag.ErrHelp
		}
		if a == "--" {
			break
		}
	}
	for {
		if err := fs.Parse(args); err != nil {
			return nil, errUsage
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// sortedKeys returns m's keys in order, for deterministic output.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func runVersion(ctx context.Context, e *env, args []string) error {
	fs := e.flagSet("version", "framelens version", "Print the program version.")
	if _, err := e.parse(fs, args); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "framelens %s\n", Version)
	return nil
}
