// Package console runs archbot in a terminal: the first line a user types is the problem
// statement, every later line is a follow-up in the same thread. It is the local stand-in for a
// chat platform and talks to the same engine.
package console
