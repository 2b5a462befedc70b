package workload

import (
	"regexp"
	"strconv"
	"strings"
)

// sampleWidthRe finds a sample's width said in bits: "16-bit", "24 bit resolution", "32-bit
// float", "16 bits per sample", "8-bit samples".
var sampleWidthRe = regexp.MustCompile(`(?i)\b(8|12|16|24|32|64)[\s-]?bits?(\s+(?:per|a|each)\s+(?:sample|reading|measurement|value|point))?(\s+(?:floats?|floating[\s-]point|integers?|ints?))?(\s+(?:samples?|readings?|resolution|precision|depth|values?))?\b`)

// samplingRe finds words that say the sentence is about sampled signals.
var samplingRe = regexp.MustCompile(`(?i)\b(?:sampl\w*|\d[\d.,]*\s*k?hz|hertz|kilohertz|readings?|measurements?|digiti[sz]\w*|adc|waveforms?|audio|pcm|channels?)\b`)

// notSampleRe finds what a bit width more often names than a sample: identifiers, keys,
// hashes, machines and software ("a 64-bit id", "32-bit counters", "64-bit Linux").
var notSampleRe = regexp.MustCompile(`(?i)^\W*(?:ids?|identifiers?|keys?|hash\w*|counters?|timestamps?|cpus?|processors?|machines?|os|linux|windows|architecture|address\w*|color|colour|encryption|aes)\b`)

// sampleWidths says a sample's width in bits as its size in bytes: "each sampling at 10 kHz,
// 16-bit" is read as "…, 2 bytes per sample", so the sample flow is sized by what the statement
// says of it, not by a default row. Only in a sentence about sampling, and only when what
// follows is no identifier or machine.
func sampleWidths(statement string) string {
	var b strings.Builder
	for _, s := range splitKeep(statement) {
		if !samplingRe.MatchString(s) {
			b.WriteString(s)
			continue
		}
		noun := sampleNoun(s)
		s = sampleWidthRe.ReplaceAllStringFunc(s, func(m string) string {
			loc := strings.Index(s, m)
			if loc >= 0 && notSampleRe.MatchString(s[loc+len(m):]) {
				return m
			}
			bits, _ := strconv.Atoi(sampleWidthRe.FindStringSubmatch(m)[1])
			return strconv.Itoa(bits/8) + " bytes per " + noun
		})
		b.WriteString(s)
	}
	return b.String()
}

// sampleNoun names what a sampled sentence counts: "reading" where it says readings and no
// sample, else "sample".
func sampleNoun(s string) string {
	l := strings.ToLower(s)
	for _, n := range []string{"sample", "reading", "measurement"} {
		if strings.Contains(l, n) {
			return n
		}
	}
	return "sample"
}

// splitKeep splits a statement after each sentence's full stop, keeping every character.
func splitKeep(statement string) []string {
	var out []string
	start := 0
	for i := 0; i < len(statement); i++ {
		if (statement[i] == '.' || statement[i] == ';' || statement[i] == '\n') && (i+1 == len(statement) || statement[i+1] == ' ' || statement[i+1] == '\n') {
			out = append(out, statement[start:i+1])
			start = i + 1
		}
	}
	return append(out, statement[start:])
}
