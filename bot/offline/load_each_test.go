package offline

import (
	"testing"

	"github.com/archbot/archbot/conversation"
)

// Media said of each item of the main write ("each truck gets OCR on 4 camera images") are
// their own flow's: the trucks' write is a row, not one more image per truck.
func TestMediaOfEachItemIsNotTheItemsToo(t *testing.T) {
	t.Parallel()
	p := loadProfile{WritesPerUser: 1, ReadsPerUser: 10, RecordBytes: 1000, MediaBytes: 2e6, Write: "gate pass", Read: "gate view"}
	for _, s := range []string{
		"Design a port gate automation system: 3,000 trucks pass the gates a day, each truck gets OCR on 4 camera images",
		"Design a car park system: 1,200 cars enter the car park each day and each car gets 2 plate photos at the barrier",
		"Design a weighbridge system for a quarry: 600 lorries leave the quarry a day, each lorry is weighed and has 3 photos taken",
	} {
		w, _ := workloadFrom(s, p)
		var rows, media int
		for _, f := range w.Flows {
			switch {
			case f.Kind != conversation.FlowWrite || f.Source != conversation.Stated:
			case f.ItemsOf != "" && f.BlobBytes > 0:
				media++
			case f.ItemsOf == "" && f.BlobBytes == 0:
				rows++
			}
		}
		if rows != 1 || media != 1 {
			t.Errorf("%q: flows %+v; want the machines' write a row and their images media", s, w.Flows)
		}
	}
}
