// Package bot is archbot's engine: it turns one message in a thread into replies. It declares
// what it consumes (a Store for thread state, a Designer that writes design parts, a Sink that
// delivers replies) and knows no platform and no model API.
package bot
