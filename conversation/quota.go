package conversation

import (
	"fmt"
	"time"
)

// Limits are daily budgets against abuse and model cost, counted per user and per workspace
// (ThreadRef.Team) in UTC days. Zero means unlimited.
type Limits struct {
	DesignsPerUser int64
	DesignsPerTeam int64
	TokensPerUser  int64
	TokensPerTeam  int64
}

// Quota names one daily limit.
type Quota string

// The daily limits.
const (
	QuotaUserDesigns Quota = "user_designs"
	QuotaTeamDesigns Quota = "team_designs"
	QuotaUserTokens  Quota = "user_tokens"
	QuotaTeamTokens  Quota = "team_tokens"
)

// QuotaError says that a daily limit is reached.
type QuotaError struct {
	Quota  Quota
	Limit  int64
	Resets time.Time // when the count starts again: the next midnight UTC
}

func (e *QuotaError) Error() string {
	return fmt.Sprintf("daily limit %s of %d reached until %s", e.Quota, e.Limit, e.Resets.Format(time.RFC3339))
}

// TokenSpend is the model tokens one turn of User in Team spent, to count against the day's
// token budgets.
type TokenSpend struct {
	Team, User string
	Tokens     int64
}
