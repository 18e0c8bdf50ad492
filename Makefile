# understudy — see README.md. Every target sets up what it needs itself.
GO      ?= go
BIN     := bin/understudy
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X github.com/understudy/understudy/internal/cli.Version=$(VERSION)
# The tests start their own PostgreSQL clusters; give slow machines room
# (CI's own limit is 90 minutes).
TESTFLAGS ?= -race -timeout 60m

.PHONY: all build image test test-deps test-reliability fuzz demo lint bench clean classify-eval

all: build

build:
	$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/understudy

# The container image (Dockerfile): the static binary on a slim Debian with
# the PostgreSQL client tools of PG_MAJOR, production's major version.
# docker, else podman (CONTAINER_TOOL=... to choose). Without either it
# says so and fails: you asked for an image, and none was built.
PG_MAJOR       ?= 17
IMAGE          ?= understudy:$(VERSION)-pg$(PG_MAJOR)
CONTAINER_TOOL ?= $(shell command -v docker 2>/dev/null || command -v podman 2>/dev/null)
image:
	@if [ -z "$(CONTAINER_TOOL)" ]; then \
		echo "make image: neither docker nor podman is installed; install one, or build the Dockerfile with another OCI builder (buildah bud --build-arg PG_MAJOR=$(PG_MAJOR) .)" >&2; exit 1; fi
	$(CONTAINER_TOOL) build --build-arg PG_MAJOR=$(PG_MAJOR) --build-arg VERSION=$(VERSION) -t $(IMAGE) .

# The whole suite, unit and integration, against a real throwaway
# PostgreSQL cluster that withserver starts for all the test binaries and
# removes (internal/pgtest; UNDERSTUDY_TEST_DATABASE_URL, when set, names
# a server to use instead), then the reliability suite. One server lets
# the binaries share the fixture templates they have in common. The
# reliability tests are skipped in the first pass only because the second
# runs them, verbosely, so that their counts are printed.
#
# The breadth tests run in a pass of their own, without -race: the corpus
# (every real and labelled schema through init, lint, run, verify and
# plan) and the classifier's eval. What they add is schemas, not
# interleavings: they run the code paths that the race-checked tests run,
# on a hundred schemas. On a 2-core machine, under -race, the corpus took
# about 25 of make test's 37 minutes; without it, the corpus and the eval
# together take 11 (sharing their templates: pgtest.Labelled).
# go test -race ./... still runs them, and passes.
BREADTH      := ^(TestCorpus|TestClassifyEval)$$
BREADTHFLAGS ?= -timeout 60m
test: test-deps
	$(GO) vet ./...
	$(GO) run ./internal/pgtest/withserver sh -c "$(GO) test $(TESTFLAGS) -skip '$(RELIABILITY)|$(BREADTH)' ./... && $(GO) test $(BREADTHFLAGS) -run '$(BREADTH)' ./integration ./internal/classifyeval"
	@$(MAKE) --no-print-directory test-reliability

