package slack

import (
	"context"
)

// Stopped turns the turn's status into a note that it stopped part-way (bot.Stopper), for a job
// that lost its thread to a Redis stall: without it the progress line would say "Designing…"
// for ever. A run that resumes the job posts the rest below it.
func (s *threadSink) Stopped(ctx context.Context, note string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closeStatus(ctx, ":pause_button: "+Mrkdwn(note), "mark progress stopped")
}
