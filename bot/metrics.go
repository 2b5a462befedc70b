package bot

import (
	"context"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Metrics counts what archbot does, for Prometheus. All methods are safe on a nil *Metrics, which
// records nothing, so tests and the command line need not set one up.
type Metrics struct {
	events       *prometheus.CounterVec
	turns        *prometheus.CounterVec
	turnSeconds  *prometheus.HistogramVec
	userErrors   *prometheus.CounterVec
	modelCalls   *prometheus.CounterVec
	modelSeconds *prometheus.HistogramVec
	tokens       *prometheus.CounterVec
	fallbacks    *prometheus.CounterVec
	storeErrors  prometheus.Counter
}

// NewMetrics creates archbot's collectors and registers them with reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		events: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "archbot_events_received_total",
			Help: "Platform events received, by platform and kind (message, mention, command, interaction, retry, ignored)."}, []string{"platform", "kind"}),
		turns: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "archbot_turns_total",
			Help: "Turns handled, by intent (design, clarify, question, change, command) and outcome (ok, user_error, error)."}, []string{"intent", "outcome"}),
		turnSeconds: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "archbot_turn_duration_seconds",
			Help: "Time from a message to its last reply, by intent.", Buckets: prometheus.ExponentialBuckets(0.005, 3, 10)}, []string{"intent"}),
		userErrors: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "archbot_user_errors_total",
			Help: "Problems reported to users, by code (empty, too_long, store_unavailable, busy, ...)."}, []string{"code"}),
		modelCalls: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "archbot_model_calls_total",
			Help: "Designer calls, by provider, step and outcome (ok, error)."}, []string{"provider", "step", "outcome"}),
		modelSeconds: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "archbot_model_call_duration_seconds",
			Help: "Designer call latency, by provider and step.", Buckets: prometheus.ExponentialBuckets(0.001, 4, 10)}, []string{"provider", "step"}),
		tokens: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "archbot_model_tokens_total",
			Help: "Model tokens spent, by provider and kind (prompt, completion)."}, []string{"provider", "kind"}),
		fallbacks: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "archbot_fallbacks_total",
			Help: "Steps the offline designer wrote because the model failed, by step."}, []string{"step"}),
		storeErrors: prometheus.NewCounter(prometheus.CounterOpts{Name: "archbot_redis_errors_total",
			Help: "Thread-state operations that failed because Redis did not answer."}),
	}
	reg.MustRegister(m.events, m.turns, m.turnSeconds, m.userErrors, m.modelCalls, m.modelSeconds, m.tokens, m.fallbacks, m.storeErrors)
	return m
}

// Event counts a platform event; adapters call it for everything they receive.
func (m *Metrics) Event(platform, kind string) {
	if m == nil {
		return
	}
	m.events.WithLabelValues(platform, kind).Inc()
}

func (m *Metrics) turn(intent, outcome string, took time.Duration) {
	if m == nil {
		return
	}
	m.turns.WithLabelValues(intent, outcome).Inc()
	m.turnSeconds.WithLabelValues(intent).Observe(took.Seconds())
}

func (m *Metrics) userError(code string) {
	if m == nil {
		return
	}
	m.userErrors.WithLabelValues(code).Inc()
	if code == CodeStoreDown {
		m.storeErrors.Inc()
	}
}

func (m *Metrics) modelCall(provider, step string, took time.Duration, err error) {
	if m == nil {
		return
	}
	// "section api" and friends share one label value, keeping the series count fixed.
	step, _, _ = strings.Cut(step, " ")
	outcome := "ok"
	if err != nil {
		outcome = "error"
	}
	m.modelCalls.WithLabelValues(provider, step, outcome).Inc()
	m.modelSeconds.WithLabelValues(provider, step).Observe(took.Seconds())
}

func (m *Metrics) fallback(step string) {
	if m == nil {
		return
	}
	step, _, _ = strings.Cut(step, " ")
	m.fallbacks.WithLabelValues(step).Inc()
}

func (m *Metrics) spent(provider string, prompt, completion int) {
	if m == nil || (prompt == 0 && completion == 0) {
		return
	}
	m.tokens.WithLabelValues(provider, "prompt").Add(float64(prompt))
	m.tokens.WithLabelValues(provider, "completion").Add(float64(completion))
}

// Collector exports the dispatcher's job counters, and the depth of the shared queue, to
// Prometheus. The counters are read when scraped, so the job path carries no metrics code.
func (d *Dispatcher) Collector() prometheus.Collector { return dispatchCollector{d} }

type dispatchCollector struct{ d *Dispatcher }

var (
	jobsDesc = prometheus.NewDesc("archbot_jobs_total",
		"Jobs by event on this replica: submitted, done, resumed (taken over from a replica that stopped), handed_back.", []string{"event"}, nil)
	jobsRunningDesc = prometheus.NewDesc("archbot_jobs_running", "Jobs running on this replica.", nil, nil)
	jobsQueuedDesc  = prometheus.NewDesc("archbot_jobs_queued", "Jobs waiting on the shared queue, all replicas together.", nil, nil)
	repliesSkipDesc = prometheus.NewDesc("archbot_replies_skipped_total",
		"Replies a resumed job did not post again because an earlier run had posted them.", nil, nil)
)

func (c dispatchCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- jobsDesc
	ch <- jobsRunningDesc
	ch <- jobsQueuedDesc
	ch <- repliesSkipDesc
}

func (c dispatchCollector) Collect(ch chan<- prometheus.Metric) {
	s := &c.d.stats
	for event, n := range map[string]int64{"submitted": s.Submitted.Load(), "done": s.Done.Load(),
		"resumed": s.Resumed.Load(), "handed_back": s.HandedBack.Load()} {
		ch <- prometheus.MustNewConstMetric(jobsDesc, prometheus.CounterValue, float64(n), event)
	}
	ch <- prometheus.MustNewConstMetric(jobsRunningDesc, prometheus.GaugeValue, float64(s.Running.Load()))
	ch <- prometheus.MustNewConstMetric(repliesSkipDesc, prometheus.CounterValue, float64(s.Skipped.Load()))
	// The depth needs Redis; a scrape while Redis is away reports the other figures without it.
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	if n, err := c.d.queue.Depth(ctx); err == nil {
		ch <- prometheus.MustNewConstMetric(jobsQueuedDesc, prometheus.GaugeValue, float64(n))
	}
}
