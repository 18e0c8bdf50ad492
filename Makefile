# understudy — see README.md. Every target sets up what it needs itself.
GO      ?= go
BIN     := bin/understudy
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X github.com/understudy/understudy/internal/cli.Version=$(VERSION)
# The tests start their own PostgreSQL clusters; give slow machines room.
TESTFLAGS ?= -race -timeout 30m

.PHONY: all build test demo lint bench clean

all: build

build:
	$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/understudy

# The whole suite, unit and integration, against real throwaway PostgreSQL
# clusters that the tests start and remove (internal/pgtest).
test:
	$(GO) vet ./...
	$(GO) test $(TESTFLAGS) ./...

# Start a throwaway PostgreSQL, load the acme fixture as "production", and
# run understudy on it.
demo: build
	$(GO) run ./internal/demo -bin $(BIN)

lint:
	@unformatted=$$(gofmt -l $$(git ls-files '*.go')); \
	if [ -n "$$unformatted" ]; then echo "gofmt would change:"; echo "$$unformatted"; exit 1; fi
	$(GO) vet ./...

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

clean:
	rm -rf bin