# What the tests need beyond PostgreSQL: PostGIS, for the OpenStreetMap
# schema of the corpus test (integration/corpus_test.go) and the extension
# configuration tests, and pg_partman, for the partition-maintenance
# configuration test. Installed with apt-get when missing and we are root
# with apt-get (as in CI, where a failed install fails the run); otherwise
# those tests skip, saying why. make demo needs neither.
TEST_PKGS ?= postgis:postgresql-15-postgis-3 pg_partman:postgresql-15-partman
test-deps:
	@missing=; for entry in $(TEST_PKGS); do ext=$${entry%%:*}; pkg=$${entry#*:}; 		ls /usr/share/postgresql/*/extension/$$ext.control >/dev/null 2>&1 || missing="$$missing $$pkg"; done; 	if [ -z "$$missing" ]; then :; 	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then 		echo "test-deps: installing$$missing"; 		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null) \
			|| { echo "test-deps: could not install$$missing"; exit 1; }; 	else echo "test-deps: missing$$missing; the tests that need them will skip"; fi

# The reliability suite: the real binary killed with SIGKILL at random
# points across many runs (TestReliabilityKill prints its seed and where the
# kills landed; RELIABILITYFLAGS=-reliability.seed=N replays them), faults of
# the source and the target, the lifecycle and bad-input tests, then every
# fuzz target for FUZZTIME. Never from go test's cache (-count=1): a cached
# pass would replay the old kill points instead of drawing new ones.
RELIABILITY      := ^(TestReliability.*|TestLifecycle|TestBadInput)$$
RELIABILITYFLAGS ?=
test-reliability:
	$(GO) test $(TESTFLAGS) -count=1 -v -run '$(RELIABILITY)' ./integration $(RELIABILITYFLAGS)
	@$(MAKE) --no-print-directory fuzz

# Every fuzz target in the repository (found by name, so a new one is
# included), each for FUZZTIME. go test -fuzz takes one target at a time, so
# each package's test binary is built once, with the fuzzing
# instrumentation, and run once per target, sharing go test's fuzz cache. A
# failing input is written to the package's testdata/fuzz, as go test does.
# FUZZTIME counts executions (a few seconds per target here) rather than
# seconds: a duration can end a clean run with a spurious "context deadline
# exceeded" on a busy machine (go.dev/issue/75804, not fixed in Go 1.26).
FUZZTIME ?= 10000x
fuzz:
	@set -e; bin=$$(mktemp -d); trap 'rm -rf "$$bin"' EXIT; cache=$$($(GO) env GOCACHE)/fuzz; \
	for dir in $$(grep -rl --include='*_test.go' '^func Fuzz' . | xargs -n1 dirname | sort -u); do \
		pkg=$$($(GO) list "$$dir"); \
		$(GO) test -c -fuzz . -o "$$bin/fuzz.test" "$$dir"; \
		for name in $$(sed -n 's/^func \(Fuzz[A-Za-z0-9_]*\)(.*/\1/p' "$$dir"/*_test.go); do \
			echo "fuzz: $$name in $$pkg for $(FUZZTIME)"; \
			(cd "$$dir" && "$$bin/fuzz.test" -test.run '^$$' -test.fuzz "^$$name\$$" -test.fuzztime $(FUZZTIME) -test.timeout 10m \
				-test.fuzzcachedir "$$cache/$$pkg"); \
		done; \
	done

# The classifier's labelled evaluation (issue 12, docs/classify-eval.md):
# what init writes for 30 schemas (acme, pagila, northwind, osm, and the
# fixtures under testdata/classify-eval) scored against a label on every
# column. Prints precision and recall per category, the tuning set and the
# holdout apart, and every miss with its evidence (but a sealed holdout's:
# internal/classifyeval/eval_test.go); rewrites the tables in
# docs/classify-eval.md. make test runs it too and fails under the floors
# (internal/classifyeval/floors.go). osm needs PostGIS (make test-deps).
classify-eval: test-deps
	$(GO) test -count=1 -v -run '^TestClassifyEval$$' ./internal/classifyeval -args -update

# Start a throwaway PostgreSQL, load the acme fixture as "production", and
# run understudy on it.
demo: build
	$(GO) run ./internal/demo -bin $(BIN)

lint:
	@unformatted=$$(gofmt -l $$(git ls-files '*.go')); \
	if [ -n "$$unformatted" ]; then echo "gofmt would change:"; echo "$$unformatted"; exit 1; fi
	$(GO) vet ./...

# Micro-benchmarks (transformers, COPY codec), then the end-to-end harness:
# a throwaway PostgreSQL, pgbench -i -s $(BENCH_SCALE) --foreign-keys as the
# source, raw COPY pipes, pg_dump/pg_restore, pgcopydb clone and understudy
# runs (as users run them, verify on, and with --no-verify) in interleaved
# rounds, with the performance targets as PASS/MISS (bench/, docs/benchmarks.md).
# The source gets $(BENCH_HISTORY_ROWS) deterministic pgbench_history rows
# (../shared/bench/baseline.sh's HISTORY_ROWS), and the subset cases of
# issue #6 run too: understudy's 5% subset against the hand-written
# extraction of the same rows, and the acme fixture at $(BENCH_ACME_SCALE),
# whose whole masked refresh is also set beside its pg_dump + pg_restore.
# BENCH_RSS_SCALE=100 adds one understudy run on a pgbench source at that
# scale, for peak RSS. BENCHFLAGS adds harness flags, e.g. BENCHFLAGS=-json
# or -cases text_seq,pgcopydb,understudy_masked_verify.
BENCH_SCALE        ?= 20
BENCH_RUNS         ?= 3
BENCH_HISTORY_ROWS ?= 1000000
BENCH_ACME_SCALE   ?= 5
BENCH_RSS_SCALE    ?= 0
BENCHFLAGS         ?=
BENCH_SOURCE        = -scale $(BENCH_SCALE) -runs $(BENCH_RUNS) -history-rows $(BENCH_HISTORY_ROWS) -acme-scale $(BENCH_ACME_SCALE)
bench: bench-deps
	$(GO) test -run '^$$' -bench . -benchmem ./...
	$(GO) run ./bench $(BENCH_SOURCE) -rss-scale $(BENCH_RSS_SCALE) $(BENCHFLAGS)

# What the bench needs beyond PostgreSQL: pgcopydb (Debian's package), the
# bar of issue #13, and GNU time, which measures each client process's peak
# RSS and CPU as ../shared/bench/baseline.sh does. Installed with apt-get
# when missing and we are root with apt-get (as in CI, where a failed
# install fails the run); otherwise the harness skips the pgcopydb case,
# and reads peak RSS from wait4 (at least its own), saying so.
.PHONY: bench-deps
bench-deps:
	@missing=; command -v pgcopydb >/dev/null 2>&1 || missing="$$missing pgcopydb"; \
	[ -x /usr/bin/time ] || missing="$$missing time"; \
	if [ -z "$$missing" ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "bench-deps: installing$$missing"; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null) \
			|| { echo "bench-deps: could not install$$missing"; exit 1; }; \
	else echo "bench-deps: missing$$missing; the bench does without, saying so"; fi

# The subset benchmark of issue #6 alone: text_seq (the denominator), the
# hand-written extractions, understudy's subsets and the acme case.
.PHONY: bench-subset
bench-subset:
	$(GO) run ./bench $(BENCH_SOURCE) \
		-cases text_seq,subset_range,understudy_subset_range,subset_scatter,understudy_subset_scatter,acme $(BENCHFLAGS)

# Cost against schema size (issue 11): for each of BENCH_SCHEMA_SIZES, a
# fresh source of that many tables (2 foreign keys, 3 indexes, 100 rows
# each) plus a table of 1,000 daily partitions, on a throwaway server with
# PostgreSQL's default lock settings; inspect, init, lint --strict, plan,
# run and verify timed beside pg_dump -j2 + pg_restore -j2 of the same
# database, BENCH_SCHEMA_RUNS rounds per size. A command that fails (out of
# shared memory, say) is a failed cell; the bench goes on. 5,000 tables
# take a while: BENCH_SCHEMA_SIZES=100,500 is a smoke run.
BENCH_SCHEMA_SIZES ?= 500,2000,5000
BENCH_SCHEMA_RUNS  ?= 1
.PHONY: bench-schema
bench-schema:
	$(GO) run ./bench -schema-sizes $(BENCH_SCHEMA_SIZES) -runs $(BENCH_SCHEMA_RUNS) $(BENCHFLAGS)

# A smoke run of the harness alone: scale 1 (100,000 accounts), 50,000
# history rows, acme at scale 0.2, one round.
.PHONY: bench-quick
bench-quick: bench-deps
	$(GO) run ./bench -scale 1 -runs 1 -history-rows 50000 -acme-scale 0.2 $(BENCHFLAGS)

clean:
	rm -rf bin
