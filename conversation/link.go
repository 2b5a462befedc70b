package conversation

import "fmt"

// overLink compares the bytes coming in with the stated link they cross: 2,400 sensors at
// 10 kHz and 2 bytes a sample are 384 Mbps, which a 200 Mbps uplink cannot carry, so the data
// must be reduced before it leaves (features, compression, decimation, raw kept on site).
func (c *Capacity) overLink(w Workload) {
	if w.LinkBitsPerSec <= 0 {
		return
	}
	c.LinkBitsPerSec, c.Link = w.LinkBitsPerSec, w.Link
	bits := c.IngressBytesPerSec * 8
	if bits <= 0 {
		return
	}
	c.LinkShare = bits / w.LinkBitsPerSec
	verdict := fmt.Sprintf("%.0f%% of it", c.LinkShare*100)
	if c.LinkShare > 1 {
		verdict = fmt.Sprintf("%s× what it carries: the raw data cannot cross it", trim(c.LinkShare))
	}
	c.Steps = append(c.Steps, fmt.Sprintf("Link: ingress %s/s × 8 = %s against the stated %s %s = %s",
		Bytes(c.IngressBytesPerSec), Bitrate(bits), Bitrate(w.LinkBitsPerSec), w.Link, verdict))
}
