# archbot's developer commands. `make test` is what CI runs (.ci/run).
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := test

GO        ?= go
PKGS      ?= ./...
PROBLEM   ?= Design an Instagram-like photo sharing app for 50M DAU
FUZZTIME  ?= 10s
CASES     ?= bot/eval/testdata/design-cases.jsonl
NUMBERS   ?= bot/eval/testdata/numbers-cases.jsonl
PARAPHRASES ?= bot/eval/testdata/paraphrases.jsonl
SHARED_BENCH ?= ../shared/bench
PROVIDER  ?= offline
FUZZSHORT ?= 1000x
BENCH     ?= .
BENCHTIME ?= 1s
VERSION   ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
SUDO      := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: test deps fmt-check vet build run eval fuzz fuzz-short bench clean examples

# test runs every check and fails if any failed, so one run shows every problem: gofmt, go vet,
# then the tests with the race detector against a redis-server of its own (.ci/with-redis),
# which is stopped whatever the outcome, then every fuzz target briefly (fuzz-short), then the
# designer's evaluation. Each step is announced with what it runs and ends with its time; the
# last line says what ran and whether it all passed.
#
# SLOW_UNDER_RACE are packages whose whole suite the race detector slows past CI's budget:
# bot/offline's tests design hundreds of problems, 48 minutes under -race on two cores against
# 2 without. Their whole suite runs without the detector, and their TestConcurrentUse, which
# shares one designer between goroutines as the engine does, runs with it; bot's engine tests
# also run the offline designer concurrently under -race.
SLOW_UNDER_RACE ?= ./bot/offline
RACE_PKGS = $(shell $(GO) list $(PKGS) | grep -vxF "$$($(GO) list $(SLOW_UNDER_RACE))")
TEST_STEPS = gofmt, vet, go test -race (all but $(SLOW_UNDER_RACE)), go test -race -run TestConcurrentUse $(SLOW_UNDER_RACE), go test $(SLOW_UNDER_RACE), fuzz-short, eval
test: deps
	@failed=(); \
	step() { local name=$$1 start=$$SECONDS; shift; echo "make test: $$name"; \
		if "$$@"; then echo "make test: $$name ok ($$((SECONDS - start))s)"; \
		else echo "make test: $$name FAILED ($$((SECONDS - start))s)" >&2; failed+=("$$name"); fi; }; \
	step gofmt $(MAKE) --no-print-directory fmt-check; \
	step vet $(MAKE) --no-print-directory vet; \
	echo "make test: the race detector's build of every test binary comes first and prints nothing; a few minutes on two cores"; \
	step "go test -race (all but $(SLOW_UNDER_RACE))" .ci/with-redis $(GO) test -race -count=1 -timeout 30m $(RACE_PKGS); \
	step "go test -race -run TestConcurrentUse $(SLOW_UNDER_RACE)" $(GO) test -race -count=1 -timeout 10m -run '^TestConcurrentUse$$' $(SLOW_UNDER_RACE); \
	step "go test $(SLOW_UNDER_RACE)" $(GO) test -count=1 -timeout 30m $(SLOW_UNDER_RACE); \
	step fuzz-short $(MAKE) --no-print-directory fuzz-short; \
	step eval $(MAKE) --no-print-directory eval; \
	if [ $${#failed[@]} -ne 0 ]; then \
		echo "make test: FAILED: $$(IFS=,; echo "$${failed[*]}" | sed 's/,/, /g') (of $(TEST_STEPS))" >&2; exit 1; \
	fi; \
	echo "make test: passed ($(TEST_STEPS))"

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

# The floors `make eval` holds the designer to on the repository's own cases. Margin, boilerplate
# and out-of-place are issue 11's targets (docs/EVAL.md), met on 2026-11-29 (margin 0.508,
# boilerplate 0.073, 1 case out of place, recall 0.862, lowest case 0.56); recall floors sit a
# little under what was measured. Raise them as the designer improves; never lower them to let a
# change through.
MIN_RECALL             ?= 0.80
MIN_CASE_RECALL        ?= 0.50
MIN_MARGIN             ?= 0.50
MAX_BOILERPLATE        ?= 0.10
MAX_OUT_OF_PLACE_CASES ?= 1
MAX_PARAPHRASE_DRIFT   ?= 0.05
MIN_NUMBERS            ?= 0.95
EVAL_FLOORS = --min-recall $(MIN_RECALL) --min-case-recall $(MIN_CASE_RECALL) --min-margin $(MIN_MARGIN) \
	--max-boilerplate $(MAX_BOILERPLATE) --max-out-of-place-cases $(MAX_OUT_OF_PLACE_CASES) \
	--max-paraphrase-drift $(MAX_PARAPHRASE_DRIFT)
ARCHBOT_EVAL = $(GO) run ./cmd/archbot eval --provider $(PROVIDER)

# eval scores the designer (PROVIDER=openai for a model) with `archbot eval` on the repository's
# own design cases (CASES) and numbers cases (NUMBERS, when the file is there), and fails below
# the floors above. When SHARED_BENCH exists it also scores the shared design cases with their
# paraphrases, and the shared numbers cases, for information only: those never fail the build.
eval:
	@status=0; \
	echo "archbot eval --cases $(CASES)"; \
	$(ARCHBOT_EVAL) --cases $(CASES) $(EVAL_FLOORS) || status=1; \
	if [ -f $(NUMBERS) ]; then \
		echo "archbot eval --numbers $(NUMBERS)"; \
		$(ARCHBOT_EVAL) --numbers $(NUMBERS) --min-numbers $(MIN_NUMBERS) || status=1; \
	else \
		echo "eval: no $(NUMBERS); numbers suite skipped"; \
	fi; \
	if [ -d $(SHARED_BENCH) ]; then \
		echo "shared cases and paraphrases (informational, never fails the build):"; \
		$(ARCHBOT_EVAL) --cases $(SHARED_BENCH)/design-cases.jsonl,$(PARAPHRASES) $(EVAL_FLOORS) || true; \
		if [ -f $(SHARED_BENCH)/numbers-cases.jsonl ]; then \
			echo "shared numbers cases (informational, never fails the build):"; \
			$(ARCHBOT_EVAL) --numbers $(SHARED_BENCH)/numbers-cases.jsonl --min-numbers $(MIN_NUMBERS) || true; \
		fi; \
	fi; \
	exit $$status

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

# examples regenerates docs/examples/ with the offline designer: three designs of different kinds
# (a media feed at scale, a market-data alert service, a small family app), so the documents show
# what the current designer writes, not what an older one did.
examples:
	@mkdir -p docs/examples
	$(GO) run ./cmd/archbot design -o docs/examples/instagram-like-photo-sharing-app-v1.md "$(PROBLEM)"
	$(GO) run ./cmd/archbot design -o docs/examples/stock-price-alerts-v1.md "Design a price alert service: 2 million investors each watch about 20 tickers and want a push notification within a second when a price crosses their threshold; the market feed delivers 500,000 price updates per second at the open."
	$(GO) run ./cmd/archbot design -o docs/examples/family-todo-app-v1.md "Design a shared todo app for my family: lists, items with due dates, and reminders on our phones."

clean:
	rm -rf bin/
