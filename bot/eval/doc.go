// Package eval scores design documents against benchmark cases: which expected concepts a design
// names (recall), which out-of-place concepts it names (negatives), and whether its capacity
// figures are within 3x of the case's numbers. Scoring only reads a finished
// conversation.Design, so any designer (offline or model-backed) is judged the same way.
package eval
