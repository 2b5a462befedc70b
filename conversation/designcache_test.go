package conversation_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/conversationtest"
)

// A load that takes the design from what this process last saved gives the design a fresh
// decode of the stored field gives, and a turn changing the design it loaded in place does not
// change what the next load gets.
func TestRememberedDesignIsTheStoredOne(t *testing.T) {
	ctx := context.Background()
	st := conversation.NewMemoryStore()
	ref := conversation.ThreadRef{Platform: "test", Channel: "C", ThreadID: "cache"}
	th := conversationtest.LargeThread(ref, 7)
	if err := st.Save(ctx, th); err != nil {
		t.Fatal(err)
	}
	remembered, err := st.Load(ctx, ref)
	if err != nil {
		t.Fatal(err)
	}
	remembered.Design.SetSection(conversation.Section{ID: conversation.API, Markdown: "changed in place"})
	remembered.Design.Decisions = append(remembered.Design.Decisions, conversation.Decision{Summary: "in place"})
	remembered.Design.Components[0].Name = "renamed in place"

	again, err := st.Load(ctx, ref)
	if err != nil {
		t.Fatal(err)
	}
	conversation.ForgetDesign(ref.Key())
	decoded, err := st.Load(ctx, ref)
	if err != nil {
		t.Fatal(err)
	}
	if s, _ := decoded.Design.Section(conversation.API); s.Markdown == "changed in place" {
		t.Fatal("decoded the stored field and found the in-place change: the store shares the saved design")
	}
	if !reflect.DeepEqual(again.Design, decoded.Design) {
		t.Fatalf("remembered design differs from the stored one:\n got %+v\nwant %+v", again.Design, decoded.Design)
	}
	if again.Design == decoded.Design {
		t.Fatal("two loads share one design")
	}

	load := func() {
		if _, err := st.Load(ctx, ref); err != nil {
			t.Fatal(err)
		}
	}
	remembering := testing.AllocsPerRun(5, load)
	decoding := testing.AllocsPerRun(5, func() { conversation.ForgetDesign(ref.Key()); load() })
	if remembering*2 > decoding {
		t.Fatalf("a load allocates %.0f times remembering the design, %.0f decoding it: want far fewer", remembering, decoding)
	}
}
