package offline

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// Collaboration that must merge offline edits chooses CRDTs and says nothing of choosing OT; the
// same editor without offline edits keeps OT, and the catalogue's own feature stays whole.
func TestOfflineMergeSupersedesServerOrderedOT(t *testing.T) {
	t.Parallel()
	_, sec := renderAll(t, "a collaborative whiteboard that must merge edits made offline")
	all := sec[conversation.DeepDive] + sec[conversation.DataFlow] + sec[conversation.Tradeoffs]
	if !strings.Contains(all, "a CRDT, because offline edits must merge") {
		t.Errorf("offline merging does not choose a CRDT:\n%s", sec[conversation.DeepDive])
	}
	for _, gone := range []string{"We choose server-ordered OT", "(operational transformation)", "Working through a cut link"} {
		if strings.Contains(all, gone) {
			t.Errorf("offline merging still says %q", gone)
		}
	}
	_, sec = renderAll(t, "a collaborative whiteboard for a design team")
	if !strings.Contains(sec[conversation.DeepDive], "We choose server-ordered OT") {
		t.Errorf("without offline edits the editor lost its OT dive:\n%s", sec[conversation.DeepDive])
	}
}

// People claiming what others list get a dive about never claiming more than there is, and the
// thing carries its quantity left.
func TestClaimsOnListingsAreBounded(t *testing.T) {
	t.Parallel()
	_, sec := renderAll(t, "Design a farmers' market app where vendors list produce each week and shoppers preorder for pickup on Saturday")
	if !strings.Contains(sec[conversation.DeepDive], "No more preorders than the produce allows") || !strings.Contains(sec[conversation.DataModel], "quantity_left") {
		t.Errorf("preorders are not bounded by the produce listed:\n%s", sec[conversation.DeepDive])
	}
}

// What creates a thing says what it holds: a listed tool has a title and a description, a
// loan its due date, and the API asks for them instead of "{…}". A tool-lending library is the
// lending archetype now, whose listing carries them.
func TestListedToolCarriesWhatListingFills(t *testing.T) {
	t.Parallel()
	_, sec := renderAll(t, "Design a tool-lending library: members list tools they own, others borrow them for a few days")
	for _, want := range []string{"item_id, tag, title, kind (", "description", "due_at"} {
		if !strings.Contains(sec[conversation.DataModel], want) {
			t.Errorf("data model lacks %q:\n%s", want, sec[conversation.DataModel])
		}
	}
	if !strings.Contains(sec[conversation.API], "{title, kind, description, condition") {
		t.Errorf("listing a tool does not ask for its title and description:\n%s", sec[conversation.API])
	}
}

// A Q&A site's questions, tags and reputation take the place of the forum's posts, communities
// and karma, while its votes and counters stay; Reddit keeps all of the forum.
func TestQuestionsSupersedeForumPosts(t *testing.T) {
	t.Parallel()
	_, sec := renderAll(t, "Design Stack Overflow")
	all := sec[conversation.Requirements] + sec[conversation.DataModel] + sec[conversation.API] + sec[conversation.DataFlow]
	for _, want := range []string{"accepted_answer_id", "Reputation event", "/v1/votes/{item_id}", "Vote on a post or comment"} {
		if !strings.Contains(all, want) {
			t.Errorf("the Q&A design lacks %q", want)
		}
	}
	for _, gone := range []string{"Karma per member", "**Post**", "/v1/communities/{name}/posts", "### Submit a post", "Communities (subreddits"} {
		if strings.Contains(all, gone) {
			t.Errorf("the Q&A design still has the forum's %q", gone)
		}
	}
	_, sec = renderAll(t, "Design Reddit")
	if !strings.Contains(sec[conversation.DataFlow], "### Submit a post") || !strings.Contains(sec[conversation.Requirements], "Karma per member") {
		t.Errorf("without questions the forum lost its posts or karma:\n%s", sec[conversation.DataFlow])
	}
}
