# archbot's developer commands. `make test` is what CI runs (.ci/run).
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := test

GO        ?= go
PKGS      ?= ./...
PROBLEM   ?= Design an Instagram-like photo sharing app for 50M DAU
FUZZTIME  ?= 10s
CASES     ?= ../shared/bench/design-cases.jsonl
PROVIDER  ?= offline
FUZZSHORT ?= 1000x
BENCH     ?= .
BENCHTIME ?= 1s
VERSION   ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
SUDO      := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: test deps fmt-check vet build run eval fuzz fuzz-short bench clean

# test runs every check and fails if any failed, so one run shows every problem: gofmt, go vet,
# then the tests with the race detector against a redis-server of its own (.ci/with-redis),
# which is stopped whatever the outcome, then every fuzz target briefly (fuzz-short).
test: deps
	@status=0; \
	$(MAKE) --no-print-directory fmt-check || status=1; \
	$(MAKE) --no-print-directory vet || status=1; \
	echo "go test -race -count=1 $(PKGS)"; \
	.ci/with-redis $(GO) test -race -count=1 $(PKGS) || status=1; \
	$(MAKE) --no-print-directory fuzz-short || status=1; \
	$(MAKE) --no-print-directory eval || status=1; \
	if [ $$status -ne 0 ]; then echo "make test: FAILED" >&2; fi; \
	exit $$status

# deps installs what the tests need outside Go: redis-server (and redis-cli) and graphviz's dot.
deps:
	@missing=""; \
	command -v redis-server >/dev/null && command -v redis-cli >/dev/null || missing="$$missing redis-server"; \
	command -v dot >/dev/null || missing="$$missing graphviz"; \
	if [ -n "$$missing" ]; then \
		echo "installing$$missing"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi

fmt-check:
	@echo "gofmt -l ."; \
	bad=$$(gofmt -l $$(git ls-files --cached --others --exclude-standard '*.go')); \
	if [ -n "$$bad" ]; then echo "gofmt needed on:" >&2; echo "$$bad" >&2; exit 1; fi

vet:
	$(GO) vet $(PKGS)

build:
	$(GO) build -ldflags "-X main.version=$(VERSION)" -o bin/ ./cmd/...

run:
	$(GO) run ./cmd/archbot design "$(PROBLEM)"

# fuzz runs each Fuzz target for FUZZTIME, one at a time (go test fuzzes one target per run).
fuzz: deps
	@.ci/with-redis bash -c 'set -euo pipefail; \
	for pkg in $$($(GO) list $(PKGS)); do \
		for target in $$($(GO) test -list "^Fuzz" "$$pkg" | grep "^Fuzz" || true); do \
			echo "fuzz $$pkg $$target ($(FUZZTIME))"; \
			$(GO) test -run "^$$" -fuzz "^$$target$$" -fuzztime $(FUZZTIME) "$$pkg"; \
		done; \
	done'

# eval scores the offline designer on the shared design cases with `archbot eval`, which fails
# below the quality floors (issue 5); CASES picks another file, PROVIDER=openai a model.
eval:
	$(GO) run ./cmd/archbot eval --cases $(CASES) --provider $(PROVIDER)

# fuzz-short runs each Fuzz target for FUZZSHORT executions, enough to catch a parser that panics
# on a mutated seed; `make test` runs it, so CI fuzzes every parser of outside input on each run.
# A count, not a duration: Go 1.26's fuzz coordinator can fail a target with "context deadline
# exceeded" when a duration ends while a worker is mid-input on a busy machine (go.dev/issue/75804,
# fixed in Go 1.27); a count has no deadline to race.
fuzz-short:
	@$(MAKE) --no-print-directory fuzz FUZZTIME=$(FUZZSHORT)

# bench runs the go test benchmarks, then cmd/archbot-bench, which measures issue 7's figures and
# ends with one JSON line (BENCHFLAGS=--quick for a run under a minute; docs/BENCHMARKS.md).
bench: deps
	.ci/with-redis $(GO) test -run '^$$' -bench '$(BENCH)' -benchmem -benchtime $(BENCHTIME) $(PKGS)
	$(GO) run ./cmd/archbot-bench $(BENCHFLAGS)

clean:
	rm -rf bin/
