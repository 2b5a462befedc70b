// Package conversation is archbot's domain: a thread's state, the design document it refines,
// the capacity arithmetic behind the document's numbers, and the stores that keep threads
// (Redis for real deployments, memory for a single terminal session).
//
// Nothing here knows about chat platforms or models.
package conversation
