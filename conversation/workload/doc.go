// Package workload reads the load a problem statement describes, in the words people use for it
// ("8 million daily users who each save 3 recipes a day", "50K TPS", "2 TB of logs per day",
// "300,000 scooters, each reporting every 10 seconds", "2 million concurrent listeners at
// 128 kbps"), into a conversation.Workload: populations and named flows, each marked as stated.
//
// Reading is rule-based and deterministic, so the offline designer and the model path agree on
// every figure a statement gives: the model fills in only what the statement leaves open. A
// figure the reader cannot place as load is kept in the notes with what it was taken for, never
// silently dropped.
package workload
