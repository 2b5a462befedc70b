package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// Machines named with a person's suffix are machines: "40,000 commercial refrigerators" were
// read as people (-or, like an operator), so the device fleet that reports every 30 seconds
// lost its count and its design said "one connection for each of millions of devices".
func TestMachinesWithAPersonsSuffix(t *testing.T) {
	t.Parallel()
	for _, n := range []string{"refrigerators", "ventilator", "incubators", "excavator", "heaters", "dispensers"} {
		if workload.IsPerson(n) {
			t.Errorf("%q read as a person", n)
		}
	}
	for _, n := range []string{"operators", "moderator", "driver"} {
		if !workload.IsPerson(n) {
			t.Errorf("%q no longer read as a person", n)
		}
	}
}
