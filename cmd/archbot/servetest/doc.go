// Package servetest runs archbot as it is deployed, an `archbot serve` process, for the
// end-to-end tests and the serving benchmark: it builds the binary, starts a replica and waits
// until it is ready, and stops or kills it.
package servetest
