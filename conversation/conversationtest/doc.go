// Package conversationtest provides real Redis servers and Redis-backed stores for tests, the way
// net/http/httptest provides real HTTP servers.
//
// Two kinds of server are on offer:
//
//   - MustRedisURL, MustRedisClient and MustRedisStore share one server per test binary (or the
//     one named by $ARCHBOT_TEST_REDIS_URL, as `make test` sets). Tests stay apart by key prefix,
//     not by flushing, so packages can run in parallel against one server.
//   - StartRedis gives a test its own server that it may stop, kill and restart, for fault tests.
//
// Every server runs under a small shell watchdog that holds the read end of a pipe whose write end
// only this process holds. When the test binary exits for any reason (even SIGKILL or a panic)
// the kernel closes the pipe and the watchdog stops redis-server, so no server outlives its
// tests. That is why the shared server needs no tb.Cleanup: the first test to use it is not its
// owner, the process is.
//
// redis-server must be installed (`make test` installs it); if it is missing the helpers fail
// the test with a message saying so, never skip it.
package conversationtest
