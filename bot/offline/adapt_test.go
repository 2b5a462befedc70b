package offline

import "testing"

// TestDropClause removes a claim's clause and leaves readable prose, whatever the clause's place.
func TestDropClause(t *testing.T) {
	t.Parallel()
	tests := []struct{ line, phrase, want string }{
		{"pure key-value access by code at 11.6K reads/s: a key-value store with global replication",
			"global replication", "pure key-value access by code at 11.6K reads/s"},
		{"It is close to users in every region; Link store replicates globally so a miss is a local read. 302 keeps clicks.",
			"replicates globally", "It is close to users in every region. 302 keeps clicks."},
		{"| Key-value store | a relational database | single-key access only; a KV store scales reads and replicates across regions with no sharding work |",
			"replicates across regions", "| Key-value store | a relational database | single-key access only |"},
		{"Reads are cached. Link store replicates globally so a miss is local.", "replicates globally", "Reads are cached."},
		{"Link store replicates globally; reads are cached at 11.6K/s.", "replicates globally", "Reads are cached at 11.6K/s."},
	}
	for _, tc := range tests {
		i := indexFold(tc.line, tc.phrase)
		if i < 0 {
			t.Fatalf("%q not in %q", tc.phrase, tc.line)
		}
		if got := dropClause(tc.line, i, i+len(tc.phrase)); got != tc.want {
			t.Errorf("dropClause(%q)\n got %q\nwant %q", tc.line, got, tc.want)
		}
	}
}

func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}
