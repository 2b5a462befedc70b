// Package prompts holds the text archbot sends to a model, one embedded text/template file per
// step (requirements, components, section, interpret, answer, repair) plus the shared system
// prompt, rendered from typed structs.
//
// The templates see only structured grounding: the problem, the requirement set, the capacity
// computed in Go, the components, the decision log, a rolling summary and the last few turns.
// Raw thread history never reaches a prompt, and every render applies the limits below, so a
// prompt's size stays bounded however long a thread grows. User-written text is fenced as data so
// the system prompt can tell the model never to follow instructions found inside it.
package prompts
