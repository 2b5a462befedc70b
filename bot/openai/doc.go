// Package openai is archbot's model-backed bot.Designer. It talks to the OpenAI Chat Completions
// API, or any server speaking it (Azure OpenAI, vLLM, Ollama, ...), through go-openai.
//
// Each design step is one bounded call whose prompt comes from package prompts: structured
// grounding, never raw thread history. JSON answers are parsed and validated in Go, and an invalid
// one is sent back with the error once before the step fails, so the engine can let the offline
// designer fill in. Calls are guarded against a flaky API: a per-attempt timeout, retries with
// jittered exponential backoff that honour Retry-After on 429 and 5xx answers, and a circuit
// breaker that fails fast while the API keeps failing.
package openai
