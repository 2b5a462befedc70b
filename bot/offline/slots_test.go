package offline

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// A practitioner's day booked in slots of a stated length is that many slots, said of the
// counted people themselves ("each of the 1,200 nurses takes 32 a day"), and the capacity note
// reasons with the same figure.
func TestPractitionerSlotsADay(t *testing.T) {
	t.Parallel()
	const statement = "Design a booking system for our clinics: 200 clinics each with 6 nurses doing 15-minute slots for 4 million residents"
	f := features["practappt"]
	w, _ := workloadFrom(statement, *f.Load)
	write, _ := w.Flow(f.Load.Write)
	notes := strings.Join(w.Notes, "\n")
	if write.Count != 32 || write.Actors != 1200 || !strings.Contains(notes, "each of the 1,200 nurses takes 32 a day") || strings.Contains(notes, "has a practitioner") {
		t.Errorf("write %+v, notes %q: want 1,200 nurses taking 32 fifteen-minute slots a day each", write, notes)
	}
	_, sec := renderAll(t, statement)
	if c := sec[conversation.CapacityID]; !strings.Contains(c, "about 32 appointments a day each") {
		t.Errorf("capacity section does not reason with 32 a day:\n%s", c)
	}
}
