package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A sample's width said in bits is its size: 16-bit is 2 bytes a sample, not a figure left over.
func TestReadSampleWidthIsTheSamplesSize(t *testing.T) {
	for _, tc := range []struct {
		statement string
		rate      float64
		size      float64
	}{
		{"We have 2,400 sensors across the plant, each sampling at 10 kHz, 16-bit. The plant's uplink to the cloud is only 200 Mbps.", 24e6, 2},
		{"1,200 accelerometers sampled at 4 kHz with 24-bit resolution", 4.8e6, 3},
		{"60 hydrophones recording at 96 kHz in 32-bit float", 5.76e6, 4},
		{"300 microphones sampling 48 kHz audio at 16 bits per sample", 14.4e6, 2},
		{"each of 500 probes samples at 2 kHz with 8-bit precision", 1e6, 1},
	} {
		checkTotalRate(t, tc.statement, tc.rate)
		if got := workload.Read(tc.statement).Sizes["sample"]; got != tc.size {
			t.Errorf("%q: %v B per sample; want %v", tc.statement, got, tc.size)
		}
	}
	// A bit width of an identifier or a machine is no sample's size.
	for _, s := range []string{
		"a service that issues 64-bit ids for 2,000 sensor readings a second",
		"2,000 sensor readings a second land on 64-bit Linux machines",
	} {
		if rd := workload.Read(s); len(rd.Sizes) != 0 {
			t.Errorf("%q: sizes %v; want none", s, rd.Sizes)
		}
	}
}
