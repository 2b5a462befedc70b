// Package e2e holds end-to-end tests that run real archbot processes (built from ./cmd/archbot)
// against real redis-server processes and a local Slack: several replicas sharing one Redis or a
// Redis Cluster, with replicas killed and events redelivered, as issue 6 asks to show.
package e2e
