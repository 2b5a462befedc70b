package workload_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// "N kHz" is a thousand times N a second for each sender: a sample rate, not a count of samples.
func TestReadKilohertzIsAThousandASecond(t *testing.T) {
	for _, tc := range []struct {
		statement string
		want      float64
	}{
		{"a wind farm with 300 turbines whose accelerometers are sampled at 2 kHz", 600_000},
		{"a grid monitor: 900 substations, each streaming phasor data at 1kHz", 900_000},
		{"a hospital telemetry service: 2,500 wearable ECG sensors sampled at 0.25 kHz", 625_000},
	} {
		checkTotalRate(t, tc.statement, tc.want)
	}
}

// One sender's rates split by purpose are two flows, each named for its purpose, and the
// statement not saying how many senders each is for is an assumption said as one.
func TestReadRatesSplitByPurpose(t *testing.T) {
	for _, tc := range []struct {
		statement string
		want      float64
		names     []string
	}{
		{"4,000 pumps with acoustic sensors sampling at 0.5 kHz for leak detection and 1 Hz for pressure", 2_004_000,
			[]string{"leak sample", "pressure sample"}},
		{"800 motors on a test bench, sampled at 10 kHz for acoustics and at 2 Hz for the rest", 8_001_600,
			[]string{"acoustics sample", "other sample"}},
		{"a bridge with 1,500 sensors sampled at 100 Hz for strain and 1 Hz for everything else", 151_500,
			[]string{"strain sample", "other sample"}},
	} {
		checkTotalRate(t, tc.statement, tc.want)
		rd := workload.Read(tc.statement)
		for _, name := range tc.names {
			if _, ok := rd.Flow(name); !ok {
				t.Errorf("%q: no flow %q in %+v", tc.statement, name, rd.Flows)
			}
		}
		if !strings.Contains(strings.Join(rd.Notes, "\n"), "assumed to send it") {
			t.Errorf("%q: no note of the assumed split in %q", tc.statement, rd.Notes)
		}
	}
}
