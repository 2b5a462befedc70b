package offline

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// A composed design names its read flow for the thing read, never a bare "read" ("25.5/s read
// reads").
func TestComposedReadFlowIsNamed(t *testing.T) {
	t.Parallel()
	for _, statement := range []string{
		"a recipe-box subscription: 220,000 subscribers choose 4 meals a week by Wednesday midnight, warehouses pack boxes Thursday",
		"a flower subscription: 40,000 subscribers pick 2 bouquets a month by the 20th and florists arrange them",
		"a school uniform swap: 9,000 parents choose outgrown blazers each term and volunteers sort them by size",
	} {
		_, sec := renderAll(t, statement)
		c := sec[conversation.CapacityID]
		if strings.Contains(c, "| read | read |") || strings.Contains(c, " read reads") {
			t.Errorf("%q: a bare read flow:\n%s", statement, c)
		}
	}
}
