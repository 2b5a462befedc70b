// Package offline is archbot's model-free designer. It reads a problem statement for the
// capabilities it asks for (feeds, media, chat, geo, payments, booking, rate limiting...) and the
// figures it gives, picks components from a catalog according to those capabilities and the
// computed scale, and renders every section of the design document from a knowledge base, so the
// document is specific to the statement yet deterministic. It also applies the follow-up changes
// it can parse (a technology swap, a new scale, adding or dropping a component, multi-region) and
// answers questions from the current design.
package offline
