package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// What each owner gets for their own one of the things arriving each day is that many per thing:
// "900 dogs a day come in, and owners get a photo of their dog twice a day" is 1,800 photos a
// day, a photo flow (not "dog").
func TestReadPerOwnedArrival(t *testing.T) {
	for _, s := range []string{
		"Design the app for a dog daycare chain: 900 dogs a day come in, and owners get a photo of their dog twice a day.",
		"900 dogs a day come in, and owners get 2 photos of their dog a day.",
	} {
		rd := workload.Read(s)
		f, ok := rd.Flow("photo")
		if !ok || !near(f.Count*f.Actors/f.PerSeconds, 1800/day) {
			t.Errorf("%q: flows %+v; want photo at 1,800 a day", s, rd.Flows)
		}
		if d, ok := rd.Flow("dog"); !ok || d.Count != 900 {
			t.Errorf("%q: flows %+v; want the 900 dogs a day kept", s, rd.Flows)
		}
	}
	// Photos not said of anyone's own dog are not per dog.
	rd := workload.Read("A daycare where 900 dogs a day come in, and staff post a photo twice a day.")
	for _, f := range rd.Flows {
		if f.Actors == 900 {
			t.Errorf("staff's photos read per dog: %+v", rd.Flows)
		}
	}
}
