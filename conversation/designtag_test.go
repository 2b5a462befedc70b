package conversation

import "testing"

// A record whose design tag says it holds a design at its revision, loaded without the design
// field and without that design held here, is an error, not a thread without a design: the
// next save would act on a design-less thread. A tag an older version left behind (an earlier
// revision) vouches for nothing, so a record without a design under it loads as one.
func TestDesignLeftOutButNotHeld(t *testing.T) {
	t.Parallel()
	th := &Thread{Ref: ThreadRef{Platform: "test", Channel: "C", ThreadID: "left-out"}, Problem: "p",
		Design: &Design{Title: "Ledger", Problem: "p", Version: 1}}
	key := th.Ref.Key()
	op, err := PlanSave(th, key)
	if err != nil {
		t.Fatal(err)
	}
	fields := map[string]string{}
	for i := 0; i+1 < len(op.Set); i += 2 {
		fields[op.Set[i]] = op.Set[i+1]
	}
	if fields[FieldDesignTag] != taggedAt(1, DesignTag(fields[fieldDesign])) {
		t.Fatalf("design tag %q, want the design's at revision 1", fields[FieldDesignTag])
	}
	delete(fields, fieldDesign)
	if got, err := DecodeHeld(key, 1, fields, Held{}); err == nil {
		t.Fatalf("loaded %+v without error; want one: the design was left out and is not held", got.Design)
	}
	got, err := DecodeHeld(key, 2, fields, Held{})
	if err != nil || got.Design != nil {
		t.Fatalf("under a tag of an earlier revision: design %+v, error %v; want no design, no error", got.Design, err)
	}
}
