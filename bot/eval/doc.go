// Package eval scores design documents as a senior interviewer would read them, against
// benchmark cases: which of the problem's own concepts a design names (recall, matched as words,
// so "eta" is not found in "metadata"), how much more it names them than other problems'
// concepts (the specificity margin), how many of its sentences it shares with designs for other
// problems (boilerplate), which out-of-place concepts it names, whether a reworded statement
// scores the same (paraphrase drift), and whether its capacity figures follow from the
// statement's numbers (the numbers suite). Scoring only reads finished conversation.Designs and
// Capacities, so any designer (offline or model-backed) is judged the same way. docs/EVAL.md
// describes the case formats and every figure.
package eval
