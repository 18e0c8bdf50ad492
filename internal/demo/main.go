// Command demo shows understudy working on a fresh machine: it starts a
// throwaway PostgreSQL, loads the acme fixture as the "production" database,
// runs the understudy binary on it (inspect, init, lint, run), shows rows
// before and after masking, and removes everything at the end.
// `make demo` runs it.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/understudy/understudy/internal/pgtest"
)

func main() { os.Exit(run()) }

func run() int {
	bin := flag.String("bin", "bin/understudy", "understudy binary to run")
	scale := flag.String("scale", "1", "acme fixture scale (1: 10,000 users, 100,000 orders)")
	flag.Parse()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	step("starting a throwaway PostgreSQL server")
	srv, err := pgtest.Start(ctx)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer srv.Stop()

	step("loading the acme fixture (scale " + *scale + ") as the production database")
	start := time.Now()
	prodURL, prod, err := srv.CreateDatabase(ctx, pgtest.Acme(*scale))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer srv.DropDatabase(context.Background(), prod)
	fmt.Printf("    loaded in %s: %s\n", time.Since(start).Round(time.Millisecond), prodURL)

	step("understudy inspect --source $UNDERSTUDY_SOURCE_URL")
	cmd := exec.CommandContext(ctx, *bin, "inspect")
	cmd.Env = append(os.Environ(), "UNDERSTUDY_SOURCE_URL="+prodURL)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		fmt.Fprintf(os.Stderr, "demo: understudy inspect: %v\n", err)
		return 1
	}
	// The whole refresh: init writes the rules, lint checks them, run
	// builds staging.
	dir, err := os.MkdirTemp("", "understudy-demo-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	rulesPath := filepath.Join(dir, "rules.yaml")
	stagingURL := srv.URL("acme_staging")
	defer srv.DropDatabase(context.Background(), "acme_staging")
	env := append(os.Environ(), "UNDERSTUDY_SOURCE_URL="+prodURL, "UNDERSTUDY_TARGET_URL="+stagingURL,
		"UNDERSTUDY_SECRET=demo-secret-not-for-production")
	for _, c := range []struct {
		title string
		args  []string
	}{
		{"understudy init -o rules.yaml   (a commented rules file from the live schema)", []string{"init", "-o", rulesPath}},
		{"understudy lint --config rules.yaml --strict", []string{"lint", "--config", rulesPath, "--strict"}},
		{"understudy run --config rules.yaml   (snapshot, mask, load, swap)", []string{"run", "--config", rulesPath, "--log-format", "text"}},
	} {
		step(c.title)
		cmd := exec.CommandContext(ctx, *bin, c.args...)
		cmd.Env = env
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		if c.args[0] == "lint" {
			cmd.Stdout = io.Discard // the FK inheritance notes are long; the verdict is on stderr
		}
		if err := cmd.Run(); err != nil {
			fmt.Fprintf(os.Stderr, "demo: understudy %s: %v\n", c.args[0], err)
			return 1
		}
	}
	step("a few rows before (production) and after (staging)")
	for _, q := range []string{
		"SELECT id, email, first_name, last_name, phone, birth_date, last_login_ip FROM public.users ORDER BY id LIMIT 3",
		"SELECT key, value FROM public.app_settings WHERE key IN ('smtp_password', 'stripe_secret_key', 'site_name') ORDER BY key",
	} {
		for _, db := range []struct{ name, url string }{{"production", prodURL}, {"staging", stagingURL}} {
			fmt.Printf("\n-- %s: %s\n", db.name, q)
			if err := printQuery(ctx, db.url, q); err != nil {
				fmt.Fprintln(os.Stderr, "demo:", err)
				return 1
			}
		}
	}
	// A subset: 5% of the organizations, their data, and every row that
	// data references.
	subsetPath := filepath.Join(dir, "subset.yaml")
	rulesText, err := os.ReadFile(rulesPath)
	if err != nil {
		fmt.Fprintln(os.Stderr, "demo:", err)
		return 1
	}
	// The section is testdata/acme/subset.yaml, the tests' and the bench's.
	demoSubset, err := pgtest.AcmeSubset(5)
	if err != nil {
		fmt.Fprintln(os.Stderr, "demo:", err)
		return 1
	}
	if err := os.WriteFile(subsetPath, append(rulesText, []byte(demoSubset)...), 0o600); err != nil {
		fmt.Fprintln(os.Stderr, "demo:", err)
		return 1
	}
	step("a subset: rules.yaml plus this section, saved as subset.yaml" + demoSubset)
	for _, c := range []struct {
		title string
		args  []string
		lines int
	}{
		{"understudy plan --config subset.yaml   (a dry run: which rows, and why; the first lines)", []string{"plan", "--config", subsetPath}, 24},
		{"understudy run --config subset.yaml   (the same rows, masked, verified, swapped in)", []string{"run", "--config", subsetPath, "--log-format", "text"}, 0},
	} {
		step(c.title)
		cmd := exec.CommandContext(ctx, *bin, c.args...)
		cmd.Env = env
		cmd.Stderr = os.Stderr
		var out strings.Builder
		if c.lines > 0 {
			cmd.Stdout = &out
		} else {
			cmd.Stdout = os.Stdout
		}
		if err := cmd.Run(); err != nil {
			fmt.Fprint(os.Stdout, out.String())
			fmt.Fprintf(os.Stderr, "demo: understudy %s: %v\n", c.args[0], err)
			return 1
		}
		if c.lines > 0 {
			lines := strings.SplitAfter(out.String(), "\n")
			fmt.Print(strings.Join(lines[:min(c.lines, len(lines))], ""))
			if len(lines) > c.lines {
				fmt.Printf("... (%d more lines)\n", len(lines)-c.lines)
			}
		}
	}
	step("rows in production and in the subset staging")
	q := `SELECT t, n FROM (VALUES ('organizations', (SELECT count(*) FROM public.organizations)), ('users', (SELECT count(*) FROM public.users)),
		('orders', (SELECT count(*) FROM public.orders)), ('order_items', (SELECT count(*) FROM public.order_items)),
		('countries (full)', (SELECT count(*) FROM public.countries))) v(t, n)`
	for _, db := range []struct{ name, url string }{{"production", prodURL}, {"staging", stagingURL}} {
		fmt.Printf("\n-- %s\n", db.name)
		if err := printQuery(ctx, db.url, q); err != nil {
			fmt.Fprintln(os.Stderr, "demo:", err)
			return 1
		}
	}
	step("done; the throwaway server and its data are being removed")
	return 0
}

// printQuery prints a query's rows as an aligned table.
func printQuery(ctx context.Context, url, q string) error {
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	rows, err := conn.Query(ctx, q, pgx.QueryExecModeSimpleProtocol)
	if err != nil {
		return err
	}
	defer rows.Close()
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	var head []string
	for _, f := range rows.FieldDescriptions() {
		head = append(head, f.Name)
	}
	fmt.Fprintln(tw, strings.Join(head, "\t"))
	for rows.Next() {
		vals, err := rows.Values()
		if err != nil {
			return err
		}
		cells := make([]string, len(vals))
		for i, v := range vals {
			if v == nil {
				cells[i] = "NULL"
			} else {
				cells[i] = fmt.Sprint(v)
			}
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	tw.Flush()
	return rows.Err()
}

func step(msg string) { fmt.Printf("\n==> %s\n", msg) }
