package offline

import (
	"slices"
	"strings"
	"testing"
)

// instrumentStatements are scientific instruments writing terabytes a run, a quick look within
// minutes and a long archive rarely re-read, in several sciences and wordings.
var instrumentStatements = []struct{ statement, title string }{
	{"A radio astronomy observatory produces 3 TB/hour of raw data from 64 antennas during observing runs of up to 12 hours. Scientists need quick-look images within 10 minutes of a scan, and raw data must be archived for 10 years but only ~5% is ever re-read.", "Radio telescope data ingest and archive"},
	{"Our genome centre runs 20 DNA sequencers, each generating about 6 TB per run of 48 hours; researchers want a QC report within 30 minutes after a run finishes, and the raw reads are kept for 7 years although only 3% are ever pulled back.", "DNA sequencer data ingest and archive"},
	{"A particle detector at the accelerator writes 500 GB per second during a 10-hour beam fill; physicists need first histograms within 5 minutes of each fill, and every raw event file must be preserved for 20 years on tape, of which maybe 2% gets reprocessed.", "Particle detector data ingest and archive"},
	{"The cryo-EM facility has four electron microscopes, each producing 2 TB per session of 24 hours. Users expect a preview of the motion-corrected micrographs within 15 minutes, and the movies must be kept for 5 years; under 10% is ever downloaded again.", "Electron microscope data ingest and archive"},
	{"A satellite ground station receives 800 GB per pass from an earth-observation satellite, about 14 passes a day; operators need a quick-look product within 20 minutes of loss of signal, and the raw downlinks are archived for 15 years with roughly 5% ever recalled.", "Satellite ground station data ingest and archive"},
	{"A national seismic network of 300 stations streams 2 TB of waveforms a day; seismologists need event locations within 2 minutes of a quake, and raw waveforms are archived forever though only 1% is re-read.", "Seismic network data ingest and archive"},
}

// TestDetectInstrument: bulk data from an instrument is its own pattern, titled after the
// instrument; a batch cluster, a sensor fleet with alerts and a metrics platform keep theirs.
func TestDetectInstrument(t *testing.T) {
	t.Parallel()
	for _, tc := range instrumentStatements {
		got, why := detect(tc.statement)
		if !slices.Contains(got, "instrument") {
			t.Errorf("%q: instrument missing; got %v %v", tc.statement, got, why)
		}
		for _, not := range []string{"photo", "media", "inference", "imagery", "iot"} {
			if slices.Contains(got, not) {
				t.Errorf("%q: %s detected (%s)", tc.statement, not, why[not])
			}
		}
	}
	for _, tc := range []struct{ statement, want string }{
		{"A radio telescope array of 64 antennas produces 3 TB of visibility data per night. Astronomers submit processing jobs (calibration, imaging) that run 2-20 hours on GPU nodes. We have a 40-node cluster, need fair-share scheduling across 6 research groups, and a 5 PB data archive.", "batchhpc"},
		{"a fleet of 50,000 IoT sensors sends temperature readings every minute and operators get alerts when a value crosses a threshold", ""},
		{"a metrics platform ingesting 2 million time series from our servers at 10-second resolution with dashboards and alerting, kept for 13 months", ""},
		{"Our detergent plant has 12 production lines; sensors on each line report every second and the control room needs alarms within 2 seconds", ""},
	} {
		got, why := detect(tc.statement)
		if slices.Contains(got, "instrument") {
			t.Errorf("%q: instrument detected (%s); got %v", tc.statement, why["instrument"], got)
		}
		if tc.want != "" && !slices.Contains(got, tc.want) {
			t.Errorf("%q: %s missing; got %v", tc.statement, tc.want, got)
		}
	}
}

// TestInstrumentDesign: the design names the instrument, sizes a run and the archive from the
// stated rate, and has no photo recognition, camera screen or "produce" entity.
func TestInstrumentDesign(t *testing.T) {
	t.Parallel()
	for _, tc := range instrumentStatements[:3] {
		g, sec := renderAll(t, tc.statement)
		if g.Title != tc.title {
			t.Errorf("%q: title = %q, want %q", tc.statement, g.Title, tc.title)
		}
		all := strings.Join(mapValues(sec), "\n")
		for _, want := range []string{"Landing buffer", "Quick-look workers", "Data catalogue", "Tiered archive", "Fixity checker", "TB a run", "a year and", "tiered about", "embargo"} {
			if !strings.Contains(all, want) {
				t.Errorf("%q: design lacks %q", tc.statement, want)
			}
		}
		for _, not := range []string{"Camera", "photo recognition", "produce data", "Produce system"} {
			if strings.Contains(all, not) {
				t.Errorf("%q: design has %q", tc.statement, not)
			}
		}
	}
}

func mapValues[K comparable, V any](m map[K]V) []V {
	out := make([]V, 0, len(m))
	for _, v := range m {
		out = append(out, v)
	}
	return out
}
