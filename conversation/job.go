package conversation

import "time"

// Job is a chat message an adapter accepted, waiting on the job stream until a worker of any
// replica handles it. It carries the neutral message plus what its adapter needs to answer in
// the right place (Data), since the replica that runs it may not be the one that received it.
type Job struct {
	// ID is the stream entry id; it is set when the job is read and changes when it is handed
	// back to the queue.
	ID string `json:"-"`
	// Key stays the same for the job's whole life, hand-backs included; the posting ledger is
	// kept under it.
	Key      string            `json:"key"`
	Thread   ThreadRef         `json:"thread"`
	Author   string            `json:"author,omitempty"`
	AuthorID string            `json:"author_id,omitempty"`
	Text     string            `json:"text"`
	EventID  string            `json:"event_id,omitempty"`
	New      bool              `json:"new,omitempty"`
	Data     map[string]string `json:"data,omitempty"`
	Queued   time.Time         `json:"queued"`
	// Resumed says a replica may have started the job before it was read again: it was
	// reclaimed from a replica that stopped answering, or handed back by one shutting down.
	Resumed bool `json:"resumed,omitempty"`
}
